package org.pensionbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.pensionbot.config.WebConfig;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.CorpusLoader;
import org.pensionbot.dialog.Conversations;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.http.HttpHost;
import org.pensionbot.search.FaqIndex;
import org.pensionbot.store.Storage;
import org.pensionbot.web.WebChat;

/**
 * Load on the web chat API: {@code clients} concurrent browsers (200) talk to the page's API for
 * {@code seconds} (60) on this machine's loopback, each like a person: a question from
 * {@code tests.tsv}, sometimes a tap on a button of the reply, then a pause of 1 to 4 s (reading,
 * typing). Every client has its own session cookie and, behind the "proxy" the server trusts, its
 * own address, so the per-client rate limit applies as in production and refuses nobody.
 *
 * <p>Checks that every request got exactly one reply for its own question (the echoed, masked
 * question matches what was sent) and no error; prints the latency percentiles; exits 1 when p99
 * exceeds 100 ms or anything failed. The server records statistics in a throw-away SQLite file,
 * as production does. Traffic goes to 127.0.0.1 only.
 *
 * <pre>{@code java -cp target/benchmarks.jar org.pensionbot.bench.WebChatLoad [clients] [seconds]}</pre>
 */
public final class WebChatLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long P99_GOAL_MILLIS = 100;

    private WebChatLoad() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Corpus corpus = CorpusLoader.load(BenchCorpora.realDirectory());
        FaqIndex index = FaqIndex.build(corpus);
        DialogEngine engine = new DialogEngine(() -> index);
        List<String> questions = Files.readAllLines(BenchCorpora.realDirectory().resolve("tests.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("\t"))
                .map(line -> line.substring(0, line.indexOf('\t')).strip())
                .filter(q -> !q.isEmpty() && q.equals(org.pensionbot.privacy.PersonalData.mask(q)))
                .toList();
        Path db = Files.createTempFile("web-load", ".db");
        try (Storage storage = Storage.open("jdbc:sqlite:" + db, 180, Optional.of("load-test-key-0123456789"), Clock.systemUTC());
             WebChat chat = new WebChat(engine, new Conversations(engine), Optional.of(storage.recorder()),
                     new WebConfig("127.0.0.1", 0, true, WebConfig.DEFAULT_MESSAGES_PER_MINUTE));
             HttpHost host = HttpHost.start("127.0.0.1", 0, List.of(chat))) {
            String base = "http://127.0.0.1:" + host.port();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            System.out.printf("Warming up, then %d clients for %d s against %s (%d questions)%n", clients, seconds, base, questions.size());
            warmUp(http, base, questions);

            Results results = new Results();
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            CountDownLatch done = new CountDownLatch(clients);
            for (int i = 0; i < clients; i++) {
                int client = i;
                Thread thread = new Thread(() -> {
                    try {
                        new Client(http, base, questions, client, results).run(end);
                    } finally {
                        done.countDown();
                    }
                }, "load-client-" + i);
                thread.setDaemon(true);
                thread.start();
            }
            done.await();
            results.print(seconds);
            System.exit(results.passed() ? 0 : 1);
        } finally {
            Files.deleteIfExists(db);
        }
    }

    private static void warmUp(HttpClient http, String base, List<String> questions) throws Exception {
        for (int i = 0; i < 300; i++) {
            http.send(post(base + "/api/message", "10.255.0." + (i % 200), null,
                    Map.of("text", questions.get(i % questions.size()))), HttpResponse.BodyHandlers.ofString());
        }
    }

    static HttpRequest post(String url, String address, String cookie, Map<String, String> body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return request.build();
    }

    /** One simulated person. */
    private static final class Client {
        private final HttpClient http;
        private final String base;
        private final List<String> questions;
        private final Results results;
        private final Random random;
        private final String address;
        private String cookie;

        Client(HttpClient http, String base, List<String> questions, int number, Results results) {
            this.http = http;
            this.base = base;
            this.questions = questions;
            this.results = results;
            this.random = new Random(42 + number);
            this.address = "10.1." + (number / 250) + "." + (number % 250);
        }

        void run(long end) {
            // Start at staggered moments, as people do, not all in the same millisecond.
            pause(random.nextInt(3_000));
            while (System.nanoTime() < end) {
                String question = questions.get(random.nextInt(questions.size()));
                JsonNode reply = exchange("/api/message", Map.of("text", question), question);
                if (reply != null && random.nextInt(10) < 3) {
                    String choice = firstChoice(reply);
                    if (choice != null) {
                        exchange("/api/choice", Map.of("id", choice), null);
                    }
                }
                pause(1_000 + random.nextInt(3_000));
            }
        }

        private JsonNode exchange(String path, Map<String, String> body, String expectedQuestion) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(post(base + path, address, cookie, body), HttpResponse.BodyHandlers.ofString());
                long micros = (System.nanoTime() - start) / 1_000;
                response.headers().firstValue("Set-Cookie").ifPresent(set -> cookie = set.substring(0, set.indexOf(';')));
                JsonNode json = JSON.readTree(response.body());
                boolean ok = response.statusCode() == 200 && json.path("replies").size() >= 1
                        && (expectedQuestion == null || expectedQuestion.strip().equals(json.path("question").asText()));
                results.record(micros, response.statusCode(), ok);
                return ok ? json : null;
            } catch (Exception e) {
                results.record((System.nanoTime() - start) / 1_000, -1, false);
                results.problems.add(e.toString());
                return null;
            }
        }

        private static String firstChoice(JsonNode reply) {
            for (JsonNode row : reply.path("replies").get(0).path("choices")) {
                for (JsonNode choice : row) {
                    return choice.path("id").asText();
                }
            }
            return null;
        }

        private static void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Latencies and failures of all clients. */
    private static final class Results {
        private final ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicInteger limited = new AtomicInteger();
        private final AtomicLong count = new AtomicLong();
        private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();

        void record(long latencyMicros, int status, boolean ok) {
            micros.add(latencyMicros);
            count.incrementAndGet();
            if (status == 429) {
                limited.incrementAndGet();
            }
            if (!ok) {
                failed.incrementAndGet();
            }
        }

        boolean passed() {
            return failed.get() == 0 && percentile(99) <= P99_GOAL_MILLIS * 1_000;
        }

        long percentile(double p) {
            long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                return 0;
            }
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
        }

        void print(int seconds) {
            System.out.printf("requests %d (%.1f/s), failed %d (of which 429: %d)%n", count.get(), count.get() / (double) seconds,
                    failed.get(), limited.get());
            System.out.printf("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f%n", percentile(50) / 1e3,
                    percentile(90) / 1e3, percentile(99) / 1e3, percentile(99.9) / 1e3, percentile(100) / 1e3);
            problems.stream().distinct().limit(5).forEach(p -> System.out.println("  problem: " + p));
            System.out.println(passed() ? "PASS: p99 <= " + P99_GOAL_MILLIS + " ms, no errors, no lost replies"
                    : "FAIL: p99 > " + P99_GOAL_MILLIS + " ms or errors");
        }
    }
}
