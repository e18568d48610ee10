package org.pensionbot.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code scam-examples.tsv}: {@code message<TAB>alarm|calm} per line, optionally followed by
 * {@code <TAB>note}; {@code #} comments allowed. Malformed rows are reported with file and line.
 */
final class ScamExampleFile {

    static final String ALARM = "alarm";
    static final String CALM = "calm";

    private ScamExampleFile() {
    }

    static List<ScamExample> parse(Path file, String text, List<CorpusProblem> problems) {
        List<ScamExample> examples = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TsvRows.Row row : TsvRows.of(text)) {
            String[] fields = row.fields();
            String label = fields.length >= 2 ? fields[1].strip() : "";
            if (fields.length > 3 || fields[0].isBlank() || !(label.equals(ALARM) || label.equals(CALM))) {
                problems.add(new CorpusProblem(file, row.line(), "expected 'message<TAB>alarm' or 'message<TAB>calm', optionally '<TAB>note'"));
                continue;
            }
            String message = fields[0].strip();
            if (!seen.add(message)) {
                problems.add(CorpusProblem.warning(file, row.line(), "the same message appears earlier in the file"));
                continue;
            }
            examples.add(new ScamExample(message, label.equals(ALARM)));
        }
        return examples;
    }
}
