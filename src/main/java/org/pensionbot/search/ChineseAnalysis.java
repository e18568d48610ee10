package org.pensionbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The two ways we cut Chinese text into index terms. Both run on text that
 * {@link TextNormalizer} already folded, converted to Simplified and rewrote for synonyms.
 *
 * <ul>
 *   <li>{@link #WORDS}: smartcn's dictionary-based word segmentation — precise when the words
 *       are in its dictionary ({@code 支付宝 / 怎么 / 认证});</li>
 *   <li>{@link #GRAMS}: every Han character and every pair of neighbouring characters — robust
 *       to unknown words, odd segmentation and one-character typos ({@code 认正} still shares
 *       {@code 认}).</li>
 * </ul>
 *
 * <p>Combining the two gave the best matching in our measurements (see ENGINEERING-NOTES). The
 * terms are used as a flat set of SHOULD clauses, never through QueryParser: user text can
 * contain any syntax and stacked tokens would turn into all-MUST clauses.
 *
 * <p>Thread-safe: Lucene analyzers reuse their components per thread.
 */
public final class ChineseAnalysis {

    public static final String WORDS = "words";
    public static final String GRAMS = "grams";

    private static final Analyzer WORDS_ANALYZER = new SmartChineseAnalyzer(CharArraySet.EMPTY_SET);
    private static final Analyzer GRAMS_ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN, true);
            return new TokenStreamComponents(source, stream);
        }
    };

    /** Punctuation and symbols that smartcn emits as tokens of their own; they carry no meaning. */
    private static final Pattern NOISE = Pattern.compile("[\\p{P}\\p{S}\\s]+");

    private ChineseAnalysis() {
    }

    /** The analyzer to index documents with: each field gets its own chain. */
    public static Analyzer indexAnalyzer() {
        return new PerFieldAnalyzerWrapper(WORDS_ANALYZER, Map.of(WORDS, WORDS_ANALYZER, GRAMS, GRAMS_ANALYZER));
    }

    /** The distinct terms of normalised text in one field, in order of appearance. */
    public static Set<String> terms(String field, String normalizedText) {
        Analyzer analyzer = GRAMS.equals(field) ? GRAMS_ANALYZER : WORDS_ANALYZER;
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(field, normalizedText)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String value = term.toString();
                if (!value.isEmpty() && !NOISE.matcher(value).matches()) {
                    terms.add(value);
                }
            }
            stream.end();
        } catch (IOException e) {
            // Analysis of an in-memory string does no I/O; this cannot happen.
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
