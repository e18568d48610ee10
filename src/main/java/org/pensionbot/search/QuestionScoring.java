package org.pensionbot.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.OutOfScopeTopic;

/**
 * The scores of one question's pieces against their candidate variants ({@link FaqIndex}'s
 * second stage): the best match per entry and per out-of-scope topic over all pieces. An entry's
 * confidence is its best variant's ({@link ConfidenceModel}), raised when a second variant agrees
 * ({@link #SUPPORT_SIGNAL}) and when its answer covers the piece ({@link #ANSWER_SIGNAL}). A
 * variant's and an answer's overlap with every piece is computed once
 * ({@link WeighedPieces#shared}). Entries are told apart by their number in the corpus: at 10,000
 * entries, hashing entry objects was a tenth of a long question's time.
 *
 * <p>Not thread-safe: one per question.
 */
final class QuestionScoring {

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

    private final List<Variant> variants;
    private final List<TermSet> answerTerms;
    private final TextTerms terms;
    private final List<QuestionSegments.Segment> segments;
    private final WeighedPieces pieces;
    /** How many entries a search returns. */
    private final int results;
    /** Each entry's best match after the answer signal, for the entries that can be among the results. */
    private final List<Match> bestPerEntry = new ArrayList<>();
    // Keyed by identity: a record's own hashCode would hash all its fields on every lookup.
    private final Map<OutOfScopeTopic, SearchResult.ScoredTopic> bestPerTopic = new IdentityHashMap<>();
    /** Each piece's best match per entry, before the answer signal, in piece order. */
    private final List<Match> pending = new ArrayList<>();
    /** A scored variant's overlap with every piece, by variant ordinal (row index + 1 in {@link #variantRows}). */
    private final LongIntMap variantRow;
    private final List<double[]> variantRows;
    /** Readable terms of the pieces that returned entries matched, by piece. */
    private final Map<Integer, TermSet> readablePieces = new HashMap<>();

    /**
     * @param variants         the index's variants, by ordinal
     * @param answerTerms      each entry's answer text as terms, by entry number
     * @param terms            the analyser, for the matched words shown to admins
     * @param segments         the pieces of the question, the whole question first
     * @param pieces           the same pieces, weighed
     * @param results          how many entries a search returns
     * @param expectedVariants about how many distinct variants will be scored
     */
    QuestionScoring(List<Variant> variants, List<TermSet> answerTerms, TextTerms terms,
                    List<QuestionSegments.Segment> segments, WeighedPieces pieces, int results, int expectedVariants) {
        this.variants = variants;
        this.answerTerms = answerTerms;
        this.terms = terms;
        this.segments = segments;
        this.pieces = pieces;
        this.results = results;
        this.variantRow = new LongIntMap(expectedVariants);
        this.variantRows = new ArrayList<>(expectedVariants);
    }

    /** Scores one piece against candidate variants, keeping the best per entry and topic. */
    void scorePiece(int piece, int[] candidateOrdinals) {
        double total = pieces.total(piece);
        if (total <= 0) {
            return;
        }
        // Per entry met in this piece, a slot (+1, by entry number): its best match and the
        // confidence of its second-best variant.
        LongIntMap slotOfEntry = new LongIntMap(candidateOrdinals.length);
        Match[] best = new Match[candidateOrdinals.length];
        double[] second = new double[candidateOrdinals.length];
        int slots = 0;
        for (int ordinal : candidateOrdinals) {
            Variant variant = variants.get(ordinal);
            double score = ConfidenceModel.confidence(shared(ordinal, variant)[piece], total, variant.weight());
            if (score <= 0) {
                continue;
            }
            if (variant.entry() != null) {
                int slot = slotOfEntry.get(variant.entryNumber()) - 1;
                if (slot < 0) {
                    slot = slots++;
                    slotOfEntry.put(variant.entryNumber(), slot + 1);
                    best[slot] = new Match(variant.entry(), score, variant, piece);
                } else if (score > best[slot].confidence()) {
                    second[slot] = best[slot].confidence();
                    best[slot] = new Match(variant.entry(), score, variant, piece);
                } else if (score > second[slot]) {
                    second[slot] = score;
                }
            } else {
                SearchResult.ScoredTopic current = bestPerTopic.get(variant.topic());
                if (current == null || score > current.confidence()) {
                    bestPerTopic.put(variant.topic(), new SearchResult.ScoredTopic(variant.topic(), score));
                }
            }
        }
        for (int slot = 0; slot < slots; slot++) {
            Match found = best[slot];
            pending.add(found.withConfidence(found.confidence() + SUPPORT_SIGNAL * second[slot] * (1 - found.confidence())));
        }
    }

    private double[] shared(int ordinal, Variant variant) {
        int row = variantRow.get(ordinal) - 1;
        if (row < 0) {
            row = variantRows.size();
            variantRows.add(pieces.shared(variant.terms()));
            variantRow.put(ordinal, row + 1);
        }
        return variantRows.get(row);
    }

    /**
     * Lifts each entry by how well its answer text covers the piece: at most ANSWER_SIGNAL of
     * its doubt. With {@code skipHopeless}, an entry's answer (the longest text to compare) is
     * looked at only if the entry could still be among the results: entries are taken best
     * first, and one whose full lift would stay below the last place among the results so far
     * (the fifth best lifted confidence) is skipped, since confidences only rise. Only entries that cannot be among the
     * results are left out (tested against looking at every answer).
     */
    void addAnswerSignal(boolean skipHopeless) {
        // The pending matches grouped by entry, in pending order: a linked list per entry.
        LongIntMap groupOfEntry = new LongIntMap(pending.size());
        int[] first = new int[pending.size()];
        int[] last = new int[pending.size()];
        int[] next = new int[pending.size()];
        double[] unlifted = new double[pending.size()];
        int groups = 0;
        for (int i = 0; i < pending.size(); i++) {
            Match found = pending.get(i);
            int group = groupOfEntry.get(found.variant().entryNumber()) - 1;
            if (group < 0) {
                group = groups++;
                groupOfEntry.put(found.variant().entryNumber(), group + 1);
                first[group] = i;
            } else {
                next[last[group]] = i;
            }
            last[group] = i;
            next[i] = -1;
            unlifted[group] = Math.max(unlifted[group], found.confidence());
        }
        // Best first, roughly: a non-negative double's bits sort like the double, the group
        // number replaces the lowest bits. Only the time saved depends on the order.
        long[] order = new long[groups];
        for (int group = 0; group < groups; group++) {
            order[group] = Double.doubleToLongBits(unlifted[group]) & ~0xFFFFFL | group;
        }
        Arrays.sort(order);
        // The best lifted confidences so far, as many as a search returns, the least at the head.
        PriorityQueue<Double> top = new PriorityQueue<>();
        for (int rank = groups - 1; rank >= 0; rank--) {
            int group = (int) (order[rank] & 0xFFFFF);
            double lastPlace = top.size() < results ? 0 : top.peek();
            if (skipHopeless && unlifted[group] + ANSWER_SIGNAL * (1 - unlifted[group]) < lastPlace) {
                continue;
            }
            double[] answer = pieces.shared(answerTerms.get(pending.get(first[group]).variant().entryNumber()));
            Match entryBest = null;
            for (int i = first[group]; i >= 0; i = next[i]) {
                Match found = pending.get(i);
                double total = pieces.total(found.piece());
                double coverage = ConfidenceModel.coverage(answer[found.piece()], total);
                double lifted = found.confidence() + ANSWER_SIGNAL * coverage * (1 - found.confidence());
                if (entryBest == null || lifted > entryBest.confidence()) {
                    entryBest = found.withConfidence(lifted);
                }
            }
            bestPerEntry.add(entryBest);
            top.add(entryBest.confidence());
            if (top.size() > results) {
                top.poll();
            }
        }
    }

    /** The best entries after {@link #addAnswerSignal}, best first (ties: by id). */
    List<Match> bestEntries() {
        return bestPerEntry.stream()
                .sorted(Comparator.comparingDouble(Match::confidence).reversed().thenComparing(match -> match.entry().id()))
                .limit(results)
                .toList();
    }

    /** The out-of-scope topic matched best, if any was. */
    Optional<SearchResult.ScoredTopic> bestTopic() {
        return bestPerTopic.values().stream().max(Comparator.comparingDouble(SearchResult.ScoredTopic::confidence));
    }

    /**
     * Words the piece shared with the entry's best variant, preferring words over character
     * pairs, in the order the question uses them, for humans to read. The piece is analysed
     * again here, with readable terms, once: that is needed only for the few entries returned.
     */
    List<String> matchedTerms(Match match, String normalizedQuestion) {
        TermSet piece = readablePieces.computeIfAbsent(match.piece(), index -> terms.of(segments.get(index).text(), true));
        List<String> words = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < piece.size(); i++) {
            long code = piece.code(i);
            if (match.variant().terms().contains(code)) {
                if (TermCode.kind(code) == TermCode.WORD) {
                    words.add(piece.label(i));
                } else if (TermCode.kind(code) == TermCode.GRAM) {
                    pairs.add(piece.label(i));
                }
            }
        }
        List<String> matched = words.isEmpty() ? pairs : words;
        matched.sort(Comparator.comparingInt(normalizedQuestion::indexOf));
        return matched;
    }

    /** The best match so far for one entry: its confidence, and which variant matched which piece of the question. */
    record Match(FaqEntry entry, double confidence, Variant variant, int piece) {

        Match withConfidence(double newConfidence) {
            return new Match(entry, newConfidence, variant, piece);
        }
    }

}
