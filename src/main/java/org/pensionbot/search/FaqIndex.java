package org.pensionbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.OutOfScopeTopic;

/**
 * An in-memory Lucene index over every question variant of one corpus: each entry's title,
 * each of its {@code questions}, and its keywords are separate documents, because matching a
 * user's question against other questions works far better than against answer text. The
 * out-of-scope topics' questions are indexed too, so that "养老金能领多少" finds its redirect
 * instead of the nearest certification entry.
 *
 * <p>Search is two-stage: Lucene's BM25 picks candidate variants quickly, then
 * {@link ConfidenceModel} scores each candidate with a confidence comparable across questions.
 * An entry's confidence is its best variant's, raised a little when a second variant agrees
 * ({@link #SUPPORT_SIGNAL}) and when its answer text covers the question ({@link #ANSWER_SIGNAL}).
 * Long questions are also scored sentence by sentence ({@link QuestionSegments}), keeping the
 * best; a question without any domain word is trusted less ({@link #OFF_DOMAIN_FACTOR}).
 *
 * <p>Immutable once built and safe for concurrent searches.
 */
public final class FaqIndex {

    /** Candidate variants taken from BM25 before confidence scoring. */
    static final int CANDIDATE_VARIANTS = 60;
    /** Entries returned per search, best first. */
    public static final int MAX_RESULTS = 5;
    /** Longer questions are cut: the gist is in the first few sentences, and the clause count stays bounded. */
    static final int MAX_QUESTION_CHARS = 300;
    static final int MAX_QUERY_TERMS = 512;
    /** Candidate search skips terms found in more than this share of variants... */
    static final double COMMON_TERM_SHARE = 0.10;
    /** ...once it has at least this many rarer terms to search with. */
    static final int MIN_CANDIDATE_TERMS = 4;
    /**
     * Confidence in FAQ entries is scaled by this when a question contains none of the corpus's
     * domain words: sharing "支付宝怎么" with an entry does not make "支付宝怎么转账" a question
     * about certification. Out-of-scope topics are not scaled, so their redirects still apply.
     */
    static final double OFF_DOMAIN_FACTOR = 0.5;

    /**
     * How much the answer text may add: an entry whose answer uses the question's words gains up
     * to this share of its remaining doubt. Small, because answers are long and mention many
     * things; question variants stay the main evidence.
     */
    static final double ANSWER_SIGNAL = 0.2;

    /**
     * Paraphrases of one need support each other: an entry whose second-best variant also
     * matches gains this share of that variant's confidence, scaled by the remaining doubt.
     */
    static final double SUPPORT_SIGNAL = 0.3;

    private static final String ORDINAL = "ord";

    private final Corpus corpus;
    private final TextNormalizer normalizer;
    private final List<String> domainWords;
    private final List<Variant> variants;
    private final Map<String, Set<String>> answerKeys;
    private final TermWeights weights;
    private final ConfidenceModel confidence;
    private final IndexSearcher searcher;

    private FaqIndex(Corpus corpus, TextNormalizer normalizer, List<Variant> variants, Map<String, Set<String>> answerKeys,
                     TermWeights weights, IndexSearcher searcher) {
        this.corpus = corpus;
        this.normalizer = normalizer;
        this.domainWords = corpus.domainWords().stream().map(normalizer::normalize).filter(w -> !w.isBlank()).distinct().toList();
        this.variants = variants;
        this.answerKeys = answerKeys;
        this.weights = weights;
        this.confidence = new ConfidenceModel(weights);
        this.searcher = searcher;
    }

    /** Builds the index for a loaded corpus. */
    public static FaqIndex build(Corpus corpus) {
        TextNormalizer normalizer = new TextNormalizer(corpus.synonyms());
        List<Variant> unweighted = new ArrayList<>();
        for (FaqEntry entry : corpus.entries()) {
            Set<String> texts = new LinkedHashSet<>();
            texts.add(entry.title());
            texts.addAll(entry.questions());
            if (!entry.keywords().isEmpty()) {
                texts.add(String.join(" ", entry.keywords()));
            }
            texts.forEach(text -> unweighted.add(Variant.of(unweighted.size(), entry, null, normalizer.normalize(text))));
        }
        for (OutOfScopeTopic topic : corpus.outOfScope()) {
            topic.questions().forEach(text -> unweighted.add(Variant.of(unweighted.size(), null, topic, normalizer.normalize(text))));
        }
        TermWeights.Builder builder = TermWeights.builder();
        unweighted.forEach(v -> builder.addDocument(v.keys()));
        TermWeights weights = builder.build();
        ConfidenceModel model = new ConfidenceModel(weights);
        List<Variant> variants = unweighted.stream().map(v -> v.withWeight(model.totalWeight(v.keys()))).toList();

        Map<String, Set<String>> answerKeys = new HashMap<>();
        for (FaqEntry entry : corpus.entries()) {
            String answer = String.join("\n", entry.summary(), String.join("\n", entry.steps()), String.join("\n", entry.tips()));
            answerKeys.put(entry.id(), Set.copyOf(TermKeys.of(normalizer.normalize(answer))));
        }
        return new FaqIndex(corpus, normalizer, variants, Map.copyOf(answerKeys), weights, openSearcher(variants));
    }

    private static IndexSearcher openSearcher(List<Variant> variants) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ChineseAnalysis.indexAnalyzer()))) {
            for (Variant variant : variants) {
                Document doc = new Document();
                doc.add(new TextField(ChineseAnalysis.WORDS, variant.normalized(), Field.Store.NO));
                doc.add(new TextField(ChineseAnalysis.GRAMS, variant.normalized(), Field.Store.NO));
                doc.add(new NumericDocValuesField(ORDINAL, variant.ordinal()));
                writer.addDocument(doc);
            }
            writer.commit();
            return new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            // An in-memory directory does no real I/O.
            throw new UncheckedIOException("building the in-memory index failed", e);
        }
    }

    public Corpus corpus() {
        return corpus;
    }

    /** The text as the index sees it (for admins asking why a question matched). */
    public String normalize(String question) {
        return normalizer.normalize(question);
    }

    /**
     * Finds the entries that best answer {@code question}. Any text is safe: it is analysed into
     * plain terms, never parsed as query syntax. An empty result means nothing matched at all.
     */
    public SearchResult search(String question) {
        // Cut before normalising: conversion of a 10,000-character message would cost tens of ms.
        String normalized = normalizer.normalize(prefix(question == null ? "" : question, MAX_QUESTION_CHARS));
        Map<String, ScoredEntry> bestPerEntry = new HashMap<>();
        Map<String, SearchResult.ScoredTopic> bestPerTopic = new HashMap<>();
        List<String> segments = QuestionSegments.of(normalized);
        for (int i = 0; i < segments.size(); i++) {
            // A clause with no domain word ("但不知道具体操作流程") is context, not the question.
            if (i == 0 || isAboutDomain(segments.get(i))) {
                scoreSegment(segments.get(i), bestPerEntry, bestPerTopic);
            }
        }
        double scale = isAboutDomain(normalized) ? 1 : OFF_DOMAIN_FACTOR;
        List<ScoredEntry> entries = bestPerEntry.values().stream()
                .map(e -> scale == 1 ? e : new ScoredEntry(e.entry(), e.confidence() * scale, e.matchedTerms()))
                .sorted(Comparator.comparingDouble(ScoredEntry::confidence).reversed().thenComparing(ScoredEntry::id))
                .limit(MAX_RESULTS)
                .toList();
        Optional<SearchResult.ScoredTopic> topic = bestPerTopic.values().stream()
                .max(Comparator.comparingDouble(SearchResult.ScoredTopic::confidence));
        return new SearchResult(entries, topic);
    }

    private boolean isAboutDomain(String normalizedQuestion) {
        return domainWords.isEmpty() || domainWords.stream().anyMatch(normalizedQuestion::contains);
    }

    /** Scores one piece of the question against its candidate variants, keeping the best per entry and topic. */
    private void scoreSegment(String segment, Map<String, ScoredEntry> bestPerEntry, Map<String, SearchResult.ScoredTopic> bestPerTopic) {
        Set<String> questionKeys = TermKeys.of(segment);
        if (questionKeys.isEmpty()) {
            return;
        }
        ConfidenceModel.WeighedQuestion weighed = confidence.weigh(questionKeys);
        Map<String, ScoredEntry> segmentBest = new HashMap<>();
        Map<String, double[]> support = new HashMap<>();
        for (Variant variant : candidates(questionKeys)) {
            double score = confidence.confidence(weighed, variant.keys(), variant.weight());
            if (score <= 0) {
                continue;
            }
            if (variant.entry() != null) {
                ScoredEntry current = segmentBest.get(variant.entry().id());
                double[] top = support.computeIfAbsent(variant.entry().id(), id -> new double[2]);
                if (current == null || score > current.confidence()) {
                    top[1] = top[0];
                    top[0] = score;
                    segmentBest.put(variant.entry().id(), new ScoredEntry(variant.entry(), score, matchedTerms(questionKeys, variant)));
                } else if (score > top[1]) {
                    top[1] = score;
                }
            } else {
                SearchResult.ScoredTopic current = bestPerTopic.get(variant.topic().topic());
                if (current == null || score > current.confidence()) {
                    bestPerTopic.put(variant.topic().topic(), new SearchResult.ScoredTopic(variant.topic(), score));
                }
            }
        }
        segmentBest.replaceAll((id, found) -> {
            double second = support.get(id)[1];
            double supported = found.confidence() + SUPPORT_SIGNAL * second * (1 - found.confidence());
            return new ScoredEntry(found.entry(), supported, found.matchedTerms());
        });
        for (ScoredEntry found : segmentBest.values()) {
            double answerCoverage = confidence.coverage(weighed, answerKeys.get(found.id()));
            double boosted = found.confidence() + ANSWER_SIGNAL * answerCoverage * (1 - found.confidence());
            ScoredEntry current = bestPerEntry.get(found.id());
            if (current == null || boosted > current.confidence()) {
                bestPerEntry.put(found.id(), new ScoredEntry(found.entry(), boosted, found.matchedTerms()));
            }
        }
    }

    private List<Variant> candidates(Set<String> questionKeys) {
        // Rarest terms first. Terms in a large share of all variants (认证, 社保) pick out nothing,
        // yet their long posting lists would dominate the search time on a large corpus; they
        // still count in the confidence of the candidates found through the rarer terms.
        List<String> known = questionKeys.stream().filter(weights::known)
                .sorted(Comparator.comparingDouble(weights::share)).toList();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (String key : known) {
            if (clauses >= MIN_CANDIDATE_TERMS && weights.share(key) > COMMON_TERM_SHARE) {
                break;
            }
            query.add(new TermQuery(new Term(TermKeys.field(key), TermKeys.term(key))), BooleanClause.Occur.SHOULD);
            if (++clauses == MAX_QUERY_TERMS) {
                break;
            }
        }
        if (clauses == 0) {
            return List.of();
        }
        try {
            ScoreDoc[] hits = searcher.search(query.build(), CANDIDATE_VARIANTS).scoreDocs;
            List<Variant> found = new ArrayList<>(hits.length);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (ScoreDoc hit : hits) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                NumericDocValues ordinals = leaf.reader().getNumericDocValues(ORDINAL);
                if (ordinals != null && ordinals.advanceExact(hit.doc - leaf.docBase)) {
                    found.add(variants.get((int) ordinals.longValue()));
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index failed", e);
        }
    }

    private static String prefix(String text, int maxCodePoints) {
        return text.codePointCount(0, text.length()) <= maxCodePoints ? text : text.substring(0, text.offsetByCodePoints(0, maxCodePoints));
    }

    /** Shared words, preferring whole words over character pairs, for humans to read. */
    private static List<String> matchedTerms(Set<String> questionKeys, Variant variant) {
        List<String> words = new ArrayList<>();
        List<String> grams = new ArrayList<>();
        for (String key : questionKeys) {
            if (variant.keys().contains(key)) {
                (key.startsWith(TermKeys.WORDS_PREFIX) ? words : grams).add(TermKeys.term(key));
            }
        }
        if (words.isEmpty()) {
            return grams.stream().filter(g -> g.codePointCount(0, g.length()) > 1).toList();
        }
        return words;
    }

    /**
     * One indexed question variant with its precomputed terms and their total weight. Exactly one
     * of {@code entry} and {@code topic} is set.
     */
    private record Variant(int ordinal, FaqEntry entry, OutOfScopeTopic topic, String normalized, Set<String> keys, double weight) {

        static Variant of(int ordinal, FaqEntry entry, OutOfScopeTopic topic, String normalized) {
            return new Variant(ordinal, entry, topic, normalized, Set.copyOf(TermKeys.of(normalized)), 0);
        }

        Variant withWeight(double total) {
            return new Variant(ordinal, entry, topic, normalized, keys, total);
        }
    }
}
