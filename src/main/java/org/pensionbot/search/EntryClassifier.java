package org.pensionbot.search;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.ChecksumIndexInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.VectorUtil;

/**
 * Which entry a question belongs to — or whether to the neighbouring topics — as a probability for
 * each, learned from all the corpus's phrasings at once: a logistic regression (LIBLINEAR, one model
 * per class against the rest) over the model's sentence vectors, trained whenever an index is built.
 * The classes are numbered as the caller likes ({@link PhrasingIndex#classesOf}: each entry's owner
 * key, and one for all topics).
 *
 * <p>Why it helps: an entry's confidence rests on its single closest phrasing, so a question can
 * land nearest to one phrasing of the wrong entry that happens to share its words (on the corpus of
 * commit e032ee6, "年审不通过怎么办?" came closest to a phrasing of how to certify, 0.53, before the
 * failure entry, 0.45). The classifier weighs every phrasing of every entry together and learns which
 * directions of the vector space tell entries apart — asking how versus reporting a failure — rather
 * than how close one phrasing is. It orders the options of a choice ({@link Fusion#choiceOrder}), and lets an entry
 * it finds likely be answered from a lower lead (the dialog package's {@code DecisionThresholds}).
 *
 * <p>Measured in place of the cosine to each entry's mean phrasing vector, which it replaced: 6 more
 * of the unseen stand-in's 249 real questions and 23 more across the development sets with their
 * entry first, and 7 more of the stand-in's answered outright and right, none wrongly ({@link Fusion};
 * BENCHMARKS.md, 2026-12-05). Immutable and safe for concurrent use.
 */
final class EntryClassifier {

    /**
     * LIBLINEAR's cost: how much fitting the phrasings counts against keeping the weights small.
     * From 3 to 30 the development sets' choices come out much the same; 1 lost a third of the gain.
     */
    static final double COST = 10;
    /**
     * The solver's stopping tolerance: at 2 the real corpus trains in about half the time of 0.5,
     * and the development sets and the stand-in put the same number of choices in the right order
     * (a question or two each way); 0.01 took several times as long again.
     */
    static final double TOLERANCE = 2;

    static {
        Linear.disableDebugOutput();   // LIBLINEAR otherwise reports every iteration on standard output
    }

    /** Each class's model by class number; null where none was trained. */
    private final Weights[] weightsOfClass;

    private EntryClassifier(Weights[] weightsOfClass) {
        this.weightsOfClass = weightsOfClass;
    }

    /**
     * One class's model: a weight per dimension of the vectors, in single precision as the vectors
     * are (so that Lucene's {@link VectorUtil} scores them), and its intercept.
     */
    private record Weights(float[] coefficients, float intercept) {
        double score(float[] vector) {
            return VectorUtil.dotProduct(coefficients, vector) + intercept;
        }
    }

    /**
     * Trains on the phrasings' vectors, each labelled with its class: one LIBLINEAR model per class
     * against all the others, as LIBLINEAR itself does for several classes — here with the classes
     * trained side by side on all cores, each from the same starting state, so that the result does not
     * depend on the order they are trained in. About half a second for the real corpus (28 classes),
     * while the index is written; an index kept on disk keeps its classifier too ({@link #writeTo}), so
     * a start with an unchanged corpus does not train.
     */
    static EntryClassifier train(List<float[]> vectors, int[] classOf) {
        Weights[] weightsOfClass = new Weights[IntStream.of(classOf).max().orElse(-1) + 1];
        if (IntStream.of(classOf).distinct().count() * vectors.size() > MAX_WORK) {
            return new EntryClassifier(weightsOfClass);   // nothing trained: every probability 0
        }
        Feature[][] x = vectors.stream().map(EntryClassifier::features).toArray(Feature[][]::new);
        IntStream.of(classOf).distinct().parallel()
                .forEach(label -> weightsOfClass[label] = againstTheRest(label, x, classOf));
        return new EntryClassifier(weightsOfClass);
    }

    /** One class's model: its phrasings against all the others'. */
    private static Weights againstTheRest(int label, Feature[][] x, int[] classOf) {
        int dimensions = x[0].length - 1;
        if (IntStream.of(classOf).allMatch(c -> c == label)) {
            return new Weights(new float[dimensions], 0);   // the only class: nothing to learn, every question is its
        }
        Problem problem = new Problem();
        problem.l = x.length;
        problem.n = dimensions + 1;
        problem.bias = BIAS;
        problem.x = x;   // only read while training
        problem.y = IntStream.of(classOf).mapToDouble(c -> c == label ? 1 : -1).toArray();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR_DUAL, COST, TOLERANCE));
        // LIBLINEAR's weights favour the label it met first (index 0); ask for those of label +1.
        int positive = model.getLabels()[0] == 1 ? 0 : 1;
        float[] coefficients = new float[dimensions];
        for (int i = 0; i < dimensions; i++) {
            coefficients[i] = (float) model.getDecfunCoef(i + 1, positive);
        }
        return new Weights(coefficients, (float) model.getDecfunBias(positive));
    }

    /** Keeps the trained weights as one more file of an index's directory, checksummed as Lucene's own files are. */
    void writeTo(Directory directory) throws IOException {
        try (IndexOutput out = directory.createOutput(FILE, IOContext.DEFAULT)) {
            CodecUtil.writeHeader(out, CODEC, VERSION);
            out.writeVInt(weightsOfClass.length);
            for (Weights weights : weightsOfClass) {
                float[] coefficients = weights == null ? new float[0] : weights.coefficients();
                out.writeVInt(coefficients.length);
                for (float coefficient : coefficients) {
                    out.writeInt(Float.floatToIntBits(coefficient));
                }
                out.writeInt(Float.floatToIntBits(weights == null ? 0 : weights.intercept()));
            }
            CodecUtil.writeFooter(out);
        }
    }

    /** The classifier kept in an index's directory by {@link #writeTo}; an exception if it is missing or damaged. */
    static EntryClassifier readFrom(Directory directory) throws IOException {
        try (ChecksumIndexInput in = directory.openChecksumInput(FILE, IOContext.READONCE)) {
            CodecUtil.checkHeader(in, CODEC, VERSION, VERSION);
            Weights[] weightsOfClass = new Weights[in.readVInt()];
            for (int label = 0; label < weightsOfClass.length; label++) {
                float[] coefficients = new float[in.readVInt()];
                for (int i = 0; i < coefficients.length; i++) {
                    coefficients[i] = Float.intBitsToFloat(in.readInt());
                }
                float intercept = Float.intBitsToFloat(in.readInt());
                weightsOfClass[label] = coefficients.length == 0 ? null : new Weights(coefficients, intercept);
            }
            CodecUtil.checkFooter(in);
            return new EntryClassifier(weightsOfClass);
        }
    }

    /**
     * Training takes time in proportion to classes × phrasings (each class's model reads every
     * phrasing): about half a second for the real corpus's 28 × 1,500. Above this, some twelve times
     * that, no classifier is trained — a start or reload would wait for many seconds, and for a
     * corpus of thousands of entries, hours — and choices are put in order by confidence alone.
     */
    static final long MAX_WORK = 500_000;

    /** The file in an index's directory that holds the weights; not a name Lucene's own files use. */
    static final String FILE = "entry-classifier.weights";
    private static final String CODEC = "PensionBotEntryClassifier";
    private static final int VERSION = 2;

    /**
     * The probability, by class number, that a question with this vector belongs to each class: each
     * class's logistic score, normalised to sum to 1 (as LIBLINEAR does for several classes); all 0
     * when the corpus was too large to train on ({@link #MAX_WORK}).
     */
    double[] probabilities(float[] questionVector) {
        double[] probabilities = new double[weightsOfClass.length];
        double sum = 0;
        for (int label = 0; label < weightsOfClass.length; label++) {
            Weights weights = weightsOfClass[label];
            if (weights != null) {
                probabilities[label] = 1 / (1 + Math.exp(-weights.score(questionVector)));
                sum += probabilities[label];
            }
        }
        for (int label = 0; label < probabilities.length && sum > 0; label++) {
            probabilities[label] /= sum;
        }
        return probabilities;
    }

    /** LIBLINEAR's constant feature, so that each class's model has an intercept. */
    private static final double BIAS = 1;

    /** A vector as LIBLINEAR's features, numbered from 1, with the constant one last. */
    static Feature[] features(float[] vector) {
        Feature[] features = new Feature[vector.length + 1];
        for (int i = 0; i < vector.length; i++) {
            features[i] = new FeatureNode(i + 1, vector[i]);
        }
        features[vector.length] = new FeatureNode(vector.length + 1, BIAS);
        return features;
    }
}
