package org.pensionbot.search;

import java.util.Set;

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
     * candidates is only set lookups.
     */
    record WeighedQuestion(String[] keys, double[] weights, double total) {
    }

    WeighedQuestion weigh(Set<String> questionKeys) {
        String[] keys = questionKeys.toArray(String[]::new);
        double[] keyWeights = new double[keys.length];
        double total = 0;
        for (int i = 0; i < keys.length; i++) {
            keyWeights[i] = weights.weight(keys[i]);
            total += keyWeights[i];
        }
        return new WeighedQuestion(keys, keyWeights, total);
    }

    double confidence(WeighedQuestion question, Set<String> variantKeys, double variantWeight) {
        if (question.total() <= 0 || variantWeight <= 0) {
            return 0;
        }
        double shared = shared(question, variantKeys);
        double questionCoverage = Math.min(1, shared / question.total());
        double variantCoverage = Math.min(1, shared / variantWeight);
        return Math.pow(questionCoverage, QUESTION_SIDE) * Math.pow(variantCoverage, 1 - QUESTION_SIDE);
    }

    /** Share of the question's weight found in {@code textKeys} (one-sided: for long texts such as answers). */
    double coverage(WeighedQuestion question, Set<String> textKeys) {
        if (question.total() <= 0 || textKeys == null) {
            return 0;
        }
        return Math.min(1, shared(question, textKeys) / question.total());
    }

    private static double shared(WeighedQuestion question, Set<String> textKeys) {
        double shared = 0;
        String[] keys = question.keys();
        for (int i = 0; i < keys.length; i++) {
            if (textKeys.contains(keys[i])) {
                shared += question.weights()[i];
            }
        }
        return shared;
    }

    double totalWeight(Set<String> keys) {
        double total = 0;
        for (String key : keys) {
            total += weights.weight(key);
        }
        return total;
    }
}
