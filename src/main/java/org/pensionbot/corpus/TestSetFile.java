package org.pensionbot.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a labelled test file: {@code question<TAB>expected id} per line, optionally followed by
 * {@code <TAB>source} (where a real question was found); {@code #} comments allowed.
 */
public final class TestSetFile {

    private TestSetFile() {
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
