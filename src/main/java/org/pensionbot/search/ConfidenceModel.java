package org.pensionbot.search;

/**
 * Turns the overlap between a question and one FAQ variant into a confidence in [0,1] that means
 * the same for every question, unlike raw BM25 scores, which grow with question length.
 *
 * <p>With term weights w (see {@link TermWeights}) and the shared terms M:
 * <pre>
 *   questionCoverage = w(M) / w(question terms)   how much of what the user said is explained
 *   variantCoverage  = w(M) / w(variant terms)    how much of the variant the user said
 *   confidence       = questionCoverage^a * variantCoverage^(1-a)
 * </pre>
 * Both must be high for a confident match: a long question that merely mentions a short
 * variant's words, or a two-word question that touches a long variant, both stay uncertain.
 * The question side weighs more ({@link #QUESTION_SIDE}) because variants are written
 * completely while users often add context around their real question.
 */
final class ConfidenceModel {

    static final double QUESTION_SIDE = 0.55;

    private ConfidenceModel() {
    }

    /**
     * @param shared        w(M), the weight of the terms question and variant share
     * @param questionTotal the weight of all the question's terms
     * @param variantTotal  the weight of all the variant's terms
     */
    static double confidence(double shared, double questionTotal, double variantTotal) {
        // Nothing shared is common (a candidate of one sentence against another piece) and
        // scores 0 either way; returning early saves two pow calls.
        if (shared <= 0 || questionTotal <= 0 || variantTotal <= 0) {
            return 0;
        }
        double questionCoverage = Math.min(1, shared / questionTotal);
        double variantCoverage = Math.min(1, shared / variantTotal);
        return Math.pow(questionCoverage, QUESTION_SIDE) * Math.pow(variantCoverage, 1 - QUESTION_SIDE);
    }

    /** One-sided: how much of the question a long text (an answer) covers. */
    static double coverage(double shared, double questionTotal) {
        return questionTotal <= 0 ? 0 : Math.min(1, shared / questionTotal);
    }
}
