package org.pensionbot.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code quality-bars.tsv}: {@code file<TAB>min top-1<TAB>min answered right<TAB>max answered wrong<TAB>min turned
 * away} per line, each a share between 0 and 1 or {@code -} for none; {@code #} comments allowed. Kept beside the sets
 * it holds, so that {@code eval} can say whether an edit left every set at its level and the tests hold the same bars.
 */
public final class QualityBarsFile {

    public static final String NAME = "quality-bars.tsv";

    private static final String NO_BAR = "-";

    private QualityBarsFile() {
    }

    /** The bars of the corpus folder {@code dir}, in file order; none when it has no bars file. Malformed rows go to {@code problems}. */
    public static List<QualityBar> read(Path dir, List<CorpusProblem> problems) {
        Path file = dir.resolve(NAME);
        if (!Files.exists(file)) {
            return List.of();
        }
        List<QualityBar> bars = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TsvRows.Row row : TsvRows.of(CorpusLoader.readText(file, problems).orElse(""))) {
            String[] fields = row.fields();
            if (fields.length != 5 || fields[0].isBlank()) {
                problems.add(new CorpusProblem(file, row.line(),
                        "expected 'file<TAB>min top-1<TAB>min answered right<TAB>max answered wrong<TAB>min turned away' ('-' = no bar)"));
                continue;
            }
            double[] shares = new double[4];
            String bad = null;
            for (int i = 0; i < shares.length && bad == null; i++) {
                String field = fields[i + 1].strip();
                shares[i] = field.equals(NO_BAR) ? (i == 2 ? 1 : 0) : share(field);
                bad = Double.isNaN(shares[i]) ? field : null;
            }
            String name = fields[0].strip();
            if (bad != null) {
                problems.add(new CorpusProblem(file, row.line(), "'" + bad + "' is not a share between 0 and 1 (write 0.85 for 85 %) or '-'"));
            } else if (!Files.exists(dir.resolve(name))) {
                problems.add(new CorpusProblem(file, row.line(), "there is no labelled set " + name + " in this folder"));
            } else if (!seen.add(name)) {
                problems.add(new CorpusProblem(file, row.line(), name + " has a bar earlier in the file"));
            } else {
                bars.add(new QualityBar(name, shares[0], shares[1], shares[2], shares[3]));
            }
        }
        return bars;
    }

    /** The share written in {@code text}, or NaN when it is not a number between 0 and 1. */
    private static double share(String text) {
        try {
            double share = Double.parseDouble(text);
            return share >= 0 && share <= 1 ? share : Double.NaN;
        } catch (NumberFormatException notANumber) {
            return Double.NaN;
        }
    }
}
