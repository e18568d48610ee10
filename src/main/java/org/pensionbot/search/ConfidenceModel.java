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

    double confidence(Set<String> questionKeys, double questionWeight, Set<String> variantKeys, double variantWeight) {
        if (questionWeight <= 0 || variantWeight <= 0) {
            return 0;
        }
        double shared = 0;
        for (String key : questionKeys) {
            if (variantKeys.contains(key)) {
                shared += weights.weight(key);
            }
        }
        double questionCoverage = Math.min(1, shared / questionWeight);
        double variantCoverage = Math.min(1, shared / variantWeight);
        return Math.pow(questionCoverage, QUESTION_SIDE) * Math.pow(variantCoverage, 1 - QUESTION_SIDE);
    }

    /** Share of the question's weight found in {@code textKeys} (one-sided: for long texts such as answers). */
    double coverage(Set<String> questionKeys, double questionWeight, Set<String> textKeys) {
        if (questionWeight <= 0 || textKeys == null) {
            return 0;
        }
        double shared = 0;
        for (String key : questionKeys) {
            if (textKeys.contains(key)) {
                shared += weights.weight(key);
            }
        }
        return Math.min(1, shared / questionWeight);
    }

    double totalWeight(Set<String> keys) {
        double total = 0;
        for (String key : keys) {
            total += weights.weight(key);
        }
        return total;
    }
}
