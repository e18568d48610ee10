package org.pensionbot.search;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;

/**
 * One logistic regression over the model's sentence vectors (for {@link EntryClassifier}, with the text's
 * words appended: {@link TermFeatures}), as LIBLINEAR trains it: a weight per
 * dimension, in single precision as the vectors are,
 * and an intercept. The classifiers of this package ({@link EntryClassifier}, {@link ScamClassifier})
 * are made of these; each keeps them in an index's directory with {@link #writeTo} and {@link #readFrom}.
 */
record LinearWeights(float[] coefficients, float intercept) {

    static {
        Linear.disableDebugOutput();   // LIBLINEAR otherwise reports every iteration on standard output
    }

    /** LIBLINEAR's constant feature, so that each model has an intercept. */
    private static final double BIAS = 1;

    /**
     * Learns to tell the vectors labelled {@code +1} in {@code y} from those labelled {@code -1}.
     *
     * @param x the vectors as {@link #features}; only read while training
     * @param dimensions how long the vectors are
     */
    static LinearWeights trained(Feature[][] x, double[] y, int dimensions, Parameter parameter) {
        Problem problem = new Problem();
        problem.l = x.length;
        problem.n = dimensions + 1;   // and the constant feature
        problem.bias = BIAS;
        problem.x = x;
        problem.y = y;
        Model model = Linear.train(problem, parameter);
        // LIBLINEAR's weights favour the label it met first (index 0); ask for those of label +1.
        int positive = model.getLabels()[0] == 1 ? 0 : 1;
        float[] coefficients = new float[problem.n - 1];
        for (int i = 0; i < coefficients.length; i++) {
            coefficients[i] = (float) model.getDecfunCoef(i + 1, positive);
        }
        return new LinearWeights(coefficients, (float) model.getDecfunBias(positive));
    }

    /**
     * A vector as LIBLINEAR's features, numbered from 1, with the constant one last. Zeros are left out,
     * as LIBLINEAR's sparse format allows: they change nothing, and most of a vector with words appended
     * ({@link TermFeatures}) is zeros.
     */
    static Feature[] features(float[] vector) {
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < vector.length; i++) {
            if (vector[i] != 0) {
                features.add(new FeatureNode(i + 1, vector[i]));
            }
        }
        features.add(new FeatureNode(vector.length + 1, BIAS));
        return features.toArray(Feature[]::new);
    }

    /**
     * The logistic probability of label {@code +1} for {@code vector} with {@code words} appended
     * ({@link TermFeatures#appendedTo}, what the model learned from), read without writing out the
     * mostly-zero appended features: the vector's part, then the words' few.
     */
    double probability(float[] vector, TermFeatures.Words words) {
        double score = intercept;
        for (int i = 0; i < vector.length; i++) {
            score += coefficients[i] * vector[i];
        }
        for (int i = 0; i < words.buckets().length; i++) {
            score += coefficients[vector.length + words.buckets()[i]] * words.values()[i];
        }
        return 1 / (1 + Math.exp(-score));
    }

    /** Writes {@code weights} (null: none trained) as its number of coefficients, the coefficients and the intercept. */
    static void writeTo(DataOutput out, LinearWeights weights) throws IOException {
        float[] coefficients = weights == null ? new float[0] : weights.coefficients();
        out.writeVInt(coefficients.length);
        for (float coefficient : coefficients) {
            out.writeInt(Float.floatToIntBits(coefficient));
        }
        out.writeInt(Float.floatToIntBits(weights == null ? 0 : weights.intercept()));
    }

    /** Weights written by {@link #writeTo}; null where none were trained. */
    static LinearWeights readFrom(DataInput in) throws IOException {
        float[] coefficients = new float[in.readVInt()];
        for (int i = 0; i < coefficients.length; i++) {
            coefficients[i] = Float.intBitsToFloat(in.readInt());
        }
        float intercept = Float.intBitsToFloat(in.readInt());
        return coefficients.length == 0 ? null : new LinearWeights(coefficients, intercept);
    }
}
