package org.pensionbot.search;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** Variants by their first character, longest first (an array: one lookup per character of every text). */
    private final Replacement[][] replacements = new Replacement[Character.MAX_VALUE + 1][];
    private final boolean hasReplacements;

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
        byFirst.forEach((first, list) -> {
            list.sort(Comparator.comparingInt((Replacement r) -> r.from.length()).reversed());
            replacements[first] = list.toArray(Replacement[]::new);
        });
        this.hasReplacements = !byFirst.isEmpty();
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

    private String rewrite(String text) {
        if (!hasReplacements) {
            return text;
        }
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            Replacement match = longestAt(text, i);
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

    private Replacement longestAt(String text, int at) {
        Replacement[] candidates = replacements[text.charAt(at)];
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
