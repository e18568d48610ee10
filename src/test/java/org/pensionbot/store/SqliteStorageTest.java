package org.pensionbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.config.ConfigException;

/** The storage contract on an SQLite file, plus what only a file can show. */
class SqliteStorageTest extends StorageContract {

    @TempDir
    Path dir;

    Path file;

    @Override
    String createDatabase() {
        file = dir.resolve("data").resolve("pension-bot.db");
        return "jdbc:sqlite:" + file;
    }

    @Test
    void firstStartCreatesTheFolderAndFileInWalMode() throws Exception {
        assertThat(file).isRegularFile();
        String mode = storage.database().call(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
                r.next();
                return r.getString(1);
            }
        });
        assertThat(mode).isEqualToIgnoringCase("wal");
    }

    @Test
    void theFileOnDiskHoldsNoPersonalNumberNorChatId() throws Exception {
        storage.recorder().record(CHAT_ID, Replies.fallback("身份证" + ID_CARD + " 手机" + MOBILE));
        storage.recorder().recordFeedback(CHAT_ID, "alipay-self", false);
        storage.close();   // folds the write-ahead log into the file

        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(bytes).contains("fallback").doesNotContain(ID_CARD, MOBILE, Long.toString(CHAT_ID));
    }

    @Test
    void aTooShortConfiguredKeyIsRefusedAtStartWithOneLine() {
        storage.close();

        assertThatThrownBy(() -> Storage.open(url, RETENTION_DAYS, Optional.of("short"), clock))
                .isInstanceOf(ConfigException.class)
                .hasMessage("ID_HASH_KEY must be at least 16 characters (was 5); better, 32 random characters");
    }

    @Test
    void recordingAfterCloseIsLoggedNotThrown() {
        storage.close();

        assertThatCode(() -> {
            storage.recorder().record(CHAT_ID, Replies.answer("支付宝怎么认证", "alipay-self"));
            storage.recorder().recordFeedback(CHAT_ID, "alipay-self", true);
        }).doesNotThrowAnyException();
    }

    @Test
    void theDailyRetentionJobPurgesSoonAfterStartOnADaemonThread() throws Exception {
        clock.set(NOW.minus(Duration.ofDays(RETENTION_DAYS + 1)));
        storage.recorder().record(CHAT_ID, Replies.fallback("很久以前的问题"));
        clock.set(NOW);

        storage.retention().startDaily();
        storage.retention().startDaily();   // a second call must not start a second thread

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!rawRows("question_event").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(rawRows("question_event")).isEmpty();
        assertThat(Thread.getAllStackTraces().keySet())
                .filteredOn(t -> t.getName().equals("pension-bot-retention"))
                .singleElement().satisfies(t -> assertThat(t.isDaemon()).isTrue());
    }
}
