package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandledUpdatesTest {

    @Test
    void deduplicatorRemembersOnlyTheMostRecentIds() {
        UpdateDeduplicator handled = new UpdateDeduplicator(3, List.of());
        for (int id : new int[] {10, 11, 12, 13}) {
            handled.markHandled(id);
        }

        assertThat(handled.isHandled(10)).isFalse();
        assertThat(handled.recent()).containsExactly(11, 12, 13);
    }

    @Test
    void deduplicatorDoesNotAssumeIdsIncrease() {
        // After a quiet week Telegram restarts update ids at a random, possibly lower, value.
        UpdateDeduplicator handled = new UpdateDeduplicator(10, List.of(900_000));

        assertThat(handled.isHandled(5)).isFalse();
        handled.markHandled(5);
        assertThat(handled.isHandled(5)).isTrue();
        assertThat(handled.isHandled(900_000)).isTrue();
    }

    @Test
    void fileStoreKeepsIdsAcrossInstances(@TempDir Path dir) {
        Path file = dir.resolve("data/handled.txt");
        new FileHandledUpdateStore(file).save(List.of(7, 8, 9));

        assertThat(new FileHandledUpdateStore(file).load()).containsExactly(7, 8, 9);
        assertThat(dir.resolve("data/handled.txt.tmp")).doesNotExist();
    }

    @Test
    void unreadableFileMeansStartingAfresh(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("handled.txt");
        Files.writeString(file, "not a number\n");

        assertThat(new FileHandledUpdateStore(file).load()).isEmpty();
        assertThat(new FileHandledUpdateStore(dir.resolve("missing.txt")).load()).isEmpty();
    }
}
