package org.pensionbot.cli;

import org.pensionbot.config.BotConfig;
import picocli.CommandLine.Option;

/** The {@code --database URL} option of the commands that read the event database. */
final class DatabaseOption {

    @Option(names = "--database", paramLabel = "URL",
            description = "JDBC URL of the database (default: DATABASE_URL, else " + BotConfig.DEFAULT_DATABASE_URL + ").")
    String url;

    /**
     * The URL to open. The environment is read only when no {@code --database} is given, so that
     * the flag can rescue a bad environment.
     */
    String resolve() {
        return url != null ? url : BotConfig.fromEnvironment().databaseUrl();
    }
}
