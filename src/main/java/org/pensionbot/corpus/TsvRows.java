package org.pensionbot.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a tab-separated corpus file ({@code tests.tsv}, {@code scam-examples.tsv}): every line
 * that is neither blank nor a {@code #} comment, split at tabs, with its line number for problems.
 */
final class TsvRows {

    /** One row: its 1-based line number and its fields, empty ones kept. */
    record Row(int line, String[] fields) {
    }

    private TsvRows() {
    }

    static List<Row> of(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
                rows.add(new Row(i + 1, lines[i].split("\t", -1)));
            }
        }
        return rows;
    }
}
