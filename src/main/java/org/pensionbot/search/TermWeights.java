package org.pensionbot.search;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * How informative each term is, from how many FAQ variants contain it (inverse document
 * frequency). A word that appears in every variant ({@code 认证}) says little about which entry
 * is meant; a word that appears in one ({@code 领事}) says a lot.
 *
 * <p>Terms are {@link TermCode}s, which carry their kind, so the same characters as a word and as
 * a character pair are weighed separately. Immutable once built.
 */
final class TermWeights {

    /** Single characters are weak evidence on their own; pairs and words carry the meaning. */
    static final double UNIGRAM_FACTOR = 0.4;

    /**
     * Weight factors for a question term that no variant contains. An unknown *word* counts in
     * full: the user asked about something we have no words for ("支付宝怎么转账"). An unknown
     * character pair counts little: most are artefacts of pairing across a word boundary
     * ("宝上" in "支付宝上"), not meaning.
     */
    static final double UNKNOWN_WORD_FACTOR = 1.0;
    static final double UNKNOWN_GRAM_FACTOR = 0.25;

    /**
     * Document frequency per term, in shards by the code's top bits: each shard is counted by its
     * own thread (ten million codes at 10,000 entries), and a smaller table misses the cache less.
     */
    private final LongIntMap[] documentFrequency;
    private final int documents;
    /** {@link #idf} of every possible document frequency, so that weighing needs no logarithm. */
    private final double[] idfByFrequency;

    private TermWeights(LongIntMap[] documentFrequency, int documents) {
        this.documentFrequency = documentFrequency;
        this.documents = documents;
        this.idfByFrequency = new double[documents + 1];
        for (int df = 1; df <= documents; df++) {
            idfByFrequency[df] = idf(df);
        }
        idfByFrequency[0] = idf(1);
    }

    /** Weights from the terms of all variants (one set per variant). */
    static TermWeights of(List<TermSet> variants) {
        // A power of two, one per processor, and none worth a thread below 5,000 variants each.
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), variants.size() / 5_000));
        int shards = Integer.highestOneBit(threads * 2 - 1);
        LongIntMap[] counts = IntStream.range(0, shards).parallel().mapToObj(shard -> {
            LongIntMap shardCounts = new LongIntMap(1 << 12);
            for (TermSet terms : variants) {
                for (int i = 0; i < terms.size(); i++) {
                    long code = terms.code(i);
                    if (shard(code, shards) == shard) {
                        shardCounts.increment(code);
                    }
                }
            }
            return shardCounts;
        }).toArray(LongIntMap[]::new);
        return new TermWeights(counts, Math.max(variants.size(), 1));
    }

    private static int shard(long code, int shards) {
        return (int) (code >>> 56) & (shards - 1);
    }

    /** How many variants contain the term. */
    int documentFrequency(long code) {
        return documentFrequency[shard(code, documentFrequency.length)].get(code);
    }

    /** The terms contained in more than {@code frequency} variants. */
    long[] termsInMoreThan(int frequency) {
        LongStream.Builder common = LongStream.builder();
        for (LongIntMap shard : documentFrequency) {
            shard.forEach((code, count) -> {
                if (count > frequency) {
                    common.add(code);
                }
            });
        }
        return common.build().toArray();
    }

    /** The share of all variants that a term in {@code documentFrequency} of them is in. */
    double share(int documentFrequency) {
        return documentFrequency / (double) documents;
    }

    double weight(long code) {
        return weight(code, documentFrequency(code));
    }

    /** The weight of a term whose {@link #documentFrequency} the caller already knows. */
    double weight(long code, int df) {
        double weight = idfByFrequency[df];
        if (df == 0) {
            weight *= TermCode.kind(code) == TermCode.WORD ? UNKNOWN_WORD_FACTOR : UNKNOWN_GRAM_FACTOR;
        }
        return TermCode.kind(code) == TermCode.UNIGRAM ? weight * UNIGRAM_FACTOR : weight;
    }

    /** The summed weight of all terms in the set. */
    double totalWeight(TermSet terms) {
        double total = 0;
        for (int i = 0; i < terms.size(); i++) {
            total += weight(terms.code(i));
        }
        return total;
    }

    private double idf(int df) {
        return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    }
}
