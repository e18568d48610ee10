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
import java.util.Map;
import java.util.Optional;
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
 * <p>Thread-safe. Several processes may share the folder: each writes a complete file under a
 * temporary name and moves it into place, so a reader sees an old or a new file, never half of one.
 */
final class VectorCache {

    private static final Logger LOG = LoggerFactory.getLogger(VectorCache.class);
    private static final int FORMAT = 1;

    private final String modelId;
    private final Optional<Path> file;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
    private volatile int persisted;

    /** A cache for {@code modelId}, kept in {@code directory} when present. */
    VectorCache(String modelId, Optional<Path> directory) {
        this.modelId = modelId;
        this.file = directory.map(dir -> dir.resolve(modelId + ".vectors"));
        file.ifPresent(this::load);
        this.persisted = vectors.size();
    }

    Optional<float[]> get(String text) {
        return Optional.ofNullable(vectors.get(text));
    }

    void put(String text, float[] vector) {
        vectors.put(text, vector);
    }

    int size() {
        return vectors.size();
    }

    /** Writes the file if vectors were added since it was read or last written. Failures are logged, not thrown. */
    synchronized void persist() {
        if (file.isEmpty() || vectors.size() == persisted) {
            return;
        }
        Path target = file.get();
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), target.getFileName().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                write(new DataOutputStream(new BufferedOutputStream(out, 1 << 16)));
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            persisted = vectors.size();
        } catch (IOException e) {
            LOG.warn("Could not write the vector cache {}: {} (vectors are computed again at the next start)", target, e.toString());
        }
    }

    private void write(DataOutputStream out) throws IOException {
        Map<String, float[]> snapshot = Map.copyOf(vectors);
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
