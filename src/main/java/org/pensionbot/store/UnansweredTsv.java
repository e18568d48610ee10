package org.pensionbot.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * Writes an {@link UnansweredReport} in the format of {@code faq-corpus/tests.tsv}: one
 * {@code question<TAB>} line per group, most frequent first, the label column left empty for an
 * admin to fill in with the expected entry id (or {@code -}) before appending the lines to the
 * test file; a third column, where a note is given, says how often it was asked and what the corpus
 * does with it now (a labelled set's third column is a free note of where the question came from).
 * One {@code #} comment line first says where the rows came from.
 *
 * <p>Each question is made safe for the format: tabs and line breaks become spaces, and a leading
 * {@code #} is dropped (the line would otherwise read as a comment). Stateless and thread-safe.
 */
public final class UnansweredTsv {

    private UnansweredTsv() {
    }

    public static void write(UnansweredReport report, Appendable out) throws IOException {
        write(report, question -> "", out);
    }

    /** As {@link #write(UnansweredReport, Appendable)}, with {@code note} of each question in the third column. */
    public static void write(UnansweredReport report, Function<UnansweredReport.Question, String> note, Appendable out)
            throws IOException {
        out.append("# pension-bot export-unanswered: ").append(String.valueOf(report.questions().size()))
                .append(" questions, ").append(String.valueOf(report.days())).append(" days to ")
                .append(report.today().toString()).append("; fill in the expected entry id (or -) after the tab\n");
        for (UnansweredReport.Question question : report.questions()) {
            String cell = cell(question.text());
            if (!cell.isEmpty()) {
                String noted = cell(note.apply(question));
                out.append(cell).append('\t').append(noted.isEmpty() ? "" : "\t" + noted).append('\n');
            }
        }
    }

    public static String render(UnansweredReport report) {
        StringBuilder out = new StringBuilder();
        try {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return out.toString();
    }

    static String cell(String question) {
        return question.replaceAll("[\\t\\r\\n]+", " ").strip().replaceFirst("^#+\\s*", "");
    }
}
