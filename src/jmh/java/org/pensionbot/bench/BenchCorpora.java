package org.pensionbot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.CorpusException;
import org.pensionbot.corpus.CorpusLoader;

/**
 * The corpora the benchmarks run on, named by their {@code @Param} value: {@value #REAL} for the
 * real corpus, or a number of entries for a {@link SyntheticCorpus} grown from it with
 * {@link SyntheticCorpus#DEFAULT_SEED}.
 *
 * <p>The real corpus is read from the system property {@value #CORPUS_PROPERTY}, else the
 * environment variable {@code FAQ_CORPUS_DIR}, else {@code ./faq-corpus} (run from the project
 * folder; JMH's forks inherit the working directory).
 */
final class BenchCorpora {

    static final String REAL = "real";
    static final String CORPUS_PROPERTY = "bench.corpus";

    private BenchCorpora() {
    }

    static Path realDirectory() {
        String configured = System.getProperty(CORPUS_PROPERTY, System.getenv().getOrDefault("FAQ_CORPUS_DIR", "faq-corpus"));
        Path dir = Path.of(configured).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir.resolve(CorpusLoader.ENTRIES_DIR))) {
            throw new IllegalStateException("no FAQ corpus at " + dir + ": run from the project folder, or pass "
                    + "-jvmArgsAppend -D" + CORPUS_PROPERTY + "=DIR (or set FAQ_CORPUS_DIR)");
        }
        return dir;
    }

    static Corpus real() {
        try {
            return CorpusLoader.load(realDirectory());
        } catch (CorpusException e) {
            throw new IllegalStateException("the real corpus does not load: " + e.getMessage(), e);
        }
    }

    /** The corpus named by a benchmark parameter. */
    static Corpus load(String name) {
        Corpus real = real();
        return REAL.equals(name) ? real : SyntheticCorpus.generate(real, Integer.parseInt(name), SyntheticCorpus.DEFAULT_SEED);
    }

    /**
     * A folder holding the named corpus as files: the real folder itself, or a new temporary
     * folder with the generated corpus written into it (remove it with {@link #deleteTemporary}).
     */
    static Path onDisk(String name) throws IOException {
        if (REAL.equals(name)) {
            return realDirectory();
        }
        return SyntheticCorpus.write(load(name), Files.createTempDirectory("pensionbot-bench-" + name + "-"));
    }

    /** Deletes a folder made by {@link #onDisk}; leaves the real corpus alone. */
    static void deleteTemporary(Path dir) {
        if (dir == null || dir.equals(realDirectory())) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
