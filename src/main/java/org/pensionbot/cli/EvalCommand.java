package org.pensionbot.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pensionbot.corpus.CorpusLoader;
import org.pensionbot.corpus.CorpusProblem;
import org.pensionbot.corpus.LabelledQuestion;
import org.pensionbot.corpus.TestSetFile;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.eval.EvalReport;
import org.pensionbot.eval.Evaluator;
import org.pensionbot.search.FaqIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code eval [FILE]}: runs labelled questions through the engine and prints top-1 accuracy,
 * the share of negatives rejected, per-entry precision/recall and every miss. With
 * {@code --min-accuracy}/{@code --min-rejection} it exits 1 below the bar (for CI).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure answer quality on labelled questions (default: <corpus>/tests.tsv).")
final class EvalCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    CorpusOption corpus;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "question<TAB>expected id rows ('-' = must not answer)")
    Path file;

    @Option(names = "--min-accuracy", paramLabel = "SHARE", description = "Fail below this top-1 accuracy, e.g. 0.95")
    Double minAccuracy;

    @Option(names = "--min-rejection", paramLabel = "SHARE", description = "Fail below this share of rejected negatives, e.g. 0.90")
    Double minRejection;

    @Override
    public Integer call() throws Exception {
        Path corpusDir = corpus.resolve(main.config());
        FaqIndex index = KnowledgeLoader.load(corpusDir);
        Path tests = file != null ? file : corpusDir.resolve(CorpusLoader.TESTS_FILE);
        List<CorpusProblem> problems = new ArrayList<>();
        List<LabelledQuestion> rows = TestSetFile.read(tests, index.corpus(), problems);
        PrintStream out = main.out();
        problems.forEach(problem -> main.err().println(problem));

        EvalReport report = new Evaluator(new DialogEngine(() -> index)).run(rows);
        print(report, out);

        boolean ok = true;
        if (minAccuracy != null && report.accuracy() < minAccuracy) {
            out.printf("FAIL: top-1 accuracy %.1f%% is below %.1f%%%n", 100 * report.accuracy(), 100 * minAccuracy);
            ok = false;
        }
        if (minRejection != null && report.rejection() < minRejection) {
            out.printf("FAIL: rejection %.1f%% is below %.1f%%%n", 100 * report.rejection(), 100 * minRejection);
            ok = false;
        }
        return ok && problems.isEmpty() ? 0 : 1;
    }

    private static void print(EvalReport report, PrintStream out) {
        out.println("Misses:");
        for (EvalReport.Miss miss : report.misses()) {
            out.printf("  line %d: %s%n      expected %s, got %s %s (%.3f)%n", miss.row().line(), miss.row().question(),
                    miss.row().expectedId(), miss.action().wireName(), miss.topId() == null ? "-" : miss.topId(), miss.confidence());
        }
        out.println();
        out.printf("%-26s %8s %8s %9s %7s%n", "entry", "expected", "answered", "precision", "recall");
        for (Map.Entry<String, EvalReport.EntryScore> e : report.perEntry().entrySet()) {
            EvalReport.EntryScore s = e.getValue();
            out.printf("%-26s %8d %8d %8.0f%% %6.0f%%%n", e.getKey(), s.expected(), s.answered(), 100 * s.precision(), 100 * s.recall());
        }
        out.println();
        out.printf("Answerable rows: %d, top-1 accuracy: %.1f%% (answered outright and right: %.1f%%)%n",
                report.answerableRows(), 100 * report.accuracy(), 100 * report.answeredCorrectly());
        out.printf("Negative rows: %d, rejected: %.1f%%%n", report.negativeRows(), 100 * report.rejection());
    }
}
