package org.pensionbot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pensionbot.config.BotConfig;
import org.pensionbot.config.ConfigException;
import org.pensionbot.corpus.CorpusException;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.dialog.Reply;
import org.pensionbot.search.FaqIndex;
import org.pensionbot.store.Database;
import org.pensionbot.store.Reports;
import org.pensionbot.store.StoreException;
import org.pensionbot.store.UnansweredReport;
import org.pensionbot.store.UnansweredTsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code export-unanswered}: writes every group of recent fallback and clarify questions as
 * {@code question<TAB>} lines, most frequent first, for an admin to label and append to
 * {@code faq-corpus/tests.tsv} (see {@link UnansweredTsv}), each with a note of how often it was asked and what the
 * corpus does with it now: a question an edit has answered since says so, and one that is not names the entries
 * it comes closest to ({@link WhatItGetsNow}). Writes UTF-8 to {@code --output}, or to standard output.
 *
 * <p>Read-only on the database; a missing SQLite file is an error. Failures are one line on
 * standard error and exit code 1; a bad option is picocli's usage error (exit code 2).
 */
@Command(name = "export-unanswered", mixinStandardHelpOptions = true,
        description = "Write recent unanswered questions as TSV lines (question<TAB><TAB>note) to label and append to "
                + "faq-corpus/tests.tsv; the note says how often each was asked and what the corpus does with it now.")
public final class ExportUnansweredCommand implements Callable<Integer> {

    /** Longer than the report's default: an export collects material for a whole round of corpus edits. */
    static final int DEFAULT_DAYS = 30;

    @Option(names = "--days", paramLabel = "N", defaultValue = "" + DEFAULT_DAYS,
            description = "Period in days, today included, as calendar days in China (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--output", paramLabel = "FILE",
            description = "File to write (default: standard output); an existing file is kept unless --force.")
    Path output;

    @Option(names = "--force", description = "Replace the --output file if it exists.")
    boolean force;

    @Mixin
    DatabaseOption database;

    @Mixin
    CorpusOption corpus;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CorpusException {
        if (days < 1 || days > Reports.MAX_DAYS) {
            throw new ParameterException(spec.commandLine(), "--days must be between 1 and " + Reports.MAX_DAYS + " (was " + days + ")");
        }
        if (output != null && Files.exists(output) && !force) {
            // Last round's export is where an admin labels the questions: never write over that work unasked.
            throw new ParameterException(spec.commandLine(),
                    output + " exists and may hold your labels: choose another file, or add --force to replace it");
        }
        if (output != null && output.toAbsolutePath().getParent() != null && !Files.isDirectory(output.toAbsolutePath().getParent())) {
            throw new ParameterException(spec.commandLine(), "the folder " + output.toAbsolutePath().getParent() + " does not exist");
        }
        try {
            UnansweredReport report = read();
            DialogEngine engine = engineOnTheCorpus();
            Map<UnansweredReport.Question, String> notes = new HashMap<>();
            int answeredNow = 0;
            for (UnansweredReport.Question question : report.questions()) {
                Reply now = engine.reply(question.text());
                answeredNow += now instanceof Reply.Answer ? 1 : 0;
                notes.put(question, "asked " + (question.fallbacks() + question.clarifies()) + "×; " + WhatItGetsNow.of(now));
            }
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                UnansweredTsv.write(report, notes::get, out);
                out.flush();
            } else {
                try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    UnansweredTsv.write(report, notes::get, file);
                }
                spec.commandLine().getErr().println("Wrote " + report.questions().size() + " questions to " + output
                        + (answeredNow == 0 ? "" : " (" + answeredNow + " of them answered by the corpus now: see the third column)"));
            }
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("export-unanswered: cannot write " + output + ": " + e.getMessage());
            return 1;
        } catch (StoreException | ConfigException e) {
            spec.commandLine().getErr().println("export-unanswered: " + e.getMessage());
            return 1;
        }
    }

    /** The engine on the corpus as it is on disk now, which may have learned some of the questions since they were asked. */
    private DialogEngine engineOnTheCorpus() throws CorpusException {
        FaqIndex index = KnowledgeLoader.load(corpus.resolve(BotConfig.fromEnvironment()));
        return new DialogEngine(() -> index);
    }

    private UnansweredReport read() {
        try (Database opened = Database.openExisting(database.resolve())) {
            return new Reports(opened, Clock.systemUTC()).unanswered(days, Integer.MAX_VALUE);
        }
    }
}
