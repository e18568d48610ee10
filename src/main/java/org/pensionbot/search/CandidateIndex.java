package org.pensionbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene side of {@link FaqIndex}: one in-memory document per question variant, holding the
 * variant's {@link TermCode}s as pre-analysed binary terms, so each variant is analysed once (by
 * {@link TextTerms}) and never again by Lucene. Postings keep document ids only: a disjunction
 * over them scores a variant by the summed rarity of the question terms it contains
 * ({@link RaritySimilarity}), which is all candidate selection needs.
 *
 * <p>Two choices keep search fast on a large corpus without changing what a small one finds:
 * <ul>
 *   <li>Documents are added lightest variant first (least total term weight, i.e. the shortest
 *       in meaning), so among equal scores Lucene's tie-break by document id prefers the
 *       variants a short question covers best, as length normalisation would.</li>
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

    private static final String TERMS = "terms";
    private static final FieldType CODES = codesFieldType();
    /** Below this many variants per thread, splitting the work costs more than it saves. */
    private static final int MIN_PART_SIZE = 5_000;

    private final IndexSearcher searcher;
    /** The variant ordinal of each Lucene document id. */
    private final int[] ordinalOfDocument;

    private CandidateIndex(IndexSearcher searcher, int[] ordinalOfDocument) {
        this.searcher = searcher;
        this.ordinalOfDocument = ordinalOfDocument;
    }

    /**
     * Indexes {@code variants} (a variant's ordinal is its position in the list), given each
     * variant's total term weight and the corpus's term weights. The documents, in weight order,
     * are cut into one contiguous part per processor, each indexed by one thread into its own
     * directory, and the parts are read in order: the result never depends on thread timing.
     */
    static CandidateIndex build(List<TermSet> variants, double[] variantWeights, TermWeights weights) {
        int[] order = lightestFirst(variantWeights);
        long[][] indexedCodes = championCodes(variants, order, weights);
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), order.length / MIN_PART_SIZE));
        List<DirectoryReader> readers = IntStream.range(0, parts).parallel()
                .mapToObj(part -> indexPart(indexedCodes, order.length * part / parts, order.length * (part + 1) / parts))
                .toList();
        try {
            IndexSearcher searcher = new IndexSearcher(new MultiReader(readers.toArray(IndexReader[]::new)));
            searcher.setQueryCache(null); // every question is a new query; caching only costs
            searcher.setSimilarity(new RaritySimilarity());
            return new CandidateIndex(searcher, order);
        } catch (IOException e) {
            throw new UncheckedIOException("opening the in-memory index failed", e);
        }
    }

    /** A search for one question; it may run several queries, which share their term lookups. */
    Search newSearch() {
        return new Search();
    }

    /** Not thread-safe: one per question. */
    final class Search {
        private final Map<Long, TermStates> termStates = new HashMap<>();
        /** Per index part, one terms dictionary cursor reused for every lookup (created when first needed). */
        private final TermsEnum[] dictionaries = new TermsEnum[searcher.getIndexReader().leaves().size()];

        private Search() {
        }

        /**
         * Ordinals of up to {@code max} variants sharing the most and rarest of {@code codes},
         * best first. The codes are searched as given; choosing which is the caller's business.
         */
        int[] find(long[] codes, int max) {
            if (codes.length == 0) {
                return new int[0];
            }
            try {
                BooleanQuery.Builder query = new BooleanQuery.Builder();
                for (long code : codes) {
                    Term term = new Term(TERMS, bytes(code));
                    TermStates states = termStates.get(code);
                    if (states == null) {
                        states = lookUp(term);
                        termStates.put(code, states);
                    }
                    query.add(new TermQuery(term, states), BooleanClause.Occur.SHOULD);
                }
                // Counting only as many hits as wanted lets Lucene skip blocks of documents that
                // cannot enter the top (the default counts the first 1,000 exactly).
                ScoreDoc[] hits = searcher.search(query.build(), new TopScoreDocCollectorManager(max, max)).scoreDocs;
                int[] ordinals = new int[hits.length];
                for (int i = 0; i < hits.length; i++) {
                    ordinals[i] = ordinalOfDocument[hits[i].doc];
                }
                return ordinals;
            } catch (IOException e) {
                throw new UncheckedIOException("searching the in-memory index failed", e);
            }
        }

        /**
         * The term's entry in each part's dictionary. Looking terms up is most of a query's cost;
         * reusing one cursor per part saves setting up a new one per term, as
         * {@link TermStates#build} would.
         */
        private TermStates lookUp(Term term) throws IOException {
            TermStates states = new TermStates(searcher.getTopReaderContext());
            for (LeafReaderContext part : searcher.getIndexReader().leaves()) {
                TermsEnum dictionary = dictionaries[part.ord];
                if (dictionary == null) {
                    Terms terms = part.reader().terms(TERMS);
                    if (terms == null) {
                        continue;
                    }
                    dictionary = terms.iterator();
                    dictionaries[part.ord] = dictionary;
                }
                if (dictionary.seekExact(term.bytes())) {
                    states.register(dictionary.termState(), part.ord, dictionary.docFreq(), dictionary.totalTermFreq());
                }
            }
            return states;
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
        LongIntMap taken = new LongIntMap(capped.length); // 1 + postings kept so far
        for (long code : capped) {
            taken.put(code, 1);
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
                int counted = taken.get(code);
                if (counted > 0) {
                    if (counted > POSTINGS_PER_TERM) {
                        continue;
                    }
                    taken.put(code, counted + 1);
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

    private static BytesRef bytes(long code) {
        return write(code, new BytesRef(new byte[Long.BYTES]));
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
