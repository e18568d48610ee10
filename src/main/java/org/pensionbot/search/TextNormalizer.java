package org.pensionbot.search;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.Arrays;
import java.util.Locale;
import org.pensionbot.corpus.SynonymRules;

/**
 * Brings user text and FAQ variants to one canonical form before analysis:
 * <ol>
 *   <li>drops control characters and folds full-width forms (NFKC: {@code ＡＢＣ１２} → {@code abc12});</li>
 *   <li>lower-cases Latin letters;</li>
 *   <li>converts Traditional to Simplified characters (the word dictionary is Simplified);</li>
 *   <li>rewrites synonyms and typos to their canonical form, longest match first, in one pass
 *       per round, so that rules never cascade unpredictably.</li>
 * </ol>
 *
 * <p>Immutable and thread-safe (the ICU transliterator is kept per thread).
 */
public final class TextNormalizer {

    /** Two rounds let a typo rule feed a synonym group ("养老认正" → "养老认证" → "社保认证"). */
    private static final int REWRITE_ROUNDS = 2;

    /** Below this code point (CJK radicals) nothing is Traditional Chinese. */
    private static final int FIRST_CJK = 0x2E80;
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /**
     * Simplified form of each Basic Multilingual Plane character, filled on first sight. Races are
     * harmless: two threads compute the same string and a reference write is atomic.
     */
    private static final String[] SIMPLIFIED = new String[Character.MAX_VALUE + 1];
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    /**
     * The synonym variants as a character trie, its first level an array indexed by character:
     * the longest variant starting at a position is found in one walk, however many rules share
     * its first character (dozens share 社, 认 or 养).
     */
    private final RewriteNode[] rules = new RewriteNode[Character.MAX_VALUE + 1];
    private final boolean hasRules;

    public TextNormalizer(SynonymRules rules) {
        boolean any = false;
        for (SynonymRules.Rule rule : rules.rules()) {
            String canonical = basicForm(rule.canonical());
            if (canonical.isEmpty()) {
                continue;
            }
            // The canonical form maps to itself, so that a variant inside it ("付宝" in "支付宝")
            // can never rewrite a word that is already canonical.
            add(canonical, canonical);
            any = true;
            for (String variant : rule.variants()) {
                String from = basicForm(variant);
                if (!from.isEmpty() && !from.equals(canonical)) {
                    add(from, canonical);
                }
            }
        }
        this.hasRules = any;
    }

    /** Adds a rewrite to the trie; of two rules for the same text, the first one stays. */
    private void add(String from, String to) {
        RewriteNode node = rules[from.charAt(0)];
        if (node == null) {
            node = new RewriteNode();
            rules[from.charAt(0)] = node;
        }
        for (int i = 1; i < from.length(); i++) {
            node = node.childOrNew(from.charAt(i));
        }
        if (node.to == null) {
            node.from = from;
            node.to = to;
        }
    }

    /** The canonical form of {@code text}; never null. */
    public String normalize(String text) {
        String result = basicForm(text);
        for (int round = 0; round < REWRITE_ROUNDS; round++) {
            String rewritten = rewrite(result);
            if (rewritten == result) {
                break; // nothing to rewrite: another round would find nothing either
            }
            result = rewritten;
        }
        return result;
    }

    /** Steps 1–3 only (width, case, script), without synonyms. Also used for the synonym rules themselves. */
    public static String basicForm(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String visible = visible(text);
        // Most text is already in NFKC form; checking is much cheaper than normalising.
        String folded = (NFKC.isNormalized(visible) ? visible : NFKC.normalize(visible)).toLowerCase(Locale.ROOT);
        return toSimplified(folded);
    }

    /** Control and format characters (zero-width joiners, direction marks) become spaces. */
    private static String visible(String text) {
        StringBuilder visible = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                if (visible == null) {
                    visible = new StringBuilder(text.length()).append(text, 0, i);
                }
                visible.append(' ');
            } else if (visible != null) {
                visible.append(text, i, next);
            }
            i = next;
        }
        return visible == null ? text : visible.toString();
    }

    /**
     * Traditional → Simplified one character at a time, remembering each character's result.
     * Running ICU's transliterator over every question costs ~80 µs; the characters people use
     * are a few thousand, so after warm-up this is a map lookup per character. (The ICU
     * transform is itself a character mapping, so converting characters one by one gives the
     * same result.)
     */
    private static String toSimplified(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String simplified = cp >= FIRST_CJK ? simplified(cp) : null;
            boolean changed = simplified != null
                    && !(simplified.length() == next - i && text.regionMatches(i, simplified, 0, simplified.length()));
            if (out == null && changed) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (changed) {
                    out.append(simplified);
                } else {
                    out.append(text, i, next);
                }
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private static String simplified(int cp) {
        if (cp > Character.MAX_VALUE) {
            return TO_SIMPLIFIED.get().transliterate(new String(Character.toChars(cp)));
        }
        String simplified = SIMPLIFIED[cp];
        if (simplified == null) {
            simplified = TO_SIMPLIFIED.get().transliterate(String.valueOf((char) cp));
            SIMPLIFIED[cp] = simplified;
        }
        return simplified;
    }

    /** One pass of the rules, longest match first; {@code text} itself when no rule changes it. */
    private String rewrite(String text) {
        if (!hasRules) {
            return text;
        }
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            RewriteNode match = longestAt(text, i);
            if (match != null && (out != null || !match.from.equals(match.to))) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(match.to);
                i += match.from.length();
            } else if (match != null) {
                i += match.from.length();
            } else {
                if (out != null) {
                    out.append(text.charAt(i));
                }
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    /** The longest rule whose variant starts at {@code at}, or null. */
    private RewriteNode longestAt(String text, int at) {
        RewriteNode node = rules[text.charAt(at)];
        RewriteNode longest = null;
        for (int i = at + 1; node != null; i++) {
            if (node.to != null) {
                longest = node;
            }
            node = i < text.length() ? node.child(text.charAt(i)) : null;
        }
        return longest;
    }

    /**
     * A trie node: the text spelled by the path to it and its canonical form if that text is a
     * variant (or a canonical form itself), and the nodes one character longer. Children are few,
     * so they are kept in small arrays and searched in order.
     */
    private static final class RewriteNode {
        private String from;
        private String to;
        private char[] labels = new char[0];
        private RewriteNode[] children = new RewriteNode[0];

        RewriteNode child(char c) {
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == c) {
                    return children[i];
                }
            }
            return null;
        }

        RewriteNode childOrNew(char c) {
            RewriteNode child = child(c);
            if (child == null) {
                child = new RewriteNode();
                labels = Arrays.copyOf(labels, labels.length + 1);
                children = Arrays.copyOf(children, children.length + 1);
                labels[labels.length - 1] = c;
                children[children.length - 1] = child;
            }
            return child;
        }
    }
}
