package org.pensionbot.search;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.pensionbot.corpus.SynonymRules;

/**
 * The char-filter half of the analysis chain: brings user text and FAQ variants to one canonical
 * form before any tokenizer sees it, using Lucene's own char filters:
 * <ol>
 *   <li>control and format characters, and halves of broken surrogate pairs, become spaces ({@link PatternReplaceCharFilter});</li>
 *   <li>full-width forms fold and Latin letters lower-case (ICU NFKC_Casefold,
 *       {@link ICUNormalizer2CharFilter}: {@code ＡＢＣ１２} → {@code abc12});</li>
 *   <li>Traditional characters become Simplified ({@link MappingCharFilter} over ICU's
 *       Traditional-Simplified transform, {@link TraditionalToSimplified}): smartcn's dictionary
 *       is Simplified;</li>
 *   <li>a run of characters the corpus never uses that sounds exactly like one of its words
 *       becomes that word ({@link HomophoneCharFilter} over {@link HomophoneRepair}: "支付饱" →
 *       "支付宝"), so a pinyin input method's wrong pick needs no line in the synonyms file;</li>
 *   <li>synonyms and typos become their canonical form ({@link MappingCharFilter} over
 *       {@code synonyms.txt}, longest match first), in two passes so that a typo rule can feed a
 *       synonym group ("养老认正" → "养老认证" → "社保认证");</li>
 *   <li>a word of 2–8 Han characters repeated right after itself counts once
 *       ({@link PatternReplaceCharFilter}): two words of one group side by side would otherwise
 *       read "城乡居民养老保险" → "社保社保", and the model reads this text.</li>
 * </ol>
 * Rewriting characters before segmentation keeps multi-character Chinese phrases whole for the
 * word tokenizer, and the same normalised text is what the embedding model reads.
 *
 * <p>Immutable and thread-safe: each call builds its own filter chain over shared maps.
 */
public final class TextNormalizer {

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}]");
    /** A word (2–8 Han characters, the length of a canonical form) repeated right after itself; kept once. */
    private static final Pattern REPEATED_WORD = Pattern.compile("(\\p{IsHan}{2,8}?)\\1+");
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    /** Null when there are no rules. */
    private final NormalizeCharMap synonyms;
    private final HomophoneRepair homophones;

    public TextNormalizer(SynonymRules rules) {
        this(rules, HomophoneRepair.none());
    }

    TextNormalizer(SynonymRules rules, HomophoneRepair homophones) {
        this.synonyms = synonymMap(rules);
        this.homophones = homophones;
    }

    /**
     * Each variant maps to its canonical form, and each canonical form to itself, so that a variant
     * inside a canonical word ("付宝" in "支付宝") never rewrites a word that is already canonical:
     * the filter takes the longest match at each position. Of two rules for the same text, the
     * first one in the file wins (validate reports the clash).
     */
    private static NormalizeCharMap synonymMap(SynonymRules rules) {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        Set<String> added = new HashSet<>();
        for (SynonymRules.Rule rule : rules.rules()) {
            String canonical = basicForm(rule.canonical()).strip();
            if (canonical.isEmpty()) {
                continue;
            }
            if (added.add(canonical)) {
                builder.add(canonical, canonical);
            }
            for (String variant : rule.variants()) {
                String from = basicForm(variant).strip();
                if (!from.isEmpty() && added.add(from)) {
                    builder.add(from, canonical);
                }
            }
        }
        return added.isEmpty() ? null : builder.build();
    }

    /** Wraps {@code reader} in the whole chain: what analyzers use as their {@code initReader}. */
    public Reader wrap(Reader reader) {
        Reader basic = new HomophoneCharFilter(basicChain(reader), homophones);
        if (synonyms == null) {
            return basic;
        }
        Reader rewritten = new MappingCharFilter(synonyms, new MappingCharFilter(synonyms, basic));
        return new PatternReplaceCharFilter(REPEATED_WORD, "$1", rewritten);
    }

    /** The canonical form of {@code text}; never null. */
    public String normalize(String text) {
        return text == null || text.isEmpty() ? "" : drain(wrap(new StringReader(text)));
    }

    /** Steps 1–3 only (controls, width, case, script), without synonyms. Also used for the synonym rules themselves. */
    public static String basicForm(String text) {
        return text == null || text.isEmpty() ? "" : drain(basicChain(new StringReader(text)));
    }

    private static Reader basicChain(Reader reader) {
        Reader visible = new PatternReplaceCharFilter(INVISIBLE, " ", reader);
        return new MappingCharFilter(TraditionalToSimplified.MAP, new ICUNormalizer2CharFilter(visible, NFKC_CASEFOLD));
    }

    private static String drain(Reader reader) {
        try (reader) {
            StringBuilder out = new StringBuilder();
            char[] buffer = new char[256];
            for (int read; (read = reader.read(buffer)) != -1; ) {
                out.append(buffer, 0, read);
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
    }
}
