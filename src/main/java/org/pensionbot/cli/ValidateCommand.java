package org.pensionbot.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.CorpusException;
import org.pensionbot.corpus.CorpusLoader;
import org.pensionbot.corpus.CorpusProblem;
import org.pensionbot.corpus.QualityBarsFile;
import org.pensionbot.corpus.TestSetFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code validate [DIR]}: checks a corpus folder the way start-up and reload do, plus its labelled
 * sets ({@code tests*.tsv}) and their bars ({@code quality-bars.tsv}); prints {@code file:line: message} per problem and exits 1 on any error.
 * Warnings ({@code file:line: warning: message}) are printed too but leave the exit code 0: the
 * corpus loads and serves with them.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the FAQ corpus (entries, synonyms, out-of-scope topics, scam examples, labelled sets, quality bars).")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Corpus folder (default: $FAQ_CORPUS_DIR or ./faq-corpus)")
    Path dir;

    @Override
    public Integer call() {
        Path corpusDir = dir != null ? dir : main.config().corpusDir();
        PrintStream out = main.out();
        List<CorpusProblem> problems = new ArrayList<>();
        Corpus corpus = null;
        List<CorpusProblem> warnings = new ArrayList<>();
        try {
            corpus = CorpusLoader.load(corpusDir);
            warnings.addAll(corpus.warnings());
        } catch (CorpusException e) {
            problems.addAll(e.problems());
            warnings.addAll(e.warnings());
        }
        List<Path> labelledSets = TestSetFile.allIn(corpusDir);
        int testRows = 0;
        for (Path set : labelledSets) {
            testRows += TestSetFile.read(set, corpus, problems).size();
        }
        QualityBarsFile.read(corpusDir, problems);
        problems.forEach(problem -> out.println(problem));
        warnings.forEach(warning -> out.println(warning));
        if (!problems.isEmpty()) {
            out.println(problems.size() + " problem(s) found" + (warnings.isEmpty() ? "." : ", and " + warnings.size() + " warning(s)."));
            return 1;
        }
        out.printf("OK: %d entries, %d variants, %d out-of-scope topics, %d synonym rules, %d test questions in %d labelled sets%s.%n",
                corpus.size(),
                corpus.entries().stream().mapToInt(e -> e.questions().size() + 1).sum(),
                corpus.outOfScope().size(),
                corpus.synonyms().rules().size(),
                testRows,
                labelledSets.size(),
                warnings.isEmpty() ? "" : "; " + warnings.size() + " warning(s) to look at (above)");
        return 0;
    }
}
