package org.pensionbot.search;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence vectors of corpus texts, kept by text for one model: in memory for the life of the
 * process, and in one file per model on disk so that a restart or a hot reload embeds only the
 * texts that changed. A file written for another model, or damaged, is ignored (and rewritten).
 *
 * <p>Only corpus texts belong here, never users' questions: they may hold personal data.
 *
 * <p>The file keeps the texts this process has used (looked up or added): a phrasing that left
 * the corpus drops out at the next write instead of staying forever, so the file does not grow
 * with every edit, or with every corpus a developer once tried (on one machine it had reached
 * 34 MB, twenty times the real corpus, and start-up read all of it).
 *
 * <p>Thread-safe. Several processes may share the folder: each writes a complete file under a
 * temporary name and moves it into place, so a reader sees an old or a new file, never half of one.
 */
final class VectorCache {

    private static final Logger LOG = LoggerFactory.getLogger(VectorCache.class);
    private static final int FORMAT = 1;

    private final String modelId;
    private final Optional<Path> file;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
    /** Texts looked up or added by this process: what the next write keeps. */
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private volatile boolean unsaved;

    /**
     * Read the first time a vector is asked for or added: a start that opens a kept index
     * ({@link StoredIndexes}) never needs the file, which for a large corpus is the slowest
     * thing to read (10,000 entries: 566 MB).
     */
    private volatile boolean loaded;

    /** A cache for {@code modelId}, kept in {@code directory} when present. */
    VectorCache(String modelId, Optional<Path> directory) {
        this(modelId, "", directory);
    }

    /**
     * A cache for {@code modelId} of one kind of text, kept in a file of its own in {@code directory} when present:
     * {@code kind} is added to the file's name (the phrasings' file has none).
     */
    VectorCache(String modelId, String kind, Optional<Path> directory) {
        this.modelId = modelId;
        this.file = directory.map(dir -> dir.resolve(modelId + (kind.isEmpty() ? "" : "-" + kind) + ".vectors"));
    }

    private void loadOnce() {
        if (!loaded) {
            synchronized (this) {
                if (!loaded) {
                    file.ifPresent(this::load);
                    loaded = true;
                }
            }
        }
    }

    Optional<float[]> get(String text) {
        loadOnce();
        float[] vector = vectors.get(text);
        if (vector != null) {
            used.add(text);
        }
        return Optional.ofNullable(vector);
    }

    void put(String text, float[] vector) {
        loadOnce();
        vectors.put(text, vector);
        used.add(text);
        unsaved = true;
    }

    /**
     * Writes the file — the vectors of the texts this process used — if vectors were added since
     * it was read or last written. Failures are logged, not thrown.
     */
    synchronized void persist() {
        if (file.isEmpty() || !unsaved) {
            return;
        }
        Path target = file.get();
        // Cleared before the snapshot is taken: a vector added while the file is written marks
        // the cache unsaved again, so the next call writes it.
        unsaved = false;
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), target.getFileName().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                write(new DataOutputStream(new BufferedOutputStream(out, 1 << 16)));
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            unsaved = true;
            LOG.warn("Could not write the vector cache {}: {} (vectors are computed again at the next start)", target, e.toString());
        }
    }

    private void write(DataOutputStream out) throws IOException {
        Map<String, float[]> snapshot = new HashMap<>();
        used.forEach(text -> {
            float[] vector = vectors.get(text);
            if (vector != null) {
                snapshot.put(text, vector);
            }
        });
        out.writeInt(FORMAT);
        out.writeUTF(modelId);
        out.writeInt(snapshot.size());
        for (Map.Entry<String, float[]> entry : snapshot.entrySet()) {
            byte[] text = entry.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(text.length);
            out.write(text);
            out.writeInt(entry.getValue().length);
            for (float value : entry.getValue()) {
                out.writeFloat(value);
            }
        }
        out.flush();
    }

    private void load(Path source) {
        try (InputStream raw = Files.newInputStream(source);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != FORMAT || !in.readUTF().equals(modelId)) {
                LOG.info("Ignoring the vector cache {}: written for another model or format", source);
                return;
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                byte[] text = new byte[in.readInt()];
                in.readFully(text);
                float[] vector = new float[in.readInt()];
                for (int d = 0; d < vector.length; d++) {
                    vector[d] = in.readFloat();
                }
                vectors.put(new String(text, java.nio.charset.StandardCharsets.UTF_8), vector);
            }
        } catch (NoSuchFileException e) {
            // First start: nothing cached yet.
        } catch (EOFException | RuntimeException e) {
            vectors.clear();
            LOG.warn("Ignoring the damaged vector cache {}; it will be rewritten", source);
        } catch (IOException e) {
            vectors.clear();
            LOG.warn("Could not read the vector cache {}: {}", source, e.toString());
        }
    }
}
