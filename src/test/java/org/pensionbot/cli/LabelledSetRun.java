package org.pensionbot.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.pensionbot.corpus.CorpusProblem;
import org.pensionbot.corpus.LabelledQuestion;
import org.pensionbot.corpus.RealCorpus;
import org.pensionbot.corpus.TestSetFile;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.eval.EvalReport;
import org.pensionbot.eval.Evaluator;
import org.pensionbot.search.FaqIndex;

/**
 * One labelled file of the real corpus run through the real engine, as {@code eval} runs it:
 * its rows, the problems reading it, and the report. For the tests that hold a quality bar.
 */
record LabelledSetRun(String file, List<LabelledQuestion> rows, List<CorpusProblem> problems, EvalReport report) {

    static LabelledSetRun of(String file) {
        FaqIndex index = RealCorpus.index();
        List<CorpusProblem> problems = new ArrayList<>();
        List<LabelledQuestion> rows = TestSetFile.read(RealCorpus.DIR.resolve(file), index.corpus(), problems);
        return new LabelledSetRun(file, rows, problems, new Evaluator(new DialogEngine(() -> index)).run(rows));
    }

    /** The misses that {@code which} selects, one line each, for a failure message. */
    String misses(Predicate<EvalReport.Result> which) {
        return report.misses().stream()
                .filter(which)
                .map(miss -> String.format("  %s:%d %s → expected %s, got %s %s (%.3f)", file, miss.row().line(), miss.row().question(),
                        miss.row().expectedId(), miss.action().wireName(), miss.topId(), miss.confidence()))
                .collect(Collectors.joining("\n"));
    }
}
