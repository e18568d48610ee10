package org.pensionbot.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps handled update ids in a small text file, one id per line, replaced atomically on each
 * save so a crash mid-write leaves the previous version intact.
 *
 * <p>Never throws: an unreadable file is reported once and treated as empty; a failed write is
 * logged. Thread-safe.
 */
public final class FileHandledUpdateStore implements HandledUpdateStore {

    private static final Logger log = LoggerFactory.getLogger(FileHandledUpdateStore.class);

    private final Path file;

    public FileHandledUpdateStore(Path file) {
        this.file = file.toAbsolutePath();
    }

    @Override
    public synchronized List<Integer> load() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Integer> ids = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    ids.add(Integer.parseInt(line.strip()));
                }
            }
            return ids;
        } catch (IOException | NumberFormatException e) {
            log.warn("Cannot read handled update ids from {} ({}); starting without them", file, e.toString());
            return List.of();
        }
    }

    @Override
    public synchronized void save(List<Integer> recentIds) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            String text = recentIds.stream().map(String::valueOf).collect(Collectors.joining("\n", "", "\n"));
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            log.warn("Cannot save handled update ids to {} ({}); a restart may repeat the last answers", file, e.toString());
        }
    }
}
