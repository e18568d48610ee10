package org.pensionbot.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every labelled question got in one {@code eval} run, kept in a file ({@code eval --save}), and the
 * questions whose outcome moved since ({@code eval --compare}). After an edit to the corpus an admin reads the few
 * rows that moved — a phrasing added changes the answers near it, so a row that moved elsewhere is worth a look —
 * instead of comparing per-set percentages.
 *
 * <p>The file is tab-separated, one row per question: the set it was measured in (the test file's name), the
 * question, its expected id, the outcome's name, what the reply showed first ({@code answer alipay-self},
 * {@code clarify for-others}, {@code fallback -}), the phrasing of that entry the question came nearest — which,
 * after an edit, often is the phrasing just added: why a row moved — and that entry's confidence, which shows a row
 * that moved on a threshold (0.51 then, 0.49 now).
 */
public final class SavedOutcomes {

    private static final String HEADER = "# pension-bot eval outcomes: set\tquestion\texpected\toutcome\tgot\tnearest phrasing\tconfidence";

    /**
     * One row as saved; {@code nearest} and {@code confidence} are shown, not compared ("" when the reply came near no
     * entry; NaN in a file saved before confidences were kept).
     */
    public record Row(String set, String question, String expectedId, Outcome outcome, String got, String nearest, double confidence) {

        public Row(String set, String question, String expectedId, Outcome outcome, String got, String nearest) {
            this(set, question, expectedId, outcome, got, nearest, Double.NaN);
        }

        /** The row's identity across runs: the same question with the same label in the same set. */
        String key() {
            return set + '\t' + question + '\t' + expectedId;
        }

        /** Whether the expected entry was answered or offered first: what top-1 counts. */
        boolean expectedFirst() {
            return got.equals("answer " + expectedId) || got.equals("clarify " + expectedId);
        }
    }

    /**
     * A row whose outcome, or what it showed first, differs between two runs. It is better when its outcome is, or
     * when the outcome stayed and its entry moved to the top of a choice (top-1 counts it now); worse the other way.
     */
    public record Change(Row before, Row after) {

        public boolean better() {
            return before.outcome().worseThan(after.outcome())
                    || before.outcome() == after.outcome() && !before.expectedFirst() && after.expectedFirst();
        }

        public boolean worse() {
            return after.outcome().worseThan(before.outcome())
                    || before.outcome() == after.outcome() && before.expectedFirst() && !after.expectedFirst();
        }
    }

    private SavedOutcomes() {
    }

    /** Every row of {@code report}, measured from the test file named {@code set}. */
    public static List<Row> rowsOf(String set, EvalReport report) {
        return report.results().stream()
                .map(result -> new Row(set, result.row().question(), result.row().expectedId(), result.outcome(),
                        result.action().wireName() + " " + (result.topId() == null ? "-" : result.topId()),
                        result.nearestPhrasing().replace('\t', ' ').replace('\n', ' '), result.confidence()))
                .toList();
    }

    public static void write(Path file, List<Row> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        rows.forEach(row -> lines.add(String.join("\t", row.set(), row.question(), row.expectedId(), row.outcome().name(),
                row.got(), row.nearest(), Double.isNaN(row.confidence()) ? "" : String.format(Locale.ROOT, "%.3f", row.confidence()))));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /**
     * The rows written by {@link #write}.
     *
     * @throws IllegalArgumentException naming the file and line of a row that is not five or six fields or names no outcome
     */
    public static List<Row> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            Optional<Outcome> outcome = fields.length >= 5 && fields.length <= 7 ? outcomeNamed(fields[3]) : Optional.empty();
            double confidence = fields.length == 7 ? confidence(fields[6]) : Double.NaN;
            if (outcome.isEmpty() || fields.length == 7 && !fields[6].isEmpty() && Double.isNaN(confidence)) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a saved outcome (set, question, expected, outcome, got, "
                        + "nearest phrasing, confidence — written by eval --save)");
            }
            rows.add(new Row(fields[0], fields[1], fields[2], outcome.get(), fields[4], fields.length >= 6 ? fields[5] : "", confidence));
        }
        return rows;
    }

    /** The rows of {@code after} that were also measured {@code before} and moved, in {@code after}'s order. */
    public static List<Change> changes(List<Row> before, List<Row> after) {
        Map<String, Row> earlier = before.stream()
                .collect(Collectors.toMap(Row::key, Function.identity(), (first, second) -> first, LinkedHashMap::new));
        List<Change> changes = new ArrayList<>();
        for (Row row : after) {
            Row was = earlier.get(row.key());
            if (was != null && (was.outcome() != row.outcome() || !was.got().equals(row.got()))) {
                changes.add(new Change(was, row));
            }
        }
        return changes;
    }

    /** How many rows of {@code after} were not measured {@code before} (new or relabelled questions, another set). */
    public static long unmatched(List<Row> before, List<Row> after) {
        Set<String> keys = before.stream().map(Row::key).collect(Collectors.toSet());
        return after.stream().filter(row -> !keys.contains(row.key())).count();
    }

    /** The confidence written in a saved row, or NaN when the field is empty or not a number. */
    private static double confidence(String field) {
        try {
            return field.isEmpty() ? Double.NaN : Double.parseDouble(field);
        } catch (NumberFormatException notANumber) {
            return Double.NaN;
        }
    }

    private static Optional<Outcome> outcomeNamed(String name) {
        try {
            return Optional.of(Outcome.valueOf(name));
        } catch (IllegalArgumentException notAnOutcome) {
            return Optional.empty();
        }
    }
}
