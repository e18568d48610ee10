package org.pensionbot.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;

/**
 * The one analysis chain for questions and FAQ variants: {@link TextNormalizer}'s char filters,
 * then two tokenizations of the same text, one per field.
 * <ul>
 *   <li>{@link #WORDS}: dictionary words from smartcn's {@link HMMChineseTokenizer} (its most
 *       probable segmentation) — precise when a question uses the corpus's words;</li>
 *   <li>{@link #GRAMS}: Han characters and their bigrams ({@link StandardTokenizer} +
 *       {@link CJKBigramFilter} with unigrams) — robust when segmentation differs, for typos
 *       the synonyms miss and words the dictionary lacks.</li>
 * </ul>
 * Function words ({@link StopWords}) are dropped from both: they say nothing about which entry
 * is meant, and a polite long question should not look less certain than a terse one.
 *
 * <p>Thread-safe: Lucene analyzers keep per-thread token streams.
 */
final class ChineseAnalysis implements AutoCloseable {

    static final String WORDS = "words";
    static final String GRAMS = "grams";
    static final String[] FIELDS = {WORDS, GRAMS};

    private static final CharArraySet STOP_WORDS = stopWords();

    private final TextNormalizer normalizer;
    private final Analyzer analyzer;
    /**
     * The same tokenizations without the char filters, for text {@link TextNormalizer#normalize} has already
     * rewritten: normalising twice is not always normalising once ("把老人加进去" becomes "把老人进去" on a second
     * pass, when the homophone repair reads 老人加 as 老人家), so a question's terms must not go through them again.
     */
    private final Analyzer ofNormalizedText;

    ChineseAnalysis(TextNormalizer normalizer) {
        this.normalizer = normalizer;
        this.analyzer = new PerFieldAnalyzerWrapper(new Grams(normalizer), Map.of(WORDS, new Words(normalizer)));
        this.ofNormalizedText = new PerFieldAnalyzerWrapper(new Grams(null), Map.of(WORDS, new Words(null)));
    }

    /** The per-field analyzer for an {@code IndexWriter}. */
    Analyzer analyzer() {
        return analyzer;
    }

    TextNormalizer normalizer() {
        return normalizer;
    }

    /**
     * The distinct terms of {@code normalizedText} ({@link TextNormalizer#normalize}'s output) in both fields, in order
     * of first appearance: the terms the index holds for the text it was normalised from.
     */
    Set<Term> terms(String normalizedText) {
        Set<Term> terms = new LinkedHashSet<>();
        for (String field : FIELDS) {
            try (TokenStream stream = ofNormalizedText.tokenStream(field, normalizedText)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    terms.add(new Term(field, term.toString()));
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException("analysing a string cannot fail", e);
            }
        }
        return terms;
    }

    @Override
    public void close() {
        analyzer.close();
        ofNormalizedText.close();
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(StopWords.CHINESE.size() + StopWords.ENGLISH.size(), false);
        // smartcn emits punctuation as tokens; its own stop set lists them.
        set.addAll(SmartChineseAnalyzer.getDefaultStopSet());
        set.addAll(StopWords.CHINESE);
        set.addAll(StopWords.ENGLISH);
        return CharArraySet.unmodifiableSet(set);
    }

    /** Dictionary words: smartcn's tokenizer, function words dropped. */
    private static final class Words extends NormalizedAnalyzer {
        Words(TextNormalizer normalizer) {
            super(normalizer);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new HMMChineseTokenizer();
            return new TokenStreamComponents(tokenizer, new StopFilter(tokenizer, STOP_WORDS));
        }
    }

    /** Han unigrams and bigrams, function words dropped. */
    private static final class Grams extends NormalizedAnalyzer {
        Grams(TextNormalizer normalizer) {
            super(normalizer);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream grams = new CJKBigramFilter(tokenizer, CJKBigramFilter.HAN, true);
            return new TokenStreamComponents(tokenizer, new StopFilter(grams, STOP_WORDS));
        }
    }

    /** Both fields read the text through the same char filters. */
    private abstract static class NormalizedAnalyzer extends Analyzer {
        private final TextNormalizer normalizer;

        NormalizedAnalyzer(TextNormalizer normalizer) {
            this.normalizer = normalizer;
        }

        /** @param normalizer null for text that is normalised already */
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return normalizer == null ? reader : normalizer.wrap(reader);
        }
    }
}
