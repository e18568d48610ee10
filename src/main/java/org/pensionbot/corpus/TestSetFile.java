package org.pensionbot.corpus;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a labelled test file: {@code question<TAB>expected id} per line, optionally followed by
 * {@code <TAB>source} (where a real question was found); {@code #} comments allowed.
 */
public final class TestSetFile {

    /**
     * The half of the real questions that is measured, never tuned on: it has no bar, and no phrasing may be copied
     * from it (its numbers would stop meaning anything).
     */
    public static final String FROZEN = "tests-real-frozen.tsv";
    /** How the name of every such held-out set ends ({@link #FROZEN}, the scam mentions' second blind set). */
    private static final String FROZEN_SUFFIX = "-frozen.tsv";

    /** Whether {@code file} is a held-out set: measured, never tuned on (no bar, no phrasing copied from it). */
    public static boolean isFrozen(Path file) {
        return file.getFileName().toString().endsWith(FROZEN_SUFFIX);
    }

    private TestSetFile() {
    }

    /** The corpus folder's labelled sets ({@code tests*.tsv}): {@code tests.tsv} first, then by name; none when the folder cannot be read. */
    public static List<Path> allIn(Path corpusDir) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> tests = Files.newDirectoryStream(corpusDir, "tests*.tsv")) {
            tests.forEach(files::add);
        } catch (IOException unreadable) {
            return List.of();
        }
        files.sort(Comparator.comparing((Path file) -> !file.getFileName().toString().equals(CorpusLoader.TESTS_FILE))
                .thenComparing(file -> file.getFileName().toString()));
        return files;
    }

    /** The sets one may tune on: every labelled set of the folder but the held-out ones ({@link #isFrozen}). */
    public static List<Path> developmentSetsIn(Path corpusDir) {
        return allIn(corpusDir).stream().filter(file -> !isFrozen(file)).toList();
    }

    /**
     * Parses the file; malformed rows and unknown ids (when {@code corpus} is given) are added to
     * {@code problems} and skipped.
     */
    public static List<LabelledQuestion> read(Path file, Corpus corpus, List<CorpusProblem> problems) {
        List<LabelledQuestion> rows = new ArrayList<>();
        String text = CorpusLoader.readText(file, problems).orElse("");
        for (TsvRows.Row row : TsvRows.of(text)) {
            String[] fields = row.fields();
            if (fields.length <= 2 && !fields[0].isBlank() && (fields.length == 1 || fields[1].isBlank())) {
                problems.add(new CorpusProblem(file, row.line(), "the expected id is missing: after the question write a TAB and "
                        + "the entry id that answers it, or '-' if the bot must not answer it"));
                continue;
            }
            if (fields.length < 2 || fields.length > 3 || fields[0].isBlank() || fields[1].isBlank()) {
                problems.add(new CorpusProblem(file, row.line(),
                        "expected 'question<TAB>expected id', optionally '<TAB>source' (use '-' for questions the bot must not answer)"));
                continue;
            }
            String id = fields[1].strip();
            if (corpus != null && !id.equals(LabelledQuestion.NOT_ANSWERABLE) && corpus.entry(id).isEmpty()) {
                problems.add(new CorpusProblem(file, row.line(), "unknown entry id '" + id + "'"));
                continue;
            }
            rows.add(new LabelledQuestion(fields[0], id, row.line()));
        }
        return rows;
    }
}
