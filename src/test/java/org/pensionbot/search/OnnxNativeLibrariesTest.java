package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One copy of ONNX Runtime's libraries in the cache folder instead of a fresh one in /tmp per start. */
class OnnxNativeLibrariesTest {

    @TempDir
    Path cache;

    @Test
    void copiesThisPlatformsLibrariesIntoAFolderNamedAfterThem() throws IOException {
        Path folder = OnnxNativeLibraries.copyInto(cache).orElseThrow();

        assertThat(folder.getParent()).isEqualTo(cache);
        assertThat(folder.getFileName().toString()).startsWith("onnxruntime-");
        assertThat(Files.readAllBytes(folder.resolve(System.mapLibraryName("onnxruntime4j_jni"))))
                .isEqualTo(resource(folder, "onnxruntime4j_jni"));
        assertThat(Files.size(folder.resolve(System.mapLibraryName("onnxruntime")))).isGreaterThan(1_000_000);
        assertThat(folder).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aSecondStartReusesTheCopy() throws IOException {
        Path folder = OnnxNativeLibraries.copyInto(cache).orElseThrow();
        Path library = folder.resolve(System.mapLibraryName("onnxruntime"));
        FileTime longAgo = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(library, longAgo);

        assertThat(OnnxNativeLibraries.copyInto(cache)).contains(folder);
        assertThat(Files.getLastModifiedTime(library)).isEqualTo(longAgo);
    }

    @Test
    void aCutShortCopyIsReplaced() throws IOException {
        Path folder = OnnxNativeLibraries.copyInto(cache).orElseThrow();
        Path jni = folder.resolve(System.mapLibraryName("onnxruntime4j_jni"));
        Files.write(jni, new byte[] {1, 2, 3});

        OnnxNativeLibraries.copyInto(cache);

        assertThat(Files.readAllBytes(jni)).isEqualTo(resource(folder, "onnxruntime4j_jni"));
    }

    @Test
    void anOlderVersionsCopyIsRemovedAndOtherFilesAreLeftAlone() throws IOException {
        Path current = OnnxNativeLibraries.copyInto(cache).orElseThrow();
        String platform = current.getFileName().toString().replaceFirst("-[0-9a-f]+-[0-9a-f]+$", "");
        Path older = Files.createDirectories(cache.resolve(platform + "-1a2b3c-4d5e6f"));
        Files.write(older.resolve(System.mapLibraryName("onnxruntime")), new byte[] {1, 2, 3});
        Path vectors = Files.write(cache.resolve("bge-small-zh-v1.5-q.vectors"), new byte[] {4});

        OnnxNativeLibraries.copyInto(cache);

        assertThat(older).doesNotExist();
        assertThat(current).isDirectory();
        assertThat(vectors).exists();
    }

    /** The library as the jar holds it, for the platform the folder was made for. */
    private static byte[] resource(Path folder, String library) throws IOException {
        String platform = folder.getFileName().toString().replaceFirst("^onnxruntime-([a-z]+-[a-z0-9]+)-.*$", "$1");
        try (InputStream in = OnnxNativeLibraries.class.getClassLoader()
                .getResourceAsStream("ai/onnxruntime/native/" + platform + "/" + System.mapLibraryName(library))) {
            assertThat(in).as("the jar's " + library + " for " + platform).isNotNull();
            return in.readAllBytes();
        }
    }
}
