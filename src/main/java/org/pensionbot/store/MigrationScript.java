package org.pensionbot.store;

import java.util.ArrayList;
import java.util.List;

/**
 * One versioned schema change, read from {@code db/migration/V<version>__<description>.sql}.
 *
 * <p>The SQL is split into statements at semicolons after {@code --} comments are removed, so a
 * migration must not put {@code ;} or {@code --} inside a string literal (none needs to).
 *
 * @param version applied in ascending order, each exactly once per database
 * @param description the file name's words, for {@code schema_version} and logs
 * @param resource the classpath resource it came from, for error messages
 */
record MigrationScript(int version, String description, String resource, String sql) {

    List<String> statements() {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : sql.split("\\R")) {
            int comment = line.indexOf("--");
            withoutComments.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        List<String> statements = new ArrayList<>();
        for (String statement : withoutComments.toString().split(";")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip());
            }
        }
        return statements;
    }
}
