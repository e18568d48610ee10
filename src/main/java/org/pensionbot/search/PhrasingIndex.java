package org.pensionbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.OutOfScopeTopic;
import org.pensionbot.corpus.ScamExample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of a corpus's phrasings, one document each — what a document holds, and how
 * the index is written in memory, kept on disk ({@link StoredIndexes}) and opened again — with
 * each phrasing's normalised text, in document order. {@link FaqIndex} searches it.
 *
 * @param reader one segment, so document ids are positions in {@code variants}
 * @param variants the phrasings with their normalised text
 * @param classifier trained on the phrasings' vectors when the index was written, and kept with it
 * @param scamClassifier trained then too, on the scam examples' vectors and the phrasings', and kept with it
 */
record PhrasingIndex(DirectoryReader reader, List<Variant> variants, EntryClassifier classifier, ScamClassifier scamClassifier) {

    private static final Logger LOG = LoggerFactory.getLogger(PhrasingIndex.class);

    /**
     * The vector graph (HNSW) sized for a corpus of a few thousand phrasings. Lucene's defaults
     * (16 neighbours per node, a search beam of 100 while building) are made for millions of
     * vectors; here they spent most of an index build comparing vectors (on Java 17 Lucene's
     * vector maths is not vectorised). A smaller graph still finds the same nearest phrasings
     * at this size — eval's misses are identical — and builds several times faster, which is
     * what start-up and every hot reload wait for.
     */
    private static final Codec SMALL_GRAPH_CODEC = new Lucene912Codec() {
        @Override
        public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
            return new Lucene99HnswVectorsFormat(GRAPH_NEIGHBOURS, GRAPH_BEAM_WIDTH);
        }
    };
    static final int GRAPH_NEIGHBOURS = 8;
    static final int GRAPH_BEAM_WIDTH = 40;

    /**
     * Large enough that the whole index is flushed once, as one segment. With Lucene's default
     * (16 MB, about 7,000 phrasings with their vectors) a big corpus was flushed in several
     * segments, and {@code forceMerge(1)} then rebuilt their vector graphs into one: at 1,000
     * entries a warm build took ~26 s instead of ~19 s. The buffer holds only what
     * the finished in-memory index holds anyway.
     */
    private static final double ONE_FLUSH_RAM_MB = 2048;

    /** The phrasing's sentence vector. */
    static final String VECTOR = "vector";
    /**
     * The phrasing as the model reads it, kept (as doc values: read in document order, far faster
     * than stored fields) so that an index opened from disk need not make it again.
     */
    private static final String NORMALIZED = "normalized";
    /** Whether a document is an entry's phrasing or an out-of-scope topic's. */
    private static final String KIND = "kind";
    private static final Term ENTRY_KIND = new Term(KIND, "entry");
    /**
     * Sentences of a longer question look for entries only: a redirect says the whole question is
     * about something else, and one sentence of a long certification question ("身份证、户口本、
     * 社保卡，哪些必须带？") does not make it so. Filtering in the searches, rather than dropping
     * topics afterwards, also leaves every candidate place to an entry.
     */
    static final Query ENTRIES_ONLY = new TermQuery(ENTRY_KIND);
    /**
     * The embedder's vectors have unit length, so their dot product is their cosine at a third of
     * the arithmetic (Lucene's cosine also computes both norms on every comparison). Building the
     * vector graph is mostly such comparisons: at 1,000 synthetic entries this cut the warm build
     * from ~19 s to ~15 s. Lucene scores both the same way, as (1 + cosine) / 2.
     */
    private static final VectorSimilarityFunction SIMILARITY = VectorSimilarityFunction.DOT_PRODUCT;

    /**
     * The index of {@code corpus}'s phrasings: the one kept on disk for exactly this corpus and
     * code if there is a sound one, else written now (and kept).
     */
    static PhrasingIndex openOrWrite(Corpus corpus, ChineseAnalysis analysis, SentenceEmbedder embedder, StoredIndexes stored) {
        List<Phrasing> phrasings = phrasingsOf(corpus);
        Optional<IndexFingerprint> fingerprint = IndexFingerprint.of(phrasings, corpus.synonyms(), corpus.scamExamples(),
                SentenceEmbedder.MODEL_ID);
        Optional<PhrasingIndex> kept = fingerprint.flatMap(key -> stored.open(key, phrasings.size()))
                .flatMap(reader -> readBack(phrasings, reader));
        try {
            return kept.isPresent() ? kept.get() : written(corpus, phrasings, analysis, embedder, fingerprint, stored);
        } catch (IOException e) {
            throw new UncheckedIOException("building the index", e);
        }
    }

    /**
     * The phrasings of an index opened from disk, with the normalised text they were indexed with,
     * read back rather than made again. Empty (and the reader closed) if it cannot be read.
     */
    private static Optional<PhrasingIndex> readBack(List<Phrasing> phrasings, DirectoryReader reader) {
        try {
            BinaryDocValues normalized = reader.leaves().get(0).reader().getBinaryDocValues(NORMALIZED);
            List<Variant> variants = new ArrayList<>(phrasings.size());
            for (int doc = 0; doc < phrasings.size(); doc++) {
                if (normalized == null || !normalized.advanceExact(doc)) {
                    throw new IOException("document " + doc + " has no normalised text");
                }
                variants.add(Variant.of(phrasings.get(doc), normalized.binaryValue().utf8ToString()));
            }
            return Optional.of(new PhrasingIndex(reader, variants, EntryClassifier.readFrom(reader.directory()),
                    ScamClassifier.readFrom(reader.directory())));
        } catch (IOException | RuntimeException e) {
            LOG.info("Not using the kept index: {} (it is built again)", e.toString());
            IOUtils.closeWhileHandlingException(reader);
            return Optional.empty();
        }
    }

    /** Normalises the phrasings, writes their index in memory, keeps a copy on disk when it can, and opens it. */
    private static PhrasingIndex written(Corpus corpus, List<Phrasing> phrasings, ChineseAnalysis analysis, SentenceEmbedder embedder,
                                  Optional<IndexFingerprint> fingerprint, StoredIndexes stored) throws IOException {
        List<Variant> variants = phrasings.stream().map(phrasing -> Variant.of(phrasing, analysis)).toList();
        List<float[]> vectors = embedder.embedCorpusTexts(variants.stream().map(Variant::normalized).toList());
        List<String> examples = corpus.scamExamples().stream().map(example -> analysis.normalizer().normalize(example.message())).toList();
        List<float[]> exampleVectors = embedder.embedCorpusTexts(examples);
        // The classifiers need only the vectors and terms: they learn while the index is written (a reload waits
        // for the slowest, not for all).
        List<Set<Term>> terms = variants.stream().map(variant -> analysis.terms(variant.normalized())).toList();
        CompletableFuture<EntryClassifier> training = CompletableFuture.supplyAsync(
                () -> EntryClassifier.train(vectors, terms, classesOf(variants)));
        CompletableFuture<ScamClassifier> scamTraining = CompletableFuture.supplyAsync(
                () -> scamClassifier(corpus, variants, readings(vectors, terms),
                        readings(exampleVectors, examples.stream().map(analysis::terms).toList())));
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis.analyzer())
                .setCodec(SMALL_GRAPH_CODEC)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(ONE_FLUSH_RAM_MB))) {
            for (int i = 0; i < variants.size(); i++) {
                Document document = new Document();
                document.add(new TextField(ChineseAnalysis.WORDS, variants.get(i).text(), Field.Store.NO));
                document.add(new TextField(ChineseAnalysis.GRAMS, variants.get(i).text(), Field.Store.NO));
                document.add(new KnnFloatVectorField(VECTOR, vectors.get(i), SIMILARITY));
                document.add(new BinaryDocValuesField(NORMALIZED, new BytesRef(variants.get(i).normalized())));
                document.add(new StringField(KIND, variants.get(i).entry() != null ? ENTRY_KIND.text() : "topic", Field.Store.NO));
                writer.addDocument(document);
            }
            // One segment keeps document ids equal to positions in the variant list.
            writer.forceMerge(1);
        }
        EntryClassifier classifier = training.join();
        classifier.writeTo(directory);
        ScamClassifier scamClassifier = scamTraining.join();
        scamClassifier.writeTo(directory);
        fingerprint.ifPresent(key -> stored.save(key, directory));
        return new PhrasingIndex(DirectoryReader.open(directory), variants, classifier, scamClassifier);
    }

    /**
     * Learns to read scams ({@link ScamClassifier}): the scam examples and the fraud entry's phrasings
     * against every other phrasing, of entries and of neighbouring topics, and the ordinary examples.
     */
    private static ScamClassifier scamClassifier(Corpus corpus, List<Variant> variants, List<Reading> readingOfVariant,
                                                 List<Reading> readingOfExample) {
        if (corpus.scamExamples().stream().noneMatch(ScamExample::alarm)) {
            return ScamClassifier.NONE;
        }
        String fraudEntry = corpus.menus().fraudEntry();
        List<Reading> scams = new ArrayList<>();
        List<Reading> ordinary = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            Variant variant = variants.get(i);
            boolean fraud = variant.entry() != null && variant.entry().id().equals(fraudEntry);
            (fraud ? scams : ordinary).add(readingOfVariant.get(i));
        }
        for (int i = 0; i < readingOfExample.size(); i++) {
            (corpus.scamExamples().get(i).alarm() ? scams : ordinary).add(readingOfExample.get(i));
        }
        return ScamClassifier.train(scams, ordinary);
    }

    private static List<Reading> readings(List<float[]> vectors, List<Set<Term>> terms) {
        return IntStream.range(0, vectors.size()).mapToObj(i -> new Reading(vectors.get(i), terms.get(i))).toList();
    }

    /**
     * What the classifier tells apart: each entry (its owner key), and the neighbouring topics as one
     * class (numbered after every entry, as the first topic's key is). One model per topic took more
     * than half as long again to train and put no choice in a better order on the development sets
     * or the stand-in.
     */
    static int[] classesOf(List<Variant> variants) {
        int neighbouringTopics = (int) variants.stream().filter(variant -> variant.entry() != null)
                .mapToInt(Variant::ownerKey).distinct().count();
        return variants.stream().mapToInt(variant -> variant.entry() != null ? variant.ownerKey() : neighbouringTopics).toArray();
    }

    /** Every entry's title, phrasings and keywords, then every topic's questions: document order. */
    static List<Phrasing> phrasingsOf(Corpus corpus) {
        List<Phrasing> phrasings = new ArrayList<>();
        int owner = 0;
        for (FaqEntry entry : corpus.entries()) {
            int key = owner++;
            Set<String> texts = new LinkedHashSet<>();
            texts.add(entry.title());
            texts.addAll(entry.questions());
            if (!entry.keywords().isEmpty()) {
                texts.add(String.join(" ", entry.keywords()));
            }
            texts.forEach(text -> phrasings.add(new Phrasing(entry, null, key, text)));
        }
        for (OutOfScopeTopic topic : corpus.outOfScope()) {
            int key = owner++;
            new LinkedHashSet<>(topic.questions()).forEach(text -> phrasings.add(new Phrasing(null, topic, key, text)));
        }
        return phrasings;
    }
}
