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

    private final TermWeights weights;

    ConfidenceModel(TermWeights weights) {
        this.weights = weights;
    }

    /**
     * A question's terms with their weights, computed once per question so that scoring many
     * candidates is only lookups.
     */
    record WeighedQuestion(TermSet terms, double[] weights, double total) {
    }

    WeighedQuestion weigh(TermSet question) {
        double[] termWeights = new double[question.size()];
        double total = 0;
        for (int i = 0; i < termWeights.length; i++) {
            termWeights[i] = weights.weight(question.code(i));
            total += termWeights[i];
        }
        return new WeighedQuestion(question, termWeights, total);
    }

    double confidence(WeighedQuestion question, TermSet variant, double variantWeight) {
        if (question.total() <= 0 || variantWeight <= 0) {
            return 0;
        }
        double shared = shared(question, variant);
        double questionCoverage = Math.min(1, shared / question.total());
        double variantCoverage = Math.min(1, shared / variantWeight);
        return Math.pow(questionCoverage, QUESTION_SIDE) * Math.pow(variantCoverage, 1 - QUESTION_SIDE);
    }

    /** Share of the question's weight found in {@code text} (one-sided: for long texts such as answers). */
    double coverage(WeighedQuestion question, TermSet text) {
        if (question.total() <= 0 || text == null) {
            return 0;
        }
        return Math.min(1, shared(question, text) / question.total());
    }

    /** The summed weight of the question terms that {@code text} contains: one merge of two sorted code lists. */
    private static double shared(WeighedQuestion question, TermSet text) {
        TermSet terms = question.terms();
        double shared = 0;
        int i = 0;
        int j = 0;
        while (i < terms.size() && j < text.size()) {
            long questionCode = terms.code(i);
            long textCode = text.code(j);
            if (questionCode == textCode) {
                shared += question.weights()[i];
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
