package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vector cache survives a restart, and a phrasing that left the corpus leaves the file at the
 * next write instead of making every start-up read it forever.
 */
class VectorCacheTest {

    private static final String MODEL = "test-model";

    @TempDir
    Path directory;

    @Test
    void vectorsSurviveARestart() {
        VectorCache first = new VectorCache(MODEL, Optional.of(directory));
        first.put("支付宝怎么认证", new float[] {0.6f, 0.8f});
        first.persist();

        VectorCache restarted = new VectorCache(MODEL, Optional.of(directory));

        assertThat(restarted.get("支付宝怎么认证")).hasValueSatisfying(vector -> assertThat(vector).containsExactly(0.6f, 0.8f));
    }

    @Test
    void aPhrasingNoLongerUsedLeavesTheFileAtTheNextWrite() {
        VectorCache first = new VectorCache(MODEL, Optional.of(directory));
        first.put("支付宝怎么认证", new float[] {1, 0});
        first.put("旧的说法，已经删掉了", new float[] {0, 1});
        first.persist();

        // The next start: the corpus still has the first phrasing and gained a new one.
        VectorCache second = new VectorCache(MODEL, Optional.of(directory));
        assertThat(second.get("支付宝怎么认证")).isPresent();
        second.put("新加的说法", new float[] {0.6f, 0.8f});
        second.persist();

        VectorCache third = new VectorCache(MODEL, Optional.of(directory));
        assertThat(third.get("支付宝怎么认证")).isPresent();
        assertThat(third.get("新加的说法")).isPresent();
        assertThat(third.get("旧的说法，已经删掉了")).isEmpty();
    }

    @Test
    void nothingNewMeansNothingWritten() throws Exception {
        VectorCache first = new VectorCache(MODEL, Optional.of(directory));
        first.put("支付宝怎么认证", new float[] {1, 0});
        first.persist();
        Path file = directory.resolve(MODEL + ".vectors");
        var written = Files.getLastModifiedTime(file);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(written.toMillis() - 60_000));
        var backdated = Files.getLastModifiedTime(file);

        VectorCache second = new VectorCache(MODEL, Optional.of(directory));
        second.get("支付宝怎么认证");
        second.persist();

        assertThat(Files.getLastModifiedTime(file)).isEqualTo(backdated);
    }
}
