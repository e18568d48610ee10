package org.pensionbot.search;

import java.util.List;

/**
 * A question and its pieces ({@link QuestionSegments}) weighed once, so that a single pass over
 * a variant's terms gives its overlap with every piece. A long question has up to 24 pieces and
 * each is scored against dozens of candidates; comparing term lists piece by piece made scoring
 * the bulk of a long question's time.
 *
 * <p>Each term of the whole question carries a bit mask of the pieces that contain it.
 * Not thread-safe: one per question.
 */
final class WeighedPieces {

    /** At most this many pieces: one bit each in a {@code long}. */
    static final int MAX_PIECES = Long.SIZE;

    private final TermSet whole;
    private final double[] weights;
    private final long[] pieceMasks;
    private final double[] pieceTotals;

    private WeighedPieces(TermSet whole, double[] weights, long[] pieceMasks, double[] pieceTotals) {
        this.whole = whole;
        this.weights = weights;
        this.pieceMasks = pieceMasks;
        this.pieceTotals = pieceTotals;
    }

    /**
     * @param clauses the question's clauses, analysed (with labels, for {@link #whole})
     * @param pieces  the pieces to score, each a run of clauses
     */
    static WeighedPieces of(List<TermSet> clauses, List<QuestionSegments.Segment> pieces, TermWeights termWeights) {
        if (pieces.size() > MAX_PIECES) {
            throw new IllegalArgumentException("at most " + MAX_PIECES + " pieces, got " + pieces.size());
        }
        TermSet whole = TermSet.union(clauses, true);
        double[] weights = new double[whole.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = termWeights.weight(whole.code(i));
        }
        long[] masks = new long[whole.size()];
        for (int piece = 0; piece < pieces.size(); piece++) {
            QuestionSegments.Segment segment = pieces.get(piece);
            for (TermSet clause : clauses.subList(segment.fromClause(), segment.toClause())) {
                for (int i = 0; i < clause.size(); i++) {
                    masks[whole.indexOf(clause.code(i))] |= 1L << piece;
                }
            }
        }
        double[] totals = new double[pieces.size()];
        for (int i = 0; i < masks.length; i++) {
            for (long mask = masks[i]; mask != 0; mask &= mask - 1) {
                totals[Long.numberOfTrailingZeros(mask)] += weights[i];
            }
        }
        return new WeighedPieces(whole, weights, masks, totals);
    }

    /** All terms of the question, with labels. */
    TermSet whole() {
        return whole;
    }

    int count() {
        return pieceTotals.length;
    }

    /** The weight of all of one piece's terms. */
    double total(int piece) {
        return pieceTotals[piece];
    }

    /** Whether the question term at {@code index} of {@link #whole} belongs to {@code piece}. */
    boolean inPiece(int index, int piece) {
        return (pieceMasks[index] & (1L << piece)) != 0;
    }

    /** For every piece, the weight of its terms that {@code text} contains: one merge of two sorted code lists. */
    double[] shared(TermSet text) {
        double[] shared = new double[pieceTotals.length];
        int i = 0;
        int j = 0;
        while (i < whole.size() && j < text.size()) {
            long questionCode = whole.code(i);
            long textCode = text.code(j);
            if (questionCode == textCode) {
                for (long mask = pieceMasks[i]; mask != 0; mask &= mask - 1) {
                    shared[Long.numberOfTrailingZeros(mask)] += weights[i];
                }
                i++;
                j++;
            } else if (questionCode < textCode) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }
}
