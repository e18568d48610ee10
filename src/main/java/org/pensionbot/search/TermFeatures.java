package org.pensionbot.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;

/**
 * A text's words as features for {@link EntryClassifier}, beside its sentence vector: each of its
 * Lucene terms (the analysis chain's dictionary words and character bigrams, {@link ChineseAnalysis})
 * hashed to one of {@link #BUCKETS} buckets, weighted by how rare the bucket is among the corpus's
 * phrasings (inverse document frequency), the whole scaled to length 1 — a bag of words as a linear
 * classifier reads it. The hashing keeps the feature space fixed whatever words the corpus uses (a term
 * no phrasing has lands in a bucket no phrasing set, which weighs nothing); at 2<sup>14</sup> buckets for
 * the real corpus's few thousand terms, few share one.
 *
 * <p>Why words as well as the vector: the classifier learns which words tell entries apart ("到期"
 * for the result, "提醒" for the reminders, "停发" for a missed deadline), where the vector blurs a short or
 * mistyped question. In an offline probe on the real development questions against the corpus of commit
 * e032ee6 (the stand-in for unseen questions), the classifier's own first choice was right for 196 of 255 with
 * the words against 183 with the vector alone; in the bot, answered right rose on every development set and the
 * stand-in, the frozen half's by 0.8 points (BENCHMARKS.md, 2026-12-05). The words are read without their
 * negation ("不用手机" counts 手机 as "手机上" does): read apart, they measured mixed.
 *
 * <p>Immutable and safe for concurrent use.
 */
final class TermFeatures {

    /** How many buckets the terms are hashed to: a power of two. */
    static final int BUCKETS = 1 << 14;

    /** Each bucket's inverse document frequency among the phrasings; 0 for a bucket no phrasing has. */
    private final float[] weightOfBucket;

    private TermFeatures(float[] weightOfBucket) {
        this.weightOfBucket = weightOfBucket;
    }

    /** The weights learned from the phrasings' terms: {@code log(1 + phrasings / phrasings with the bucket)}. */
    static TermFeatures learnedFrom(List<Set<Term>> termsOfPhrasings) {
        int[] phrasingsWithBucket = new int[BUCKETS];
        for (Set<Term> terms : termsOfPhrasings) {
            terms.stream().mapToInt(TermFeatures::bucket).distinct().forEach(bucket -> phrasingsWithBucket[bucket]++);
        }
        float[] weightOfBucket = new float[BUCKETS];
        for (int bucket = 0; bucket < BUCKETS; bucket++) {
            if (phrasingsWithBucket[bucket] > 0) {
                weightOfBucket[bucket] = (float) Math.log(1 + (double) termsOfPhrasings.size() / phrasingsWithBucket[bucket]);
            }
        }
        return new TermFeatures(weightOfBucket);
    }

    /** How many features {@link #appendedTo} adds to a vector. */
    int size() {
        return BUCKETS;
    }

    /**
     * The features of {@code terms}, kept sparse: the buckets they fall in and each one's weight, L2-normalised.
     * A question has a few dozen terms; reading it this way costs that many multiplications per model instead of
     * the {@value #BUCKETS} of the appended vector ({@link LinearWeights#probability(float[], Words)}).
     */
    Words of(Set<Term> terms) {
        int[] buckets = terms.stream().mapToInt(TermFeatures::bucket).distinct().toArray();   // a bucket counts once, as a document frequency does
        float[] values = new float[buckets.length];
        double squares = 0;
        for (int i = 0; i < buckets.length; i++) {
            values[i] = weightOfBucket[buckets[i]];
            squares += (double) values[i] * values[i];
        }
        float scale = squares == 0 ? 0 : (float) (1 / Math.sqrt(squares));
        for (int i = 0; i < values.length; i++) {
            values[i] *= scale;
        }
        return new Words(buckets, values);
    }

    /** {@code vector} followed by the features of {@code terms}, written out: what the classifiers learn from. */
    float[] appendedTo(float[] vector, Set<Term> terms) {
        float[] features = Arrays.copyOf(vector, vector.length + BUCKETS);
        Words words = of(terms);
        for (int i = 0; i < words.buckets().length; i++) {
            features[vector.length + words.buckets()[i]] = words.values()[i];
        }
        return features;
    }

    /**
     * A text's word features ({@link #of}): which buckets, after the vector, hold which value; every other is 0.
     *
     * @param buckets distinct bucket numbers
     * @param values the value in each of {@code buckets}, in the same order
     */
    record Words(int[] buckets, float[] values) {
    }

    /** A term's bucket: from {@link String#hashCode}, which Java specifies, so a stored index reads the same everywhere. */
    private static int bucket(Term term) {
        return Math.floorMod(31 * term.field().hashCode() + term.text().hashCode(), BUCKETS);
    }

    /** Writes the buckets' weights, for {@link #readFrom}. */
    void writeTo(DataOutput out) throws IOException {
        out.writeVInt(weightOfBucket.length);
        for (float weight : weightOfBucket) {
            out.writeInt(Float.floatToIntBits(weight));
        }
    }

    /** Weights written by {@link #writeTo}; an exception for another number of buckets than this code hashes to. */
    static TermFeatures readFrom(DataInput in) throws IOException {
        int buckets = in.readVInt();
        if (buckets != BUCKETS) {
            throw new CorruptIndexException("term features for " + buckets + " buckets, not " + BUCKETS, in.toString());
        }
        float[] weightOfBucket = new float[buckets];
        for (int bucket = 0; bucket < weightOfBucket.length; bucket++) {
            weightOfBucket[bucket] = Float.intBitsToFloat(in.readInt());
        }
        return new TermFeatures(weightOfBucket);
    }
}
