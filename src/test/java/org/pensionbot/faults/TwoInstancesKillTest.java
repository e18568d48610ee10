package org.pensionbot.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.remind.Recipient;
import org.pensionbot.remind.ReminderStore;
import org.pensionbot.store.Database;
import org.pensionbot.store.TestPostgres;
import org.pensionbot.store.UpdateClaims;
import org.pensionbot.telegram.fake.FakeBotApi;
import org.pensionbot.telegram.fake.WebhookDelivery;

/**
 * Two bot instances in webhook mode behind a load balancer, sharing one PostgreSQL database; the
 * fake Bot API delivers the webhooks to both in turn, and one instance is SIGKILLed mid-stream.
 * No question is lost (the killed instance's open updates are taken over once its lease runs out),
 * at most one answer is repeated, and every reminder that was due is sent exactly once although
 * both instances' schedulers raced for it.
 *
 * <p>Needs {@code TEST_POSTGRES_URL} (CI starts a server); skipped without one.
 */
class TwoInstancesKillTest {

    private static final int USERS = 8;
    private static final long FIRST_USER = 901;
    private static final int REMINDERS = 10;
    private static final long FIRST_REMINDER_CHAT = 7_700_001L;
    private static final Duration START = Duration.ofSeconds(120);
    // The stream itself takes seconds; a killed instance's open updates wait for its lease to run out.
    private static final Duration ALL_ANSWERED = UpdateClaims.LEASE.plus(UpdateClaims.HEARTBEAT).plusSeconds(60);

    @TempDir
    Path logs;

    private final List<Process> processes = new ArrayList<>();
    private FakeBotApi api;
    private String schema;

    @AfterEach
    void stop() throws Exception {
        processes.forEach(Process::destroyForcibly);
        for (Process process : processes) {
            process.waitFor(10, TimeUnit.SECONDS);
        }
        if (api != null) {
            api.close();
        }
        if (schema != null) {
            TestPostgres.dropSchema(schema);
        }
    }

    @Test
    void oneOfTwoInstancesKilledMidStreamLosesNoQuestionAndNoReminderIsSentTwice() throws Exception {
        TestPostgres.assumeReachable();
        schema = TestPostgres.createSchema("pension_bot_two_");
        String databaseUrl = TestPostgres.urlFor(schema);
        List<Long> reminderChats = dueReminders(databaseUrl);
        api = FakeBotApi.start();
        TopicStream stream = new TopicStream(FIRST_USER, USERS);

        int[] ports = {freePort(), freePort()};
        Process first = launch("first", databaseUrl, ports[0]);
        Process second = launch("second", databaseUrl, ports[1]);
        go(first, "first");
        go(second, "second");
        WebhookDelivery telegram = new WebhookDelivery(api, List.of(webhookUrl(ports[0]), webhookUrl(ports[1])));

        int killAfter = stream.total() / 3;
        int sent = 0;
        for (int k = 0; k < TopicStream.PER_USER; k++) {
            for (long user : stream.users()) {
                var update = stream.question(user, k);
                api.number(update);
                telegram.deliver(update);
                if (++sent == killAfter) {
                    first.destroyForcibly();
                    assertThat(first.waitFor(10, TimeUnit.SECONDS)).as("killed instance ended").isTrue();
                }
                Thread.sleep(30);
            }
        }
        awaitOutcome(stream, reminderChats);

        TopicStream.Outcome outcome = stream.outcome(api);
        long takenOver = Files.readString(logs.resolve("second.log")).lines().filter(l -> l.contains("Took over update")).count();
        System.out.printf("two instances, one killed after %d of %d questions: %s; %d update(s) taken over; %d deliveries refused%n",
                killAfter, stream.total(), outcome.toString().lines().findFirst().orElse(""), takenOver,
                telegram.statuses().stream().filter(status -> status != 200).count());
        // The kill must have left open updates behind, or this test would not show the take-over.
        assertThat(takenOver).as("updates the surviving instance took over\n%s", logs()).isPositive();
        assertThat(outcome.lost()).as("%s\n%s", outcome, logs()).isZero();
        assertThat(outcome.duplicates()).as("%s", outcome).isLessThanOrEqualTo(1);
        for (long chat : reminderChats) {
            assertThat(api.messagesTo(chat)).as("reminders to chat %d", chat).hasSize(1);
        }
    }

    /** Due reminders in the shared database, as the two schedulers will find them at start. */
    private static List<Long> dueReminders(String databaseUrl) throws Exception {
        List<Long> chats = new ArrayList<>();
        try (Database database = Database.open(databaseUrl)) {
            ReminderStore store = new ReminderStore(database, Clock.systemUTC());
            for (long chat = FIRST_REMINDER_CHAT; chat < FIRST_REMINDER_CHAT + REMINDERS; chat++) {
                store.add(chat, Recipient.SELF, YearMonth.now().minusMonths(11), true);
                chats.add(chat);
            }
            database.call(c -> c.createStatement().executeUpdate("UPDATE reminder SET next_due_at = 0"));
        }
        return chats;
    }

    private void awaitOutcome(TopicStream stream, List<Long> reminderChats) throws InterruptedException {
        long deadline = System.nanoTime() + ALL_ANSWERED.toNanos();
        while (System.nanoTime() - deadline < 0) {
            boolean reminded = reminderChats.stream().allMatch(chat -> !api.messagesTo(chat).isEmpty());
            if (stream.outcome(api).lost() == 0 && reminded) {
                Thread.sleep(1500); // a repeated answer or reminder would arrive right after
                return;
            }
            Thread.sleep(100);
        }
    }

    private Process launch(String name, String databaseUrl, int port) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), WebhookBotProcess.class.getName(),
                api.url().toString(), databaseUrl, RealEngine.CORPUS.toAbsolutePath().toString(), Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private void go(Process process, String name) throws Exception {
        awaitLine(process, name, WebhookBotProcess.READY);
        process.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
        awaitLine(process, name, WebhookBotProcess.STARTED);
    }

    private void awaitLine(Process process, String name, String line) throws Exception {
        Path log = logs.resolve(name + ".log");
        long deadline = System.nanoTime() + START.toNanos();
        while (!Files.readString(log).contains(line)) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " ended with " + process.exitValue() + ":\n" + logs());
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(name + " did not print '" + line + "' within " + START.toSeconds() + " s:\n" + logs());
            }
            Thread.sleep(50);
        }
    }

    private static URI webhookUrl(int port) {
        return URI.create("http://127.0.0.1:" + port + WebhookBotProcess.PUBLIC_URL.getPath());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private String logs() {
        StringBuilder out = new StringBuilder();
        try (var files = Files.list(logs)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                out.append("--- ").append(file.getFileName()).append('\n').append(Files.readString(file));
            }
        } catch (IOException e) {
            out.append("(logs unreadable: ").append(e).append(')');
        }
        return out.toString();
    }
}
