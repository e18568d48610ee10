package org.pensionbot.search;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
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
 *   <li>control and format characters, halves of broken surrogate pairs and U+FFFD (what a decoder puts for bytes it could
 *       not read; the model's tokenizer drops it too) become spaces ({@link PatternReplaceCharFilter});</li>
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

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\x{FFFD}]");
    /** A word (2–8 Han characters, the length of a canonical form) repeated right after itself; kept once. */
    private static final Pattern REPEATED_WORD = Pattern.compile("(\\p{IsHan}{2,8}?)\\1+");
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    /** Each form in the synonym rules (basic form) and the canonical form it becomes. */
    private final Map<String, String> canonicalOfForm;
    /** Null when there are no rules. */
    private final NormalizeCharMap synonyms;
    private final HomophoneRepair homophones;

    /** The chain without homophone repair (for the corpus's phrasings, which it never changes). */
    public TextNormalizer(SynonymRules rules) {
        this(canonicalOfForms(rules), HomophoneRepair.none());
    }

    private TextNormalizer(Map<String, String> canonicalOfForm, HomophoneRepair homophones) {
        this.canonicalOfForm = canonicalOfForm;
        this.synonyms = synonymMap(canonicalOfForm);
        this.homophones = homophones;
    }

    /** The same chain with {@code homophones} repaired before the synonyms apply. */
    TextNormalizer withHomophones(HomophoneRepair homophones) {
        return new TextNormalizer(canonicalOfForm, homophones);
    }

    /** Each form in the synonym rules, in basic form, mapped to the canonical form it becomes. */
    Map<String, String> canonicalOfForm() {
        return canonicalOfForm;
    }

    /**
     * Each variant maps to its canonical form, and each canonical form to itself, so that a variant
     * inside a canonical word ("付宝" in "支付宝") never rewrites a word that is already canonical:
     * the filter takes the longest match at each position. Of two rules for the same text, the
     * first one in the file wins (validate reports the clash).
     */
    private static Map<String, String> canonicalOfForms(SynonymRules rules) {
        Map<String, String> canonicalOfForm = new HashMap<>();
        for (SynonymRules.Rule rule : rules.rules()) {
            String canonical = basicForm(rule.canonical()).strip();
            if (canonical.isEmpty()) {
                continue;
            }
            canonicalOfForm.putIfAbsent(canonical, canonical);
            for (String variant : rule.variants()) {
                String from = basicForm(variant).strip();
                if (!from.isEmpty()) {
                    canonicalOfForm.putIfAbsent(from, canonical);
                }
            }
        }
        return Map.copyOf(canonicalOfForm);
    }

    private static NormalizeCharMap synonymMap(Map<String, String> canonicalOfForm) {
        if (canonicalOfForm.isEmpty()) {
            return null;
        }
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        canonicalOfForm.forEach(builder::add);
        return builder.build();
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

    /**
     * Steps 1–3, and letters typed as pinyin read as the corpus's characters ("wo bei pian le" → 我被骗了):
     * the words as the person meant them, before any repair or synonym — what rules about what people
     * say (the scam alarm) read.
     */
    public String asMeant(String text) {
        return homophones.readPinyin(basicForm(text));
    }

    private static Reader basicChain(Reader reader) {
        Reader visible = new PatternReplaceCharFilter(INVISIBLE, " ", reader);
        return new MappingCharFilter(TraditionalToSimplified.MAP, new ICUNormalizer2CharFilter(visible, NFKC_CASEFOLD));
    }

    private static String drain(Reader reader) {
        try (reader) {
            return readAll(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
    }

    /** Everything {@code reader} has left, without closing it. */
    static String readAll(Reader reader) throws IOException {
        StringWriter all = new StringWriter();
        reader.transferTo(all);
        return all.toString();
    }
}
