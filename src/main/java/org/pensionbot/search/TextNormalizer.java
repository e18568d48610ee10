package org.pensionbot.search;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pensionbot.corpus.SynonymRules;

/**
 * Brings user text and FAQ variants to one canonical form before analysis:
 * <ol>
 *   <li>drops control characters and folds full-width forms (NFKC: {@code ＡＢＣ１２} → {@code abc12});</li>
 *   <li>lower-cases Latin letters;</li>
 *   <li>converts Traditional to Simplified characters (smartcn cannot segment Traditional text);</li>
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
    private static final Map<Integer, String> SIMPLIFIED = new ConcurrentHashMap<>();
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    /** Variants by their first character, longest first. */
    private final Map<Character, List<Replacement>> replacements;

    public TextNormalizer(SynonymRules rules) {
        Map<Character, List<Replacement>> byFirst = new HashMap<>();
        for (SynonymRules.Rule rule : rules.rules()) {
            String canonical = basicForm(rule.canonical());
            if (canonical.isEmpty()) {
                continue;
            }
            // The canonical form maps to itself, so that a variant inside it ("付宝" in "支付宝")
            // can never rewrite a word that is already canonical.
            byFirst.computeIfAbsent(canonical.charAt(0), c -> new ArrayList<>()).add(new Replacement(canonical, canonical));
            for (String variant : rule.variants()) {
                String from = basicForm(variant);
                if (!from.isEmpty() && !from.equals(canonical)) {
                    byFirst.computeIfAbsent(from.charAt(0), c -> new ArrayList<>()).add(new Replacement(from, canonical));
                }
            }
        }
        byFirst.values().forEach(list -> list.sort(Comparator.comparingInt((Replacement r) -> r.from.length()).reversed()));
        this.replacements = Map.copyOf(byFirst);
    }

    /** The canonical form of {@code text}; never null. */
    public String normalize(String text) {
        String result = basicForm(text);
        for (int round = 0; round < REWRITE_ROUNDS; round++) {
            result = rewrite(result);
        }
        return result;
    }

    /** Steps 1–3 only (width, case, script), without synonyms. Also used for the synonym rules themselves. */
    public static String basicForm(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder visible = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                visible.append(' ');
            } else {
                visible.appendCodePoint(cp);
            }
        });
        String folded = Normalizer.normalize(visible, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return toSimplified(folded);
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
            if (cp >= FIRST_CJK) {
                String simplified = SIMPLIFIED.computeIfAbsent(cp, c -> TO_SIMPLIFIED.get().transliterate(new String(Character.toChars(c))));
                if (out == null && !simplified.equals(text.substring(i, next))) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (out != null) {
                    out.append(simplified);
                }
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private String rewrite(String text) {
        if (replacements.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            Replacement match = longestAt(text, i);
            if (match == null) {
                out.append(text.charAt(i));
                i++;
            } else {
                out.append(match.to);
                i += match.from.length();
            }
        }
        return out.toString();
    }

    private Replacement longestAt(String text, int at) {
        List<Replacement> candidates = replacements.get(text.charAt(at));
        if (candidates == null) {
            return null;
        }
        for (Replacement candidate : candidates) {
            if (text.startsWith(candidate.from, at)) {
                return candidate;
            }
        }
        return null;
    }

    private record Replacement(String from, String to) {
    }
}
