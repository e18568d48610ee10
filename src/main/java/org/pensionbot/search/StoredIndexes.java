package org.pensionbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finished indexes kept on disk, one folder per {@link IndexFingerprint}, so that a start with an
 * unchanged corpus opens the index instead of writing it and building its vector graph again
 * (~1.3 s of a ~4.5 s start on this project's 2-core machine).
 *
 * <p>An index is only ever opened under the fingerprint it was written for, and the fingerprint
 * covers everything that shapes it — the code, the model, every phrasing and its analysis — so a
 * stale index cannot answer. A folder that does not open, or does not hold one document per
 * phrasing, is ignored and written again. A new folder is written under a temporary name and
 * moved into place, so processes sharing the cache folder see a whole index or none.
 *
 * <p>The {@value #KEPT} most recently used indexes are kept (a developer switching corpora, or a
 * reload and the start before it); older ones are deleted.
 */
final class StoredIndexes {

    private static final Logger LOG = LoggerFactory.getLogger(StoredIndexes.class);
    private static final String PREFIX = "index-";
    private static final String WRITING = ".writing";
    static final int KEPT = 3;
    /** A folder still being written after this long belongs to a process that died. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    private final Optional<Path> folder;

    private StoredIndexes(Optional<Path> folder) {
        this.folder = folder;
    }

    /** Indexes kept in {@code folder}. */
    static StoredIndexes in(Path folder) {
        return new StoredIndexes(Optional.of(folder));
    }

    /** No indexes kept: every build writes its index in memory only. */
    static StoredIndexes none() {
        return new StoredIndexes(Optional.empty());
    }

    /**
     * The stored index for {@code fingerprint}, opened, if there is a sound one with
     * {@code documents} documents in one segment.
     */
    Optional<DirectoryReader> open(IndexFingerprint fingerprint, int documents) {
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        Path stored = folder.get().resolve(PREFIX + fingerprint.hex());
        if (!Files.isDirectory(stored)) {
            return Optional.empty();
        }
        DirectoryReader reader = null;
        try {
            reader = DirectoryReader.open(FSDirectory.open(stored));
            if (reader.leaves().size() != 1 || reader.maxDoc() != documents || reader.numDocs() != documents) {
                throw new IOException("holds " + reader.maxDoc() + " documents in " + reader.leaves().size() + " segments, expected "
                        + documents + " in one");
            }
            // Every file's checksum, read in full: a damaged file must not give wrong answers
            // (opening checks only the small ones). 1-20 ms for this corpus (3 MB); ~0.4 s
            // for 10,000 entries (600 MB).
            reader.leaves().get(0).reader().checkIntegrity();
            markUsed(stored);
            LOG.debug("Opened the index kept in {}", stored);
            return Optional.of(reader);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(reader);
            LOG.info("Ignoring the stored index {}: {} (it is built again)", stored, e.toString());
            deleteQuietly(stored);
            return Optional.empty();
        }
    }

    /**
     * Keeps a copy of a finished index (committed, one segment) under {@code fingerprint}. Failures
     * are logged, not thrown: the index in memory serves either way, and the next start builds it.
     */
    void save(IndexFingerprint fingerprint, Directory built) {
        if (folder.isEmpty()) {
            return;
        }
        Path target = folder.get().resolve(PREFIX + fingerprint.hex());
        Path temporary = null;
        try {
            Files.createDirectories(folder.get());
            temporary = Files.createDirectory(folder.get().resolve(
                    PREFIX + fingerprint.hex() + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + WRITING));
            try (Directory copy = FSDirectory.open(temporary)) {
                List<String> files = List.of(built.listAll());
                for (String file : files) {
                    copy.copyFrom(built, file, file, IOContext.DEFAULT);
                }
                copy.sync(files);
                copy.syncMetaData();
            }
            moveIntoPlace(temporary, target);
            temporary = null;
            markUsed(target);
            LOG.debug("Kept the index in {}", target);
            deleteAllButRecent();
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not keep the index in {}: {} (the next start builds it again)", folder.get(), e.toString());
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isDirectory(target)) {
                throw e;
            }
            // Another process (or a reload beside this one) kept the same index first: theirs
            // serves as well as ours.
            deleteQuietly(temporary);
        }
    }

    /** The folder's time says when an index was last used, for {@link #deleteAllButRecent()}. */
    private static void markUsed(Path stored) {
        try {
            Files.setLastModifiedTime(stored, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // Only the order of deletion depends on it.
        }
    }

    private void deleteAllButRecent() throws IOException {
        List<Path> indexes = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(folder.get(), PREFIX + "*")) {
            for (Path child : children) {
                if (child.getFileName().toString().endsWith(WRITING)) {
                    if (olderThan(child, ABANDONED)) {
                        deleteQuietly(child);
                    }
                } else if (Files.isDirectory(child)) {
                    indexes.add(child);
                }
            }
        }
        indexes.sort(Comparator.comparing(StoredIndexes::lastModified).reversed());
        indexes.stream().skip(KEPT).forEach(StoredIndexes::deleteQuietly);
    }

    private static boolean olderThan(Path path, Duration age) {
        return lastModified(path).toInstant().isBefore(Instant.now().minus(age));
    }

    private static FileTime lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return FileTime.from(Instant.EPOCH);
        }
    }

    /**
     * Deletes a folder and its files. Another process may still have the index open: on Linux and
     * macOS its open files live on until it closes them; where the system refuses, it stays (and
     * is tried again next time).
     */
    private static void deleteQuietly(Path stored) {
        try {
            IOUtils.rm(stored);
        } catch (IOException e) {
            LOG.debug("Could not delete {} yet: {}", stored, e.toString());
        }
    }
}
