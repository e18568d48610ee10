package org.pensionbot.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pensionbot.corpus.CorpusException;
import org.pensionbot.corpus.CorpusLoader;
import org.pensionbot.corpus.CorpusProblem;
import org.pensionbot.corpus.LabelledQuestion;
import org.pensionbot.corpus.QualityBar;
import org.pensionbot.corpus.QualityBarsFile;
import org.pensionbot.corpus.TestSetFile;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.eval.EvalReport;
import org.pensionbot.eval.Evaluator;
import org.pensionbot.eval.Outcome;
import org.pensionbot.eval.SavedOutcomes;
import org.pensionbot.search.FaqIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code eval [FILE]}: runs labelled questions through the engine and prints top-1 accuracy,
 * the share of negatives rejected, per-entry precision/recall and every miss. A set that the corpus's
 * {@code quality-bars.tsv} holds is measured against its bar, and the run ends with one verdict and exits 1 when a
 * set falls short — what {@code mvn test} would say; {@code --dev} runs every development set so. With
 * {@code --min-accuracy}/{@code --min-rejection} it exits 1 below those bars too (for CI). With {@code --save} it keeps
 * what every question got, and with {@code --compare} lists the questions that moved since such a run
 * ({@link SavedOutcomes}): after an edit to the corpus, the rows to read.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure answer quality on labelled questions (default: <corpus>/tests.tsv).")
final class EvalCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOption corpus;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "question<TAB>expected id[<TAB>source] rows ('-' = must not answer); several files are measured one by one")
    List<Path> files = new ArrayList<>();

    @Option(names = "--dev", description = "Measure every development set of the corpus (its tests*.tsv but the frozen half), "
            + "each against its bar in quality-bars.tsv")
    boolean dev;

    @Option(names = "--no-misses", description = "Print only the summary of each file")
    boolean noMisses;

    @Option(names = "--min-accuracy", paramLabel = "SHARE", description = "Fail below this top-1 accuracy, e.g. 0.95")
    Double minAccuracy;

    @Option(names = "--min-rejection", paramLabel = "SHARE", description = "Fail below this share of rejected negatives, e.g. 0.90")
    Double minRejection;

    @Option(names = "--max-answered-wrong", paramLabel = "SHARE",
            description = "Fail above this share of answerable questions answered outright with another entry, e.g. 0.02")
    Double maxAnsweredWrong;

    @Option(names = "--save", paramLabel = "OUTCOMES",
            description = "Write what every question got to this file, for a later --compare")
    Path save;

    @Option(names = "--compare", paramLabel = "OUTCOMES",
            description = "List the questions whose outcome moved since the run saved in this file (--save); may be the same file")
    Path compare;

    @Override
    public Integer call() throws Exception {
        Path corpusDir = corpus.resolve(main.config());
        // Read before anything runs, so that --compare and --save may name the same file: compare with the last run, then keep this one.
        List<SavedOutcomes.Row> before = compare == null ? List.of() : savedRun(compare);
        FaqIndex index = KnowledgeLoader.load(corpusDir);
        List<Path> tests = testsToRun(corpusDir);
        Map<String, QualityBar> bars = qualityBars(corpusDir);
        PrintStream out = main.out();
        Evaluator evaluator = new Evaluator(new DialogEngine(() -> index));
        List<SavedOutcomes.Row> now = new ArrayList<>();
        List<String> belowTheirBars = new ArrayList<>();
        int barred = 0;
        boolean ok = true;
        for (Path test : tests) {
            List<CorpusProblem> problems = new ArrayList<>();
            List<LabelledQuestion> rows = TestSetFile.read(test, index.corpus(), problems);
            problems.forEach(problem -> main.err().println(problem));
            EvalReport report = evaluator.run(rows);
            if (tests.size() > 1) {
                out.println("== " + test);
            }
            print(report, out, !noMisses, tests.size() == 1);
            ok &= problems.isEmpty() & meetsBars(report, out);
            String set = test.getFileName().toString();
            // A bar holds the corpus's own set: a copy elsewhere with the same name (an older version, a sample) is not it.
            QualityBar bar = inFolder(test, corpusDir) ? bars.get(set) : null;
            if (bar != null) {
                barred++;
                List<String> shortfalls = report.shortfalls(bar);
                out.println(shortfalls.isEmpty() ? "At its bar (" + QualityBarsFile.NAME + ")."
                        : "BELOW ITS BAR (" + QualityBarsFile.NAME + "): " + String.join(", ", shortfalls));
                if (!shortfalls.isEmpty()) {
                    belowTheirBars.add(set + " (" + String.join(", ", shortfalls) + ")");
                }
            }
            now.addAll(SavedOutcomes.rowsOf(set, report));
        }
        if (barred > 0) {
            out.println();
            out.println(belowTheirBars.isEmpty() ? "Verdict: " + (barred == 1 ? "the set is at its bar." : "all " + barred + " sets are at their bars.")
                    : "Verdict: " + belowTheirBars.size() + " of " + barred + " below their bars — mvn test would fail: "
                    + String.join("; ", belowTheirBars));
            ok &= belowTheirBars.isEmpty();
        }
        if (compare != null) {
            printChanges(before, now, out);
        }
        if (save != null) {
            SavedOutcomes.write(save, now);
        }
        return ok ? 0 : 1;
    }

    /** The files named, every development set with {@code --dev}, or else the corpus's {@code tests.tsv}. */
    private List<Path> testsToRun(Path corpusDir) {
        if (dev && !files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--dev measures every development set: name no FILE with it");
        }
        if (dev) {
            List<Path> sets = TestSetFile.developmentSetsIn(corpusDir);
            if (sets.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--dev: " + corpusDir + " has no tests*.tsv to measure");
            }
            return sets;
        }
        return files.isEmpty() ? List.of(corpusDir.resolve(CorpusLoader.TESTS_FILE)) : files;
    }

    private static boolean inFolder(Path file, Path folder) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent != null && parent.equals(folder.toAbsolutePath().normalize());
    }

    /** The corpus's bars by set name; a malformed bars file stops the run, named by file and line. */
    private static Map<String, QualityBar> qualityBars(Path corpusDir) throws CorpusException {
        List<CorpusProblem> problems = new ArrayList<>();
        List<QualityBar> bars = QualityBarsFile.read(corpusDir, problems);
        if (!problems.isEmpty()) {
            throw new CorpusException(problems);
        }
        return bars.stream().collect(Collectors.toMap(QualityBar::file, Function.identity()));
    }

    private List<SavedOutcomes.Row> savedRun(Path file) throws IOException {
        try {
            return SavedOutcomes.read(file);
        } catch (NoSuchFileException missing) {
            throw new ParameterException(spec.commandLine(), "--compare: " + file + " does not exist (write it with eval --save)");
        } catch (IllegalArgumentException malformed) {
            throw new ParameterException(spec.commandLine(), "--compare: " + malformed.getMessage());
        }
    }

    /** The questions that moved since the compared run, better ones first, each with what it got then and now. */
    private void printChanges(List<SavedOutcomes.Row> before, List<SavedOutcomes.Row> now, PrintStream out) {
        List<SavedOutcomes.Change> changes = SavedOutcomes.changes(before, now);
        long better = changes.stream().filter(SavedOutcomes.Change::better).count();
        long worse = changes.stream().filter(SavedOutcomes.Change::worse).count();
        out.println();
        out.printf("Compared with %s: %d moved — %d better, %d worse, %d changed otherwise (%d questions not in that run)%n",
                compare, changes.size(), better, worse, changes.size() - better - worse, SavedOutcomes.unmatched(before, now));
        changes.stream()
                .sorted(Comparator.comparingInt(change -> change.better() ? 0 : change.worse() ? 2 : 1))
                .forEach(change -> out.printf("  %-7s %s  %s  [%s]  %s (%s) → %s (%s)%n",
                        change.better() ? "better" : change.worse() ? "worse" : "changed", change.after().set(),
                        change.after().question(), change.after().expectedId(), change.before().outcome().label(),
                        shown(change.before()), change.after().outcome().label(), shown(change.after())));
    }

    /**
     * What a row showed first, at what confidence, and, when it came near a phrasing, which: after an edit, often the
     * phrasing added; a row whose phrasing stayed and whose confidence barely moved crossed a threshold.
     */
    private static String shown(SavedOutcomes.Row row) {
        boolean showedAnEntry = !row.got().endsWith(" -");
        String confidence = Double.isNaN(row.confidence()) || !showedAnEntry ? "" : String.format(Locale.ROOT, " %.2f", row.confidence());
        return row.got() + confidence + (row.nearest().isEmpty() ? "" : " ≈“" + row.nearest() + "”");
    }

    private boolean meetsBars(EvalReport report, PrintStream out) {
        boolean ok = true;
        if (minAccuracy != null && report.accuracy() < minAccuracy) {
            out.printf("FAIL: top-1 accuracy %.1f%% is below %.1f%%%n", 100 * report.accuracy(), 100 * minAccuracy);
            ok = false;
        }
        if (minRejection != null && report.rejection() < minRejection) {
            out.printf("FAIL: rejection %.1f%% is below %.1f%%%n", 100 * report.rejection(), 100 * minRejection);
            ok = false;
        }
        double wrong = report.share(Outcome.ANSWERED_WRONG);
        if (maxAnsweredWrong != null && wrong > maxAnsweredWrong) {
            out.printf("FAIL: %.1f%% answered wrong is above %.1f%%%n", 100 * wrong, 100 * maxAnsweredWrong);
            ok = false;
        }
        return ok;
    }

    private static void print(EvalReport report, PrintStream out, boolean misses, boolean perEntry) {
        if (misses) {
            out.println("Misses:");
            for (EvalReport.Result miss : report.misses()) {
                out.printf("  line %d: %s%n      expected %s, got %s %s (%.3f) — %s%n", miss.row().line(), miss.row().question(),
                        miss.row().expectedId(), miss.action().wireName(), miss.topId() == null ? "-" : miss.topId(),
                        miss.confidence(), miss.outcome().label());
            }
            out.println();
        }
        if (perEntry) {
            out.printf("%-26s %8s %8s %9s %7s%n", "entry", "expected", "answered", "precision", "recall");
            for (Map.Entry<String, EvalReport.EntryScore> e : report.perEntry().entrySet()) {
                EvalReport.EntryScore s = e.getValue();
                out.printf("%-26s %8d %8d %8.0f%% %6.0f%%%n", e.getKey(), s.expected(), s.answered(), 100 * s.precision(), 100 * s.recall());
            }
            out.println();
        }
        out.printf("Answerable rows: %d, top-1 accuracy: %.1f%% (answered outright and right: %.1f%%)%n",
                report.answerableRows(), 100 * report.accuracy(), 100 * report.answeredCorrectly());
        for (Outcome outcome : Outcome.values()) {
            if (outcome == Outcome.TURNED_AWAY) {
                out.printf("Negative rows: %d, rejected: %.1f%%%n", report.negativeRows(), 100 * report.rejection());
            }
            out.printf("  %-36s %4d  %5.1f%%%n", outcome.label(), report.count(outcome), 100 * report.share(outcome));
        }
    }
}
