package org.pensionbot.search;

import java.util.Arrays;
import java.util.List;

/**
 * A question and its pieces ({@link QuestionSegments}) weighed once, so that a single pass over
 * a variant's terms gives its overlap with every piece. A long question has up to 24 pieces and
 * each is scored against dozens of candidates; comparing term lists piece by piece made scoring
 * the bulk of a long question's time.
 *
 * <p>Each term of the whole question carries a bit mask of the pieces that contain it, and
 * terms with the same mask (about one group per clause) are summed together before the sums are
 * spread over the pieces. Not thread-safe: one per question.
 */
final class WeighedPieces {

    /** At most this many pieces: one bit each in a {@code long}. */
    static final int MAX_PIECES = Long.SIZE;
    /** 2^16 bits, 8 KB: a question's few hundred terms set under 1 % of them. */
    private static final int FILTER_LOG2_BITS = 16;
    /** A text this many times the question's size is searched for the question's terms instead. */
    private static final int SEARCH_RATIO = 16;

    /** All distinct terms of the question, sorted; a term's index here is its "position". */
    private final TermSet whole;
    /** Each term's position plus one (0: not in the question). */
    private final LongIntMap positions;
    /** The question's terms again: a text term it rules out needs no lookup in {@link #positions}. */
    private final CodeFilter filter = new CodeFilter(FILTER_LOG2_BITS);
    /** Per position: how many variants contain the term, and its weight. */
    private final int[] frequencies;
    private final double[] weights;
    /** Per clause, the positions of its terms. */
    private final int[][] clausePositions;
    /** Per position, its group: the terms that are in exactly the same pieces. */
    private final int[] groups;
    /** Per group, the pieces containing its terms. */
    private final long[] groupMasks;
    private final double[] pieceTotals;

    private WeighedPieces(List<TermSet> clauses, List<QuestionSegments.Segment> pieces, TermWeights termWeights) {
        whole = TermSet.union(clauses);
        positions = new LongIntMap(whole.size());
        frequencies = new int[whole.size()];
        weights = new double[whole.size()];
        for (int i = 0; i < whole.size(); i++) {
            long code = whole.code(i);
            positions.put(code, i + 1);
            filter.add(code);
            frequencies[i] = termWeights.documentFrequency(code);
            weights[i] = termWeights.weight(code, frequencies[i]);
        }
        long[] clauseMasks = new long[clauses.size()];
        for (int piece = 0; piece < pieces.size(); piece++) {
            QuestionSegments.Segment segment = pieces.get(piece);
            for (int clause = segment.fromClause(); clause < segment.toClause(); clause++) {
                clauseMasks[clause] |= 1L << piece;
            }
        }
        clausePositions = new int[clauses.size()][];
        // Per position, the pieces containing the term, one bit each.
        long[] pieceMasks = new long[whole.size()];
        for (int clause = 0; clause < clauses.size(); clause++) {
            TermSet clauseTerms = clauses.get(clause);
            clausePositions[clause] = new int[clauseTerms.size()];
            for (int i = 0; i < clauseTerms.size(); i++) {
                int position = positions.get(clauseTerms.code(i)) - 1;
                clausePositions[clause][i] = position;
                pieceMasks[position] |= clauseMasks[clause];
            }
        }
        LongIntMap groupOfMask = new LongIntMap(clauses.size());
        long[] masksOfGroups = new long[pieceMasks.length];
        groups = new int[pieceMasks.length];
        int groupCount = 0;
        for (int i = 0; i < pieceMasks.length; i++) {
            int group = groupOfMask.get(pieceMasks[i]) - 1;
            if (group < 0) {
                group = groupCount++;
                groupOfMask.put(pieceMasks[i], group + 1);
                masksOfGroups[group] = pieceMasks[i];
            }
            groups[i] = group;
        }
        groupMasks = Arrays.copyOf(masksOfGroups, groupCount);
        pieceTotals = new double[pieces.size()];
        double[] perGroup = new double[groupCount];
        for (int i = 0; i < weights.length; i++) {
            perGroup[groups[i]] += weights[i];
        }
        spread(perGroup, pieceTotals);
    }

    /**
     * @param clauses the question's clauses, analysed
     * @param pieces  the pieces to score, each a run of clauses
     */
    static WeighedPieces of(List<TermSet> clauses, List<QuestionSegments.Segment> pieces, TermWeights termWeights) {
        if (pieces.size() > MAX_PIECES) {
            throw new IllegalArgumentException("at most " + MAX_PIECES + " pieces, got " + pieces.size());
        }
        return new WeighedPieces(clauses, pieces, termWeights);
    }

    /** All terms of the question. */
    TermSet whole() {
        return whole;
    }

    /** The positions of the distinct terms of clauses {@code [fromClause, toClause)}, in no particular order. */
    int[] positionsOf(int fromClause, int toClause) {
        if (toClause - fromClause == 1) {
            return clausePositions[fromClause];
        }
        boolean[] seen = new boolean[whole.size()];
        int[] found = new int[whole.size()];
        int count = 0;
        for (int clause = fromClause; clause < toClause; clause++) {
            for (int position : clausePositions[clause]) {
                if (!seen[position]) {
                    seen[position] = true;
                    found[count++] = position;
                }
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** How many indexed variants contain the term at {@code position}. */
    int documentFrequency(int position) {
        return frequencies[position];
    }

    /** The weight of all of one piece's terms. */
    double total(int piece) {
        return pieceTotals[piece];
    }

    /**
     * For every piece, the weight of its terms that {@code text} contains. Each of the text's
     * terms is tested against the question's filter, and only those that pass are looked up: a
     * variant's few dozen terms and a long question against an answer's many hundred, for the
     * price of a multiplication and a bit test each. Only a short question against an answer
     * goes the other way: its few terms are searched in the answer.
     */
    double[] shared(TermSet text) {
        // Weights are summed per group first: one addition per shared term, not one per piece.
        double[] perGroup = new double[groupMasks.length];
        if (whole.size() * SEARCH_RATIO <= text.size()) {
            for (int i = 0; i < whole.size(); i++) {
                if (text.contains(whole.code(i))) {
                    perGroup[groups[i]] += weights[i];
                }
            }
        } else {
            for (int j = 0; j < text.size(); j++) {
                long code = text.code(j);
                if (filter.mightContain(code)) {
                    int position = positions.get(code) - 1;
                    if (position >= 0) {
                        perGroup[groups[position]] += weights[position];
                    }
                }
            }
        }
        double[] shared = new double[pieceTotals.length];
        spread(perGroup, shared);
        return shared;
    }

    /** Adds each group's sum to every piece containing the group's terms. */
    private void spread(double[] perGroup, double[] perPiece) {
        for (int group = 0; group < perGroup.length; group++) {
            if (perGroup[group] != 0) {
                for (long mask = groupMasks[group]; mask != 0; mask &= mask - 1) {
                    perPiece[Long.numberOfTrailingZeros(mask)] += perGroup[group];
                }
            }
        }
    }
}
