package org.pensionbot.store;

import java.util.Locale;

/** The two databases the bot runs on, told apart by the JDBC URL prefix. */
public enum Dialect {
    SQLITE("jdbc:sqlite:"),
    POSTGRESQL("jdbc:postgresql:");

    private final String urlPrefix;

    Dialect(String urlPrefix) {
        this.urlPrefix = urlPrefix;
    }

    /** The dialect of a JDBC URL; any other database is refused with a message naming the two we support. */
    public static Dialect of(String jdbcUrl) {
        for (Dialect dialect : values()) {
            if (jdbcUrl.startsWith(dialect.urlPrefix)) {
                return dialect;
            }
        }
        throw new StoreException("DATABASE_URL must start with jdbc:sqlite: or jdbc:postgresql: (was "
                + Database.displayUrl(jdbcUrl) + ")");
    }

    String urlPrefix() {
        return urlPrefix;
    }

    /** Folder name for migrations that only this dialect runs: {@code db/migration/<folder>/}. */
    String folder() {
        return name().toLowerCase(Locale.ROOT);
    }
}
