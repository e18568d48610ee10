package org.pensionbot.search;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a question and a variant disagree about a word they share: one negates it ("不用手机",
 * "没有社保卡", "认证不通过") and the other does not ("手机上怎么认证", "认证通过了吗"). Neither
 * word overlap nor sentence vectors see negation — "手机上怎么认证" is as close to "不用手机，怎么…"
 * as to any phone question — so a variant that disagrees is no evidence for its entry
 * ({@link #DISAGREEMENT_FACTOR}); the entry is judged by its other variants.
 *
 * <p>A word counts as negated when a negator stands right before it, or with one helping verb
 * between ("不用手机", "不会用手机", "没有社保卡", "认证不通过", "不去窗口", "不想在手机上弄").
 * "找不到养老金认证" does not negate 养老金, and forms with the negator after the word ("通过不了")
 * are not recognised on either side. Works on normalised text; thread-safe.
 */
final class Negation {

    /**
     * A variant that says the opposite counts for nothing. On the development sets 0.75 and 0 did
     * equally well (0.75: one more long question right first, one fewer real negative turned
     * away); 0 guarantees that "手机上怎么认证" never rests on "不用手机…".
     */
    static final double DISAGREEMENT_FACTOR = 0;

    private static final List<String> NEGATORS = List.of("不", "没有", "没", "无", "别", "未");
    /** The negators of one character. */
    static final Set<String> NEGATOR_CHARACTERS =
            NEGATORS.stream().filter(negator -> negator.length() == 1).collect(Collectors.toUnmodifiableSet());
    /** "在"/"去" since 2026-12-04: "不去窗口" and "不想在手机上弄" negate what follows them. */
    private static final List<String> HELPING_VERBS =
            List.of("", "会用", "会", "能", "用", "要", "带", "需要", "是", "想", "在", "去", "想在", "想去");

    private Negation() {
    }

    /** Whether the two texts negate any of their shared {@code words} differently. */
    static boolean disagree(String question, String variant, Iterable<String> sharedWords) {
        for (String word : sharedWords) {
            if (word.length() >= 2 && negates(question, word) != negates(variant, word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some occurrence of {@code word} is preceded by a negator, with at most one helping verb
     * between — except in "是不是" ("是不是每年都要做"), which asks and never denies.
     */
    private static boolean negates(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            for (String verb : HELPING_VERBS) {
                int verbStart = at - verb.length();
                if (verbStart >= 0 && text.startsWith(verb, verbStart)) {
                    for (String negator : NEGATORS) {
                        int negatorStart = verbStart - negator.length();
                        boolean asksWhetherItIs = verb.equals("是") && text.startsWith("是不是", negatorStart - 1);
                        if (text.startsWith(negator, negatorStart) && !asksWhetherItIs) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
