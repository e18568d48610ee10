/**
 * What the bot keeps between runs: question events and feedback for the admins' reports.
 *
 * <h2>Flow</h2>
 * {@link org.pensionbot.store.Storage} opens the {@link org.pensionbot.store.Database} (creating
 * and migrating it), then hands out the {@link org.pensionbot.store.EventRecorder} that channels
 * call after each reply, the {@link org.pensionbot.store.Reports} behind {@code /stats},
 * {@code /unanswered}, {@code report} and {@code export-unanswered}, and the daily
 * {@link org.pensionbot.store.RetentionJob}.
 *
 * <h2>Databases</h2>
 * {@code DATABASE_URL} selects the database:
 * <ul>
 *   <li>{@code jdbc:sqlite:data/pension-bot.db} (default): one file, created with its folder on
 *       first start, in WAL mode so that {@code report} can read while the bot writes.</li>
 *   <li>{@code jdbc:postgresql://host:5432/db?user=bot&password=…}: the same code and the same
 *       SQL. Create the database and a user that may create tables in it; the bot creates its
 *       tables on first start. {@code currentSchema=name} in the URL puts them in another schema.
 *       Connect and query timeouts default to
 *       {@value org.pensionbot.store.Database#POSTGRES_TIMEOUT_SECONDS} s
 *       ({@code connectTimeout}, {@code socketTimeout} in the URL override them).</li>
 * </ul>
 *
 * <h2>Schema</h2>
 * Versioned Flyway migrations in {@code src/main/resources/db/migration/V<n>__<words>.sql},
 * applied in order at start and recorded in {@code flyway_schema_history}. Add a table by adding
 * the next free version; SQL that cannot be portable goes in {@code db/migration-sqlite/} or
 * {@code db/migration-postgresql/} (a version lives in exactly one place). Never edit an applied
 * migration: Flyway refuses a script whose checksum changed. Databases from before Flyway are
 * baselined from their {@code schema_version} table and upgraded in place.
 *
 * <h2>Privacy</h2>
 * In question events and feedback, chat ids are stored only as HMAC-SHA256 pseudonyms (key:
 * {@code ID_HASH_KEY}, or generated on first start and kept in {@code bot_setting}); question text
 * only after {@link org.pensionbot.privacy.PersonalData#mask}; everything older than
 * {@code RETENTION_DAYS} is deleted daily. The one exception is the reminders table
 * ({@code org.pensionbot.remind}): to send a reminder the bot must know the real chat id. It holds
 * only that id, a short label and months, and {@code /remind off} deletes a chat's rows.
 */
package org.pensionbot.store;
