package org.pensionbot.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.config.BotConfig;

/**
 * Load: 1,000 users ask 10,000 questions of the real bot over the fake Bot API; every question
 * must get exactly one answer within Telegram's limits. Prints a report and writes it to
 * {@code target/load-report.txt}.
 *
 * <pre>
 *   mvn test -Dtest=LoadTest -Dload=true                          # 10,000 questions, about 7 minutes
 *   mvn test -Dtest=LoadTest -Dload=true -Dload.messages=2000     # about 80 seconds
 * </pre>
 *
 * <p>Skipped unless {@code -Dload=true}: Telegram lets a bot send 30 messages a second, so
 * 10,000 answers take at least 333 s however fast the bot is. Other knobs: {@code load.users}
 * (1000), {@code load.rate} (questions per second offered, 25: busy but under the limit; above
 * 30 the queue grows and latency with it), {@code load.groups} (3), {@code load.groupShare}
 * (0.03 of questions asked in a group), {@code load.seed} (42).
 */
@EnabledIfSystemProperty(named = "load", matches = "true")
class LoadTest {

    @TempDir
    Path data;

    @Test
    void everyQuestionGetsExactlyOneAnswerWithinTelegramsLimits() throws Exception {
        Options options = Options.fromSystemProperties();
        LoadReport report = LoadReport.of(LoadHarness.run(options.workload(), data));

        String text = report.render();
        System.out.println(text);
        Path file = Path.of("target", "load-report.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);

        assertThat(report.problems()).as("load run problems (report in %s)", file.toAbsolutePath()).isEmpty();
    }

    /** The workload, from {@code -Dload.*} system properties. */
    record Options(int users, int messages, double rate, int groups, double groupShare, long seed) {

        static Options fromSystemProperties() {
            return new Options(
                    Integer.getInteger("load.users", 1000),
                    Integer.getInteger("load.messages", 10_000),
                    Double.parseDouble(System.getProperty("load.rate", "25")),
                    Integer.getInteger("load.groups", 3),
                    Double.parseDouble(System.getProperty("load.groupShare", "0.03")),
                    Long.getLong("load.seed", 42L));
        }

        Workload workload() throws java.io.IOException {
            return Workload.generate(users, messages, groups, groupShare, rate, seed, BotConfig.DEFAULT_CORPUS_DIR);
        }
    }
}
