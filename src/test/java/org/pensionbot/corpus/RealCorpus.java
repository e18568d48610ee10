package org.pensionbot.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.pensionbot.search.FaqIndex;

/**
 * The project's real {@code faq-corpus} folder, for tests that must see what users see.
 * Maven runs tests in the project folder, so the path is relative to it.
 *
 * <p>The index is built once per test JVM and shared: it is immutable, and building it for every
 * test class would only repeat the same half second.
 */
public final class RealCorpus {

    public static final Path DIR = Path.of("faq-corpus").toAbsolutePath();

    private static FaqIndex index;

    private RealCorpus() {
    }

    public static Corpus load() {
        try {
            return CorpusLoader.load(DIR);
        } catch (CorpusException e) {
            throw new AssertionError("the real corpus must load:\n" + e.getMessage(), e);
        }
    }

    public static synchronized FaqIndex index() {
        if (index == null) {
            index = FaqIndex.build(load());
        }
        return index;
    }

    /** Copies a corpus folder (the real one or a fixture) so that a test can break the copy. */
    public static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
