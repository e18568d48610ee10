package org.pensionbot.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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
 * <p>Each variant is analysed once, in parallel, into {@link TermCode}s ({@link TextTerms}).
 * Search is two-stage: the variants sharing the most of the question's rarer terms (by summed
 * rarity, over Lucene's postings) are candidates ({@link CandidateIndex}), then
 * {@link QuestionScoring} gives each a confidence comparable across questions
 * ({@link ConfidenceModel}): an entry's is its best variant's, raised a little when a second
 * variant agrees and when its answer text covers the question. Long questions are also scored
 * sentence by sentence and clause pair by clause pair ({@link QuestionSegments},
 * {@link WeighedPieces}), keeping the best; a question without any domain word is trusted less
 * ({@link #OFF_DOMAIN_FACTOR}).
 *
 * <p>Immutable once built and safe for concurrent searches.
 */
public final class FaqIndex {

    /** Candidate variants taken by summed term rarity (BM25's idf) before confidence scoring. */
    static final int CANDIDATE_VARIANTS = 60;
    /** Entries returned per search, best first. */
    public static final int MAX_RESULTS = 5;
    /** Longer questions are cut: the gist is in the first few sentences, and the clause count stays bounded. */
    static final int MAX_QUESTION_CHARS = 300;
    /**
     * Candidate search uses at most this many of the question's rarest terms. Each term costs a
     * dictionary lookup, and a long question has hundreds; a dozen rare ones find the same
     * candidates (tests.tsv scored the same from 8 to 512).
     */
    static final int MAX_QUERY_TERMS = 12;
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

    private final Corpus corpus;
    private final TextNormalizer normalizer;
    private final TextTerms terms;
    private final DomainWords domainWords;
    private final List<Variant> variants;
    /** Each entry's answer text as terms, by entry number (its position in the corpus). */
    private final List<TermSet> answerTerms;
    private final TermWeights weights;
    private final CandidateIndex candidates;

    private FaqIndex(Corpus corpus, TextNormalizer normalizer, TextTerms terms, List<Variant> variants,
                     List<TermSet> answerTerms, TermWeights weights, CandidateIndex candidates) {
        this.corpus = corpus;
        this.normalizer = normalizer;
        this.terms = terms;
        this.domainWords = new DomainWords(corpus.domainWords().stream().map(normalizer::normalize).toList());
        this.variants = variants;
        this.answerTerms = answerTerms;
        this.weights = weights;
        this.candidates = candidates;
    }

    /** Builds the index for a loaded corpus, using all processors. */
    public static FaqIndex build(Corpus corpus) {
        TextNormalizer normalizer = new TextNormalizer(corpus.synonyms());
        TextTerms terms = TextTerms.standard();
        List<Source> sources = new ArrayList<>();
        for (int number = 0; number < corpus.entries().size(); number++) {
            FaqEntry entry = corpus.entries().get(number);
            Set<String> texts = new LinkedHashSet<>();
            texts.add(entry.title());
            texts.addAll(entry.questions());
            if (!entry.keywords().isEmpty()) {
                texts.add(String.join(" ", entry.keywords()));
            }
            for (String text : texts) {
                sources.add(new Source(entry, number, null, text));
            }
        }
        for (OutOfScopeTopic topic : corpus.outOfScope()) {
            topic.questions().forEach(text -> sources.add(new Source(null, -1, topic, text)));
        }
        List<TermSet> termSets = sources.parallelStream().map(source -> terms.of(normalizer.normalize(source.text()), false)).toList();
        TermWeights weights = TermWeights.of(termSets);
        double[] variantWeights = IntStream.range(0, termSets.size()).parallel()
                .mapToDouble(i -> weights.totalWeight(termSets.get(i))).toArray();
        List<Variant> variants = IntStream.range(0, sources.size())
                .mapToObj(i -> sources.get(i).variant(termSets.get(i), variantWeights[i]))
                .toList();
        // Answer texts need none of the above: analysed meanwhile, they keep a processor busy
        // while the candidate index makes its one sequential pass (which postings to keep).
        CompletableFuture<List<TermSet>> answerTerms =
                CompletableFuture.supplyAsync(() -> answerTerms(corpus, normalizer, terms));
        CandidateIndex candidates = CandidateIndex.build(termSets, variantWeights, weights);
        return new FaqIndex(corpus, normalizer, terms, variants, joined(answerTerms), weights, candidates);
    }

    /** The future's value; its failure rethrown as it was thrown. */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
    }

    /**
     * Each entry's answer text (summary, steps, tips) as terms. Each line is analysed once even
     * when many entries share it (regional copies of one procedure share most of their steps).
     */
    private static List<TermSet> answerTerms(Corpus corpus, TextNormalizer normalizer, TextTerms terms) {
        Map<String, TermSet> lines = new ConcurrentHashMap<>();
        return corpus.entries().parallelStream().map(entry -> {
            List<TermSet> analysed = new ArrayList<>();
            Stream.of(Stream.of(entry.summary()), entry.steps().stream(), entry.tips().stream())
                    .flatMap(texts -> texts)
                    .flatMap(String::lines)
                    .forEach(line -> analysed.add(lines.computeIfAbsent(line, l -> terms.of(normalizer.normalize(l), false))));
            return analysed.isEmpty() ? TermSet.EMPTY : TermSet.union(analysed);
        }).toList();
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
        return search(question, true);
    }

    /** As {@link #search(String)}, looking at every matched entry's answer: for tests of the skipping. */
    SearchResult searchComparingEveryAnswer(String question) {
        return search(question, false);
    }

    private SearchResult search(String question, boolean skipHopelessAnswers) {
        // Cut before normalising: conversion of a 10,000-character message would cost tens of ms.
        String normalized = normalizer.normalize(prefix(question == null ? "" : question, MAX_QUESTION_CHARS));
        QuestionSegments segments = QuestionSegments.of(normalized);
        List<TermSet> clauseTerms = segments.clauses().stream().map(clause -> terms.of(clause, false)).toList();
        // A piece with no domain word ("但不知道具体操作流程") is context, not the question.
        List<QuestionSegments.Segment> pieces = new ArrayList<>();
        for (QuestionSegments.Segment segment : segments.segments()) {
            if (pieces.isEmpty() || domainWords.foundIn(segment.text())) {
                pieces.add(segment);
            }
        }
        WeighedPieces weighed = WeighedPieces.of(clauseTerms, pieces, weights);
        CandidateIndex.Search search = candidates.newSearch();
        Map<Long, int[]> candidatesBySearchRange = new LinkedHashMap<>();
        int[][] found = new int[pieces.size()][];
        for (int piece = 1; piece < pieces.size(); piece++) {
            QuestionSegments.Segment segment = pieces.get(piece);
            found[piece] = candidatesBySearchRange.computeIfAbsent(QuestionSegments.range(segment.searchFrom(), segment.searchTo()),
                    range -> candidates(search, weighed, segment.searchFrom(), segment.searchTo()));
        }
        // The whole of a question of several sentences is compared with its sentences'
        // candidates: what its rarest terms would find, one of its sentences finds too (on
        // tests.tsv the answers are identical), and a search of the longest text is saved.
        found[0] = candidatesBySearchRange.size() >= 2
                ? candidatesBySearchRange.values().stream().flatMapToInt(Arrays::stream).distinct().toArray()
                : candidatesBySearchRange.computeIfAbsent(QuestionSegments.range(0, segments.clauses().size()),
                        range -> candidates(search, weighed, 0, segments.clauses().size()));
        QuestionScoring scoring = new QuestionScoring(variants, answerTerms, terms, pieces, weighed, MAX_RESULTS,
                found[0].length + CANDIDATE_VARIANTS);
        for (int piece = 0; piece < pieces.size(); piece++) {
            scoring.scorePiece(piece, found[piece]);
        }
        scoring.addAnswerSignal(skipHopelessAnswers);
        double scale = domainWords.foundIn(normalized) ? 1 : OFF_DOMAIN_FACTOR;
        List<ScoredEntry> entries = scoring.bestEntries().stream()
                .map(match -> new ScoredEntry(match.entry(), match.confidence() * scale, scoring.matchedTerms(match, normalized)))
                .toList();
        return new SearchResult(entries, scoring.bestTopic());
    }

    /** Candidate variants for the question's clauses {@code [fromClause, toClause)}. */
    private int[] candidates(CandidateIndex.Search search, WeighedPieces question, int fromClause, int toClause) {
        // Rarest terms first. Terms in a large share of all variants (认证, 社保) pick out nothing,
        // yet their long posting lists would dominate the search time on a large corpus; they
        // still count in the confidence of the candidates found through the rarer terms.
        // Sort keys: document frequency in the high half, position in the low (ties keep code order).
        int[] positions = question.positionsOf(fromClause, toClause);
        long[] keys = new long[positions.length];
        int count = 0;
        for (int position : positions) {
            int frequency = question.documentFrequency(position);
            if (frequency > 0 && CandidateIndex.isSearchable(question.whole().code(position))) {
                keys[count++] = ((long) frequency << 32) | position;
            }
        }
        Arrays.sort(keys, 0, count);
        int clauses = 0;
        while (clauses < count && clauses < MAX_QUERY_TERMS
                && (clauses < MIN_CANDIDATE_TERMS || weights.share((int) (keys[clauses] >>> 32)) <= COMMON_TERM_SHARE)) {
            clauses++;
        }
        long[] rarest = new long[clauses];
        for (int i = 0; i < clauses; i++) {
            rarest[i] = question.whole().code((int) keys[i]);
        }
        return search.find(rarest, CANDIDATE_VARIANTS);
    }

    private static String prefix(String text, int maxCodePoints) {
        return text.codePointCount(0, text.length()) <= maxCodePoints ? text : text.substring(0, text.offsetByCodePoints(0, maxCodePoints));
    }

    /**
     * One question variant's text and whose it is: exactly one of {@code entry} and {@code topic}
     * is set; {@code entryNumber} is the entry's position in the corpus (-1 for a topic).
     */
    private record Source(FaqEntry entry, int entryNumber, OutOfScopeTopic topic, String text) {

        Variant variant(TermSet terms, double weight) {
            return new Variant(entry, entryNumber, topic, terms, weight);
        }
    }
}
