package org.pensionbot.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** The questions of {@code tests.tsv}, in file order, read as {@code eval} reads them. */
    public static List<String> testQuestions() {
        List<CorpusProblem> problems = new ArrayList<>();
        List<LabelledQuestion> rows = TestSetFile.read(DIR.resolve(CorpusLoader.TESTS_FILE), null, problems);
        if (!problems.isEmpty()) {
            throw new AssertionError("tests.tsv must be well formed: " + problems);
        }
        return rows.stream().map(LabelledQuestion::question).toList();
    }

    /**
     * The real corpus plus {@code copies} regional copies of every entry ("第1区支付宝怎么认证"):
     * a corpus large enough for the index build to split its work and for common terms to
     * reach the postings cap.
     */
    public static Corpus withRegionalCopies(int copies) {
        Corpus real = load();
        List<FaqEntry> entries = new ArrayList<>(real.entries());
        for (int copy = 1; copy <= copies; copy++) {
            String region = "第" + copy + "区";
            for (FaqEntry entry : real.entries()) {
                entries.add(new FaqEntry(entry.id() + "-" + copy, region + entry.title(),
                        entry.questions().stream().map(question -> region + question).toList(), entry.keywords(), entry.related(),
                        entry.sources(), entry.updated(), entry.summary(), entry.steps(), entry.tips(), entry.file()));
            }
        }
        return new Corpus(real.directory(), entries, real.outOfScope(), real.synonyms(), real.menus(),
                real.warnings());
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
