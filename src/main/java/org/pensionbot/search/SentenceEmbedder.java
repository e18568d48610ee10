package org.pensionbot.search;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.util.VectorUtil;

/**
 * Turns a sentence into a unit-length vector whose cosine with another sentence's says how close
 * their meanings are. The model is BAAI's bge-small-zh-v1.5 (quantised ONNX, 512 dimensions, MIT
 * licence), run in-process by ONNX Runtime through langchain4j; it ships inside its jar, so
 * nothing is fetched at run time.
 *
 * <p>Texts are embedded as they are, without BGE's retrieval instruction prefix: for a question
 * against other questions it lowered nearest-variant accuracy on real questions (78.7 % → 71.3 %).
 *
 * <p>Loading the model costs a second and ~100 MB of native memory, so a process has one
 * instance ({@link #shared()}). Corpus texts go through a {@link VectorCache}; questions never do.
 * Thread-safe.
 */
public final class SentenceEmbedder {

    /** Names the model in cache files: change it when the model changes. */
    static final String MODEL_ID = "bge-small-zh-v1.5-q";
    /** Where corpus vectors are kept between runs, unless {@code VECTOR_CACHE_DIR} says otherwise. */
    static final Path DEFAULT_CACHE_DIR = Path.of("data", "vector-cache");
    /**
     * The model reads at most 512 tokens (about as many Han characters); longer texts are split
     * by the caller into sentences ({@link QuestionPieces}) rather than left to the library,
     * which would average the chunks' vectors.
     */
    static final int WINDOW_CHARS = 500;

    private static final class Holder {
        static final SentenceEmbedder SHARED = load();

        private static SentenceEmbedder load() {
            Optional<Path> cacheDirectory = configuredCacheDirectory();
            cacheDirectory.ifPresent(OnnxNativeLibraries::useCopyIn);
            return new SentenceEmbedder(new BgeSmallZhV15QuantizedEmbeddingModel(), cacheDirectory);
        }
    }

    private final EmbeddingModel model;
    private final Optional<Path> cacheDirectory;
    /** The phrasings' and scam examples' vectors. */
    private final VectorCache cache;
    /**
     * The answers' sentences' vectors, in a small file of their own: a start that opens a kept index needs these but
     * not the phrasings' file, which for a large corpus is the slowest thing to read ({@link VectorCache}).
     */
    private final VectorCache answerCache;

    SentenceEmbedder(EmbeddingModel model, Optional<Path> cacheDirectory) {
        this.model = model;
        this.cacheDirectory = cacheDirectory;
        this.cache = new VectorCache(MODEL_ID, cacheDirectory);
        this.answerCache = new VectorCache(MODEL_ID, "answers", cacheDirectory);
    }

    /** The model, for tests that count what it reads. */
    EmbeddingModel model() {
        return model;
    }

    /** The folder this embedder caches vectors in, where finished indexes are kept too. */
    Optional<Path> cacheDirectory() {
        return cacheDirectory;
    }

    /** The process's one embedder, loaded on first use. */
    public static SentenceEmbedder shared() {
        return Holder.SHARED;
    }

    /** {@code VECTOR_CACHE_DIR}; set to {@code off} (or empty) to keep vectors in memory only. */
    private static Optional<Path> configuredCacheDirectory() {
        String configured = System.getenv("VECTOR_CACHE_DIR");
        if (configured == null) {
            return Optional.of(DEFAULT_CACHE_DIR);
        }
        return configured.isBlank() || configured.equalsIgnoreCase("off") ? Optional.empty() : Optional.of(Path.of(configured));
    }

    /**
     * The vector of one question (not cached). A text of which the model's tokenizer keeps not a single token (private-use
     * or replacement characters only, though the index reads a term in it) gets the zero vector, which comes near nothing
     * (its cosine with every text is 0): langchain4j refuses to embed such a text with an {@link IllegalArgumentException}.
     */
    float[] embed(String text) {
        try {
            return unitLength(model.embed(text).content().vector());
        } catch (IllegalArgumentException noToken) {
            return new float[model.dimension()];
        }
    }

    /** Vectors of several questions at once, using all cores (not cached); as {@link #embed} for a text of no token. */
    List<float[]> embedAll(List<String> texts) {
        if (texts.size() == 1) {
            return List.of(embed(texts.get(0)));
        }
        try {
            return model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                    .map(embedding -> unitLength(embedding.vector()))
                    .toList();
        } catch (IllegalArgumentException oneHasNoToken) {
            return texts.stream().map(this::embed).toList();
        }
    }

    /**
     * The model's vectors are already normalised; this makes sure of it (within float rounding),
     * because the index compares them by dot product, which equals the cosine only for unit vectors.
     * Corpus vectors are normalised before they are cached (and the cache's older ones came from the
     * same normalising model).
     */
    private static float[] unitLength(float[] vector) {
        return VectorUtil.l2normalize(vector, false);
    }

    /**
     * Vectors of corpus texts (phrasings, scam examples), in order: cached ones are reused, the others embedded together
     * and added to the cache, which is then written to disk.
     */
    List<float[]> embedCorpusTexts(List<String> texts) {
        return embedThrough(cache, texts);
    }

    /** As {@link #embedCorpusTexts}, for the sentences of the answers. */
    List<float[]> embedAnswerTexts(List<String> texts) {
        return embedThrough(answerCache, texts);
    }

    private List<float[]> embedThrough(VectorCache kept, List<String> texts) {
        List<String> missing = texts.stream().distinct().filter(text -> kept.get(text).isEmpty()).toList();
        if (!missing.isEmpty()) {
            List<float[]> computed = new ArrayList<>(embedAll(missing));
            for (int i = 0; i < missing.size(); i++) {
                kept.put(missing.get(i), computed.get(i));
            }
            kept.persist();
        }
        return texts.stream().map(text -> kept.get(text).orElseThrow()).toList();
    }

    int dimensions() {
        return model.dimension();
    }
}
