package org.pensionbot.search;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.SolverType;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ChecksumIndexInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * Which entry a question belongs to — or whether to the neighbouring topics — as a probability for
 * each, learned from all the corpus's phrasings at once: a logistic regression (LIBLINEAR, one model
 * per class against the rest) over the model's sentence vectors and the words of the text ({@link TermFeatures}),
 * trained whenever an index is built.
 * The classes are numbered as the caller likes ({@link PhrasingIndex#classesOf}: each entry's owner
 * key, and one for all topics).
 *
 * <p>Why it helps: an entry's confidence rests on its single closest phrasing, so a question can
 * land nearest to one phrasing of the wrong entry that happens to share its words (on the corpus of
 * commit e032ee6, "年审不通过怎么办?" came closest to a phrasing of how to certify, 0.53, before the
 * failure entry, 0.45). The classifier weighs every phrasing of every entry together and learns which
 * directions of the vector space tell entries apart — asking how versus reporting a failure — rather
 * than how close one phrasing is. It orders the options of a choice ({@link Fusion#choiceOrder}), lets an entry
 * it finds likely be answered from a lower lead, and keeps one it doubts while it finds another likely from
 * being answered (the dialog package's {@code DecisionThresholds}).
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
     * The solver's stopping tolerance, small enough that it runs to convergence: the weights then
     * depend on the phrasings, not on where the solver happened to stop, so an admin who adds a
     * phrasing changes the answers near it, and rarely one that sat on a threshold elsewhere.
     * Stopped early (tolerance 2, which trained in about 0.65 s instead of 0.9–1.2 s), two added
     * phrasings changed 14–19 of 2,346 development decisions, mostly about other entries; converged,
     * 3, each near the edit. At 0.1 the weights read
     * the development sets as LIBLINEAR's primal solver run to its own tolerance of 0.01 does (which
     * takes 4–5 s); the sets' totals moved by a question or two each way from the early stop.
     */
    static final double TOLERANCE = 0.1;

    /** Each class's model by class number; null where none was trained. */
    private final LinearWeights[] weightsOfClass;
    private final TermFeatures termFeatures;

    private EntryClassifier(LinearWeights[] weightsOfClass, TermFeatures termFeatures) {
        this.weightsOfClass = weightsOfClass;
        this.termFeatures = termFeatures;
    }

    /**
     * Trains on the phrasings' vectors and terms, each labelled with its class: one LIBLINEAR model per class
     * against all the others, as LIBLINEAR itself does for several classes — here with the classes
     * trained side by side on all cores, each from the same starting state, so that the result does not
     * depend on the order they are trained in. About a second for the real corpus (28 classes),
     * while the index is written; an index kept on disk keeps its classifier too ({@link #writeTo}), so
     * a start with an unchanged corpus does not train.
     */
    static EntryClassifier train(List<float[]> vectors, List<Set<Term>> terms, int[] classOf) {
        LinearWeights[] weightsOfClass = new LinearWeights[IntStream.of(classOf).max().orElse(-1) + 1];
        TermFeatures termFeatures = TermFeatures.learnedFrom(terms);
        if (IntStream.of(classOf).distinct().count() * vectors.size() > MAX_WORK) {
            return new EntryClassifier(weightsOfClass, termFeatures);   // nothing trained: every probability 0
        }
        Feature[][] x = IntStream.range(0, vectors.size())
                .mapToObj(i -> LinearWeights.features(termFeatures.appendedTo(vectors.get(i), terms.get(i))))
                .toArray(Feature[][]::new);
        int dimensions = vectors.get(0).length + termFeatures.size();
        IntStream.of(classOf).distinct().parallel()
                .forEach(label -> weightsOfClass[label] = againstTheRest(label, x, dimensions, classOf));
        return new EntryClassifier(weightsOfClass, termFeatures);
    }

    /** One class's model: its phrasings against all the others'. */
    private static LinearWeights againstTheRest(int label, Feature[][] x, int dimensions, int[] classOf) {
        if (IntStream.of(classOf).allMatch(c -> c == label)) {
            return new LinearWeights(new float[dimensions], 0);   // the only class: nothing to learn, every question is its
        }
        double[] y = IntStream.of(classOf).mapToDouble(c -> c == label ? 1 : -1).toArray();
        return LinearWeights.trained(x, y, dimensions, new Parameter(SolverType.L2R_LR_DUAL, COST, TOLERANCE));
    }

    /** Keeps the trained weights as one more file of an index's directory, checksummed as Lucene's own files are. */
    void writeTo(Directory directory) throws IOException {
        try (IndexOutput out = directory.createOutput(FILE, IOContext.DEFAULT)) {
            CodecUtil.writeHeader(out, CODEC, VERSION);
            out.writeVInt(weightsOfClass.length);
            for (LinearWeights weights : weightsOfClass) {
                LinearWeights.writeTo(out, weights);
            }
            termFeatures.writeTo(out);
            CodecUtil.writeFooter(out);
        }
    }

    /** The classifier kept in an index's directory by {@link #writeTo}; an exception if it is missing or damaged. */
    static EntryClassifier readFrom(Directory directory) throws IOException {
        try (ChecksumIndexInput in = directory.openChecksumInput(FILE, IOContext.READONCE)) {
            CodecUtil.checkHeader(in, CODEC, VERSION, VERSION);
            LinearWeights[] weightsOfClass = new LinearWeights[in.readVInt()];
            for (int label = 0; label < weightsOfClass.length; label++) {
                weightsOfClass[label] = LinearWeights.readFrom(in);
            }
            TermFeatures termFeatures = TermFeatures.readFrom(in);
            CodecUtil.checkFooter(in);
            return new EntryClassifier(weightsOfClass, termFeatures);
        }
    }

    /**
     * Training takes time in proportion to classes × phrasings (each class's model reads every
     * phrasing): about a second for the real corpus's 28 × 1,500. Above this, some twelve times
     * that, no classifier is trained — a start or reload would wait for many seconds, and for a
     * corpus of thousands of entries, hours — and choices are put in order by confidence alone.
     */
    static final long MAX_WORK = 500_000;

    /** The file in an index's directory that holds the weights; not a name Lucene's own files use. */
    static final String FILE = "entry-classifier.weights";
    private static final String CODEC = "PensionBotEntryClassifier";
    private static final int VERSION = 3;

    /**
     * The probability, by class number, that a question with this vector and these terms belongs to each
     * class: each class's logistic score, normalised to sum to 1 (as LIBLINEAR does for several classes);
     * all 0 when the corpus was too large to train on ({@link #MAX_WORK}).
     */
    double[] probabilities(float[] questionVector, Set<Term> questionTerms) {
        double[] probabilities = new double[weightsOfClass.length];
        TermFeatures.Words words = termFeatures.of(questionTerms);
        double sum = 0;
        for (int label = 0; label < weightsOfClass.length; label++) {
            LinearWeights weights = weightsOfClass[label];
            if (weights != null) {
                probabilities[label] = weights.probability(questionVector, words);
                sum += probabilities[label];
            }
        }
        for (int label = 0; label < probabilities.length && sum > 0; label++) {
            probabilities[label] /= sum;
        }
        return probabilities;
    }
}
