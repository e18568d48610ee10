package org.pensionbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongHeap;

/**
 * The Lucene side of {@link FaqIndex}: one in-memory document per question variant, holding the
 * variant's {@link TermCode}s as pre-analysed binary terms, so each variant is analysed once (by
 * {@link TextTerms}) and never again by Lucene. Postings keep document ids only. A search scores
 * each variant by the summed rarity of the question terms it contains (BM25's inverse document
 * frequency: without term frequencies or lengths, BM25's other factor is one constant), which is
 * all candidate selection needs.
 *
 * <p>Lucene keeps the terms dictionary and the postings; the scores are summed here, term at a
 * time. Lucene's query machinery (weights, per-term scorers, a collector and merging its results)
 * is built for indexes far larger than a FAQ's and cost 30 to 60 µs of set-up per query, about
 * as much as everything else a short question costs; a long question runs up to seven queries
 * over mostly the same terms. Here each term's postings are read once and kept for later
 * questions ({@link #readPostings}). The candidates are the same as a Lucene disjunction's
 * scored by rarity ({@code CandidateIndexTest} compares them): each term's rarity is the float
 * {@code BM25Similarity.idf} gives, Lucene too sums a document's floats in a double (exact for a
 * dozen floats of nearby magnitude, so the order does not matter), and ties go to the lower
 * document id.
 *
 * <p>Two choices keep search fast on a large corpus without changing what a small one finds:
 * <ul>
 *   <li>Documents are added lightest variant first (least total term weight, i.e. the shortest
 *       in meaning), so among equal scores the tie-break by document id prefers the variants a
 *       short question covers best, as length normalisation would.</li>
 *   <li>Each term's postings keep at most {@link #POSTINGS_PER_TERM} documents, the lightest
 *       variants containing it (a "champion list"). The real corpus has no term that common;
 *       at 10,000 entries, 认证 is in over 100,000 variants and scanning them all cost
 *       milliseconds per question. The confidence model still sees every term of a candidate.</li>
 * </ul>
 *
 * <p>Built in parallel, deterministically; immutable and safe for concurrent searches once built.
 */
final class CandidateIndex {

    /** At most this many variants per term are searchable: the lightest ones containing it. */
    static final int POSTINGS_PER_TERM = 1_000;
    /** At most this many document ids are kept in {@link #readPostings}, 8 MB. */
    static final long MAX_READ_DOCUMENTS = 2_000_000;

    /** The one indexed field: a variant's searchable codes. */
    static final String TERMS = "terms";
    private static final FieldType CODES = codesFieldType();
    /** Below this many variants per thread, splitting the work costs more than it saves. */
    private static final int MIN_PART_SIZE = 5_000;

    private final IndexReader reader;
    /** The index parts, in document order; each part's documents follow the previous part's. */
    private final List<LeafReaderContext> parts;
    /** Documents with at least one searchable term: the population rarity is measured against. */
    private final int documentCount;
    /** The variant ordinal of each document id. */
    private final int[] ordinalOfDocument;
    /**
     * The postings of terms searched so far, by code, for every search to share: a term's first
     * search seeks it in Lucene's terms dictionary and decodes its postings (1 to 2 µs, most of a
     * short question's search); later ones find them here. Bounded by {@link #MAX_READ_DOCUMENTS}
     * document ids in all (the real corpus's postings fit many times over); a term beyond the
     * bound is read once per question.
     */
    private final Map<Long, Postings> readPostings = new ConcurrentHashMap<>();
    private final AtomicLong readDocuments = new AtomicLong();
    private final long maxReadDocuments;
    /** Per thread, a score per document (see {@link Scores}). */
    private final ThreadLocal<Scores> scores;

    private CandidateIndex(IndexReader reader, int[] ordinalOfDocument, long maxReadDocuments) throws IOException {
        this.reader = reader;
        this.parts = reader.leaves();
        int withTerms = 0;
        for (LeafReaderContext part : parts) {
            Terms terms = part.reader().terms(TERMS);
            withTerms += terms == null ? 0 : terms.getDocCount();
        }
        this.documentCount = withTerms;
        this.ordinalOfDocument = ordinalOfDocument;
        this.maxReadDocuments = maxReadDocuments;
        this.scores = ThreadLocal.withInitial(() -> new Scores(reader.maxDoc()));
    }

    /**
     * Indexes {@code variants} (a variant's ordinal is its position in the list), given each
     * variant's total term weight and the corpus's term weights. The documents, in weight order,
     * are cut into one contiguous part per processor, each indexed by one thread into its own
     * directory, and the parts are read in order: the result never depends on thread timing.
     */
    static CandidateIndex build(List<TermSet> variants, double[] variantWeights, TermWeights weights) {
        return build(variants, variantWeights, weights, MAX_READ_DOCUMENTS);
    }

    /** As {@link #build(List, double[], TermWeights)}, keeping at most {@code maxReadDocuments} in {@link #readPostings}. */
    static CandidateIndex build(List<TermSet> variants, double[] variantWeights, TermWeights weights, long maxReadDocuments) {
        int[] order = lightestFirst(variantWeights);
        long[][] indexedCodes = championCodes(variants, order, weights);
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), order.length / MIN_PART_SIZE));
        List<DirectoryReader> readers = IntStream.range(0, parts).parallel()
                .mapToObj(part -> indexPart(indexedCodes, order.length * part / parts, order.length * (part + 1) / parts))
                .toList();
        try {
            return new CandidateIndex(new MultiReader(readers.toArray(IndexReader[]::new)), order, maxReadDocuments);
        } catch (IOException e) {
            throw new UncheckedIOException("opening the in-memory index failed", e);
        }
    }

    /** A search for one question; it may run several queries, which share their term lookups. */
    Search newSearch() {
        return new Search();
    }

    /** The Lucene index, for tests that compare {@link Search#find} with Lucene's own search. */
    IndexReader reader() {
        return reader;
    }

    /** The variant ordinal of a document id of {@link #reader()}. */
    int ordinalOf(int document) {
        return ordinalOfDocument[document];
    }

    /** A code as the indexed term: its bytes big-endian, so that byte order sorts like the unsigned code. */
    static BytesRef termBytes(long code) {
        return write(code, new BytesRef(new byte[Long.BYTES]));
    }

    /**
     * A term's rarity, as BM25 weighs it: {@code log(1 + (N - n + 0.5) / (n + 0.5))} for a term in
     * {@code n} of {@code N} documents, rounded to a float as {@code BM25Similarity.idf} does.
     */
    static float rarity(int documentFrequency, int documentCount) {
        return (float) Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
    }

    /** Not thread-safe: one per question. */
    final class Search {
        /** Terms this question looked up that did not fit in {@link #readPostings}, by code. */
        private final Map<Long, Postings> unshared = new HashMap<>();
        /** Per index part, one terms dictionary cursor reused for every lookup (created when first needed). */
        private final TermsEnum[] dictionaries = new TermsEnum[parts.size()];
        private final BytesRef bytes = new BytesRef(new byte[Long.BYTES]);
        private PostingsEnum reused;

        private Search() {
        }

        /**
         * Ordinals of up to {@code max} variants sharing the most and rarest of {@code codes},
         * best first (ties: lightest first). The codes are searched as given; choosing which is
         * the caller's business.
         */
        int[] find(long[] codes, int max) {
            Scores sums = scores.get();
            try {
                for (long code : codes) {
                    Postings term = postings(code);
                    sums.add(term.documents(), term.rarity());
                }
                int[] documents = sums.best(max);
                int[] ordinals = new int[documents.length];
                for (int i = 0; i < documents.length; i++) {
                    ordinals[i] = ordinalOf(documents[i]);
                }
                return ordinals;
            } catch (IOException e) {
                throw new UncheckedIOException("searching the in-memory index failed", e);
            } finally {
                sums.clear();
            }
        }

        /** The term's postings: kept from an earlier search, or read now (and kept if they fit). */
        private Postings postings(long code) throws IOException {
            Postings known = readPostings.get(code);
            if (known == null) {
                known = unshared.get(code);
            }
            if (known == null) {
                known = lookUp(code);
                // Two threads may read the same new term at once: both count, one is kept. The
                // budget only has to be roughly right.
                if (readDocuments.addAndGet(known.documents().length) <= maxReadDocuments) {
                    readPostings.putIfAbsent(code, known);
                } else {
                    unshared.put(code, known);
                }
            }
            return known;
        }

        /** The term's documents in every part, in id order; reusing one cursor per part saves setting up a new one per term. */
        private Postings lookUp(long code) throws IOException {
            write(code, bytes);
            int[] documents = new int[0];
            int found = 0;
            for (LeafReaderContext part : parts) {
                TermsEnum dictionary = dictionaries[part.ord];
                if (dictionary == null) {
                    Terms terms = part.reader().terms(TERMS);
                    if (terms == null) {
                        continue;
                    }
                    dictionary = terms.iterator();
                    dictionaries[part.ord] = dictionary;
                }
                if (dictionary.seekExact(bytes)) {
                    documents = Arrays.copyOf(documents, found + dictionary.docFreq());
                    reused = dictionary.postings(reused, PostingsEnum.NONE);
                    for (int doc = reused.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = reused.nextDoc()) {
                        documents[found++] = part.docBase + doc;
                    }
                }
            }
            return new Postings(documents, rarity(found, documentCount));
        }
    }

    /** A term's documents (ids in order) and the rarity each of them scores for containing it. */
    private record Postings(int[] documents, float rarity) {
    }

    /**
     * One query's score per document, summed term by term, and the documents touched, so that
     * clearing costs what the query did. Dense, because a query touches at most a dozen
     * postings lists of at most {@link #POSTINGS_PER_TERM} each; kept per thread, because at
     * 10,000 entries it is over a megabyte. Static, so that a thread's array never keeps an
     * index that a reload replaced alive.
     */
    private static final class Scores {
        private final double[] sums;
        private final int[] touched;
        private int touchedCount;

        Scores(int documents) {
            this.sums = new double[documents];
            this.touched = new int[documents];
        }

        void add(int[] documents, float rarity) {
            for (int document : documents) {
                if (sums[document] == 0) {
                    touched[touchedCount++] = document;
                }
                sums[document] += rarity;
            }
        }

        /**
         * The {@code max} best documents, best first. A hit is one long, its score's bits above
         * its id's complement: scores are positive, so a greater long is a higher score or, on a
         * tie, a lower id. Lucene's {@link LongHeap} keeps the greatest.
         */
        int[] best(int max) {
            if (max <= 0 || touchedCount == 0) {
                return new int[0];
            }
            LongHeap hits = new LongHeap(Math.min(max, touchedCount));
            for (int i = 0; i < touchedCount; i++) {
                int document = touched[i];
                hits.insertWithOverflow(((long) Float.floatToIntBits((float) sums[document]) << 32) | (Integer.MAX_VALUE - document));
            }
            int[] documents = new int[hits.size()];
            for (int i = documents.length - 1; i >= 0; i--) {
                documents[i] = Integer.MAX_VALUE - (int) hits.pop(); // the least first
            }
            return documents;
        }

        void clear() {
            for (int i = 0; i < touchedCount; i++) {
                sums[touched[i]] = 0;
            }
            touchedCount = 0;
        }
    }

    /**
     * Whether a term is indexed. Single characters are not: they are a third of all terms, the
     * most common third, and a variant worth considering shares a word or a character pair too.
     * (They still count when candidates are scored.)
     */
    static boolean isSearchable(long code) {
        return TermCode.kind(code) != TermCode.UNIGRAM;
    }

    /** Variant ordinals by ascending weight, ties by ordinal. */
    private static int[] lightestFirst(double[] variantWeights) {
        long[] keys = new long[variantWeights.length];
        for (int i = 0; i < keys.length; i++) {
            // A non-negative float's bits sort like the float; the ordinal fills the low half.
            keys[i] = ((long) Float.floatToIntBits((float) Math.max(0, variantWeights[i])) << 32) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }

    /** Per document (in {@code order}), the searchable codes whose postings keep it. */
    private static long[][] championCodes(List<TermSet> variants, int[] order, TermWeights weights) {
        // Only the few terms over the cap are counted: a small table that stays in the cache,
        // where looking every code up in the corpus-wide frequencies would miss it.
        long[] capped = weights.termsInMoreThan(POSTINGS_PER_TERM);
        LongIntMap taken = new LongIntMap(capped.length); // 1 + occurrences so far
        // Most codes are not capped: the filter answers for them without a probe.
        CodeFilter cappedFilter = new CodeFilter(16);
        for (long code : capped) {
            taken.put(code, 1);
            cappedFilter.add(code);
        }
        long[][] indexed = new long[order.length][];
        long[] buffer = new long[64];
        for (int document = 0; document < order.length; document++) {
            TermSet terms = variants.get(order[document]);
            if (buffer.length < terms.size()) {
                buffer = new long[terms.size()];
            }
            int kept = 0;
            for (int i = 0; i < terms.size(); i++) {
                long code = terms.code(i);
                if (!isSearchable(code)) {
                    continue;
                }
                // For a capped term, 1 + its earlier occurrences (0 for any other term).
                if (cappedFilter.mightContain(code) && taken.incrementIfPresent(code) > POSTINGS_PER_TERM) {
                    continue;
                }
                buffer[kept++] = code;
            }
            indexed[document] = Arrays.copyOf(buffer, kept);
        }
        return indexed;
    }

    /** Indexes documents {@code [from, to)} into a directory of their own. */
    private static DirectoryReader indexPart(long[][] codes, int from, int to) {
        // Each file in one buffer: every term lookup clones its input, and cloning a file held as
        // many small buffers copies the whole buffer list each time.
        ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        IndexWriterConfig config = new IndexWriterConfig()
                .setRAMBufferSizeMB(512)
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setUseCompoundFile(false);
        // One token stream and document, refilled per variant: setting up a token stream's
        // attributes costs more than indexing a variant's few dozen terms.
        CodeStream stream = new CodeStream();
        Document document = new Document();
        document.add(new Field(TERMS, stream, CODES));
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = from; i < to; i++) {
                stream.fill(codes[i]);
                writer.addDocument(document);
            }
            writer.commit();
            return DirectoryReader.open(directory);
        } catch (IOException e) {
            // An in-memory directory does no real I/O.
            throw new UncheckedIOException("building the in-memory index failed", e);
        }
    }

    private static FieldType codesFieldType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.setStored(false);
        type.freeze();
        return type;
    }

    /** Writes the code into {@code bytes} big-endian, so that byte order sorts like the unsigned code. */
    private static BytesRef write(long code, BytesRef bytes) {
        for (int i = 0; i < Long.BYTES; i++) {
            bytes.bytes[i] = (byte) (code >>> (56 - 8 * i));
        }
        return bytes;
    }

    /** A document's codes as a stream of binary tokens, one per code. */
    private static final class CodeStream extends TokenStream {
        private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
        private final BytesRef buffer = new BytesRef(new byte[Long.BYTES]);
        private long[] codes = new long[0];
        private int next;

        /** The codes of the next document to index. */
        void fill(long[] documentCodes) {
            this.codes = documentCodes;
        }

        @Override
        public boolean incrementToken() {
            if (next == codes.length) {
                return false;
            }
            clearAttributes();
            // One buffer for every token: the indexer copies a token's bytes before asking for
            // the next, and a 10,000-entry corpus has millions of tokens.
            term.setBytesRef(write(codes[next++], buffer));
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
