package org.pensionbot.search;

import java.util.Arrays;
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
    /**
     * A hash lookup costs a few merge steps: texts with fewer terms than the question divided by
     * this are looked up, longer ones merged.
     */
    private static final int LOOKUP_RATIO = 4;

    private final TermSet whole;
    /** Each question term's position in {@link #whole}, plus one (0: not in the question). */
    private final LongIntMap positions;
    private final double[] weights;
    /** Per question term, the pieces containing it, one bit each. */
    private final long[] pieceMasks;
    /** Per question term, its group: the terms that are in exactly the same pieces. */
    private final int[] groups;
    /** Per group, the pieces containing its terms. */
    private final long[] groupMasks;
    private final double[] pieceTotals;

    private WeighedPieces(TermSet whole, LongIntMap positions, double[] weights, long[] pieceMasks, int[] groups, long[] groupMasks,
                          double[] pieceTotals) {
        this.whole = whole;
        this.positions = positions;
        this.weights = weights;
        this.pieceMasks = pieceMasks;
        this.groups = groups;
        this.groupMasks = groupMasks;
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
        LongIntMap positions = new LongIntMap(whole.size());
        double[] weights = new double[whole.size()];
        for (int i = 0; i < weights.length; i++) {
            positions.put(whole.code(i), i + 1);
            weights[i] = termWeights.weight(whole.code(i));
        }
        long[] clauseMasks = new long[clauses.size()];
        for (int piece = 0; piece < pieces.size(); piece++) {
            QuestionSegments.Segment segment = pieces.get(piece);
            for (int clause = segment.fromClause(); clause < segment.toClause(); clause++) {
                clauseMasks[clause] |= 1L << piece;
            }
        }
        long[] masks = new long[whole.size()];
        for (int clause = 0; clause < clauses.size(); clause++) {
            TermSet clauseTerms = clauses.get(clause);
            for (int i = 0; i < clauseTerms.size(); i++) {
                masks[positions.get(clauseTerms.code(i)) - 1] |= clauseMasks[clause];
            }
        }
        // Terms of one clause share a mask, so a question has about as many masks as clauses.
        LongIntMap groupOfMask = new LongIntMap(clauses.size());
        long[] groupMasks = new long[masks.length];
        int[] groups = new int[masks.length];
        int groupCount = 0;
        for (int i = 0; i < masks.length; i++) {
            int group = groupOfMask.get(masks[i]) - 1;
            if (group < 0) {
                group = groupCount++;
                groupOfMask.put(masks[i], group + 1);
                groupMasks[group] = masks[i];
            }
            groups[i] = group;
        }
        WeighedPieces weighed = new WeighedPieces(whole, positions, weights, masks, groups, Arrays.copyOf(groupMasks, groupCount),
                new double[pieces.size()]);
        weighed.spread(weighed.groupWeights(weights), weighed.pieceTotals);
        return weighed;
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

    /**
     * For every piece, the weight of its terms that {@code text} contains. A text much shorter
     * than the question (a variant: a few dozen terms; a long question has a few hundred) is
     * looked up term by term; a longer one (an answer) is merged with the question's sorted terms.
     */
    double[] shared(TermSet text) {
        // Weights are summed per group first: one addition per shared term, not one per piece.
        double[] perGroup = new double[groupMasks.length];
        if (text.size() * LOOKUP_RATIO <= whole.size()) {
            for (int j = 0; j < text.size(); j++) {
                int position = positions.get(text.code(j)) - 1;
                if (position >= 0) {
                    perGroup[groups[position]] += weights[position];
                }
            }
        } else {
            int i = 0;
            int j = 0;
            while (i < whole.size() && j < text.size()) {
                long questionCode = whole.code(i);
                long textCode = text.code(j);
                if (questionCode == textCode) {
                    perGroup[groups[i]] += weights[i];
                    i++;
                    j++;
                } else if (questionCode < textCode) {
                    i++;
                } else {
                    j++;
                }
            }
        }
        double[] shared = new double[pieceTotals.length];
        spread(perGroup, shared);
        return shared;
    }

    /** Sums of term weights per group, for all question terms given their weights. */
    private double[] groupWeights(double[] termWeights) {
        double[] perGroup = new double[groupMasks.length];
        for (int i = 0; i < termWeights.length; i++) {
            perGroup[groups[i]] += termWeights[i];
        }
        return perGroup;
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
