package org.pensionbot.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.pensionbot.config.ConfigException;
import org.pensionbot.store.Database;
import org.pensionbot.store.ReportText;
import org.pensionbot.store.Reports;
import org.pensionbot.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code report}: prints the question statistics and the most frequent unanswered questions from
 * the database — the same text admins get from {@code /stats} and {@code /unanswered}.
 *
 * <p>Read-only: a missing SQLite file is an error, not a new empty database. A database that
 * cannot be read is one line on standard error and exit code 1; a bad option is picocli's usage
 * error (exit code 2).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print question statistics and the most frequent unanswered questions from the database.")
public final class ReportCommand implements Callable<Integer> {

    @Option(names = "--days", paramLabel = "N", defaultValue = "" + Reports.DEFAULT_DAYS,
            description = "Period in days, today included, as calendar days in China (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "How many groups of unanswered questions to list (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (days < 1 || days > Reports.MAX_DAYS) {
            throw new ParameterException(spec.commandLine(), "--days must be between 1 and " + Reports.MAX_DAYS + " (was " + days + ")");
        }
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1 (was " + limit + ")");
        }
        try {
            print(spec.commandLine().getOut());
            return 0;
        } catch (StoreException | ConfigException e) {
            spec.commandLine().getErr().println("report: " + e.getMessage());
            return 1;
        }
    }

    private void print(PrintWriter out) {
        try (Database opened = Database.openExisting(database.resolve())) {
            Reports reports = new Reports(opened, Clock.systemUTC());
            out.print(ReportText.stats(reports.stats(days)));
            out.println();
            out.print(ReportText.unanswered(reports.unanswered(days, limit)));
            out.flush();
        }
    }
}
