package org.pensionbot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.pensionbot.config.ConfigException;
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
 * {@code faq-corpus/tests.tsv} (see {@link UnansweredTsv}). Writes UTF-8 to {@code --output}, or
 * to standard output.
 *
 * <p>Read-only on the database; a missing SQLite file is an error. Failures are one line on
 * standard error and exit code 1; a bad option is picocli's usage error (exit code 2).
 */
@Command(name = "export-unanswered", mixinStandardHelpOptions = true,
        description = "Write recent unanswered questions as TSV lines (question<TAB>) to label and append to faq-corpus/tests.tsv.")
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (days < 1 || days > Reports.MAX_DAYS) {
            throw new ParameterException(spec.commandLine(), "--days must be between 1 and " + Reports.MAX_DAYS + " (was " + days + ")");
        }
        if (output != null && Files.exists(output) && !force) {
            // Last round's export is where an admin labels the questions: never write over that work unasked.
            throw new ParameterException(spec.commandLine(),
                    output + " exists and may hold your labels: choose another file, or add --force to replace it");
        }
        try {
            UnansweredReport report = read();
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                UnansweredTsv.write(report, out);
                out.flush();
            } else {
                try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    UnansweredTsv.write(report, file);
                }
                spec.commandLine().getErr().println("Wrote " + report.questions().size() + " questions to " + output);
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

    private UnansweredReport read() {
        try (Database opened = Database.openExisting(database.resolve())) {
            return new Reports(opened, Clock.systemUTC()).unanswered(days, Integer.MAX_VALUE);
        }
    }
}
