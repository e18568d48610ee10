package org.pensionbot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.pensionbot.config.BotConfig;

/**
 * An in-process Telegram Bot API for tests: the real telegrambots client and long poller talk to
 * it over HTTP on 127.0.0.1.
 *
 * <p>It behaves like Telegram where the bot depends on it: {@code getUpdates} long-polls, honours
 * {@code offset} (updates below it are confirmed and forgotten; the rest come back, which is how a
 * restart sees unconfirmed updates) and {@code limit}; method names match case-insensitively
 * (telegrambots sends {@code sendmessage} but {@code deleteWebhook}); failures carry Telegram's
 * JSON ({@code error_code}, {@code parameters.retry_after}). It records every call, and can be
 * told to answer the next calls of a method with 429, 500, a proxy's HTML error page, a body that
 * is not valid JSON, or not at all for a while (so that the client's read timeout fires).
 *
 * <p>A faulty answer to {@code sendMessage} means the message did not reach the chat: such calls
 * are recorded but are not among {@link #messages()}. The one exception is
 * {@link #loseResponsesNext}, which delivers the message and then withholds the answer, as a
 * connection dropped after Telegram accepted the message would.
 *
 * <p>Thread-safe: all state is guarded by this object's monitor.
 */
public final class FakeBotApi implements AutoCloseable {

    public static final String TOKEN = "123456:TEST-fake-token";
    public static final long BOT_ID = 999_000L;
    public static final String BOT_USERNAME = "pension_helper_bot";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Call> calls = new ArrayList<>();
    private final TreeMap<Integer, ObjectNode> pendingUpdates = new TreeMap<>();
    private final TreeMap<Integer, ObjectNode> allUpdates = new TreeMap<>();
    private final Map<Integer, Long> pushedAtMillis = new HashMap<>();
    private final Map<Integer, Long> fetchedAtMillis = new HashMap<>();
    private final Map<String, Deque<Canned>> canned = new HashMap<>();
    private final long startNanos = System.nanoTime();
    private int nextUpdateId = 100;
    private int nextMessageId = 1;
    private int delivered;
    private boolean rejectToken;
    private boolean closed;

    /**
     * One request as the bot sent it.
     *
     * @param atMillis when it arrived, on this server's clock ({@link #clockMillis()})
     * @param status the HTTP status answered (200 also for a malformed body)
     * @param delivered for {@code sendMessage}: whether the message reached the chat
     */
    public record Call(String method, JsonNode body, long atMillis, int status, boolean delivered) {
        public String text() {
            return body.path("text").asText();
        }

        public long chatId() {
            return body.path("chat_id").asLong();
        }
    }

    /**
     * An answer. {@code delayMillis} holds it back (without blocking other calls); {@code deliver}
     * says whether a {@code sendMessage} reached the chat; a null {@code body} is filled in with
     * the message sent.
     */
    private record Canned(int status, String body, long delayMillis, boolean deliver) {
        Canned(int status, String body) {
            this(status, body, 0, false);
        }
    }

    private FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-bot-api");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    public static FakeBotApi start() throws IOException {
        return new FakeBotApi();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Settings pointing the bot at this server. */
    public BotConfig config() {
        return new BotConfig(BotConfig.DEFAULT_CORPUS_DIR, Optional.of(TOKEN), url(), Set.of(), BotConfig.DEFAULT_DATABASE_URL,
                BotConfig.DEFAULT_RETENTION_DAYS);
    }

    // ---- updates -------------------------------------------------------------------------

    /** Queues an update (built by {@link Updates}) for getUpdates; returns its update_id. */
    public synchronized int push(ObjectNode update) {
        int id = nextUpdateId++;
        update.put("update_id", id);
        pendingUpdates.put(id, update);
        allUpdates.put(id, update);
        pushedAtMillis.put(id, elapsedMillis());
        notifyAll();
        return id;
    }

    /** Gives an update an id without queueing it for getUpdates: for delivery by webhook. */
    public synchronized int number(ObjectNode update) {
        int id = nextUpdateId++;
        update.put("update_id", id);
        allUpdates.put(id, update);
        pushedAtMillis.put(id, elapsedMillis());
        return id;
    }

    /** When update {@code updateId} became available to getUpdates, on {@link #clockMillis()}. */
    public synchronized long pushedAtMillis(int updateId) {
        Long at = pushedAtMillis.get(updateId);
        if (at == null) {
            throw new IllegalArgumentException("no update " + updateId + " was pushed");
        }
        return at;
    }

    /** When a getUpdates answer first carried update {@code updateId}, or -1 if none has yet. */
    public synchronized long fetchedAtMillis(int updateId) {
        return fetchedAtMillis.getOrDefault(updateId, -1L);
    }

    /** This server's clock: milliseconds since it started. {@link Call#atMillis()} uses it too. */
    public long clockMillis() {
        return elapsedMillis();
    }

    /**
     * Makes every update pushed so far unconfirmed again, as if the bot had died after handling
     * them but before its next getUpdates told Telegram so.
     */
    public synchronized void forgetConfirmations() {
        pendingUpdates.putAll(allUpdates);
        notifyAll();
    }

    /** Updates not yet confirmed by a getUpdates with a higher offset. */
    public synchronized int unconfirmed() {
        return pendingUpdates.size();
    }

    // ---- faults --------------------------------------------------------------------------

    /** The next {@code times} calls of {@code method} get 429 with {@code retry_after}. */
    public synchronized void rateLimitNext(String method, int times, int retryAfterSeconds) {
        String body = "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                + retryAfterSeconds + "\",\"parameters\":{\"retry_after\":" + retryAfterSeconds + "}}";
        enqueue(method, times, new Canned(429, body));
    }

    /** The next {@code times} calls of {@code method} get 500 with Telegram's JSON error. */
    public synchronized void serverErrorNext(String method, int times) {
        enqueue(method, times, new Canned(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}"));
    }

    /** The next {@code times} calls get a 502 HTML page, as a proxy in front of Telegram sends. */
    public synchronized void badGatewayNext(String method, int times) {
        enqueue(method, times, new Canned(502, "<html><body><h1>502 Bad Gateway</h1></body></html>"));
    }

    /** The next call of {@code method} gets 400 with {@code description} (e.g. a bad HTML message). */
    public synchronized void badRequestNext(String method, String description) {
        enqueue(method, 1, new Canned(400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: " + description + "\"}"));
    }

    /**
     * The next {@code times} calls of {@code method} get 403 as Telegram sends when the user has
     * blocked the bot. A message is not delivered.
     */
    public synchronized void forbidNext(String method, int times) {
        enqueue(method, times, new Canned(403, "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}"));
    }

    /**
     * The next {@code times} calls of {@code method} get status 200 with a body cut off in the
     * middle, as a broken proxy or a truncated transfer would give. A message is not delivered.
     */
    public synchronized void malformedJsonNext(String method, int times) {
        enqueue(method, times, new Canned(200, "{\"ok\":true,\"result\":{\"message_id\":", 0, false));
    }

    /**
     * The next {@code times} calls of {@code method} get no answer for {@code delay} (longer than
     * the client's read timeout, so it gives up first), then a 504 page. A message is not
     * delivered: the request got stuck before reaching Telegram.
     */
    public synchronized void stallNext(String method, int times, Duration delay) {
        enqueue(method, times, new Canned(504, "<html><body><h1>504 Gateway Time-out</h1></body></html>", delay.toMillis(), false));
    }

    /**
     * The next {@code times} {@code sendMessage} calls deliver the message, but their answer is
     * held back for {@code delay}: the client times out not knowing the message arrived. No Bot
     * API client can tell this from {@link #stallNext}; a retry then shows the message twice.
     */
    public synchronized void loseResponsesNext(int times, Duration delay) {
        enqueue("sendmessage", times, new Canned(200, null, delay.toMillis(), true));
    }

    /** Every call answers 401 Unauthorized, as Telegram does for a revoked token. */
    public synchronized void rejectToken() {
        rejectToken = true;
    }

    /** Injected answers for {@code method} not yet served: 0 once a stretch of faults is over. */
    public synchronized int faultsLeft(String method) {
        Deque<Canned> queue = canned.get(method.toLowerCase(Locale.ROOT));
        return queue == null ? 0 : queue.size();
    }

    private void enqueue(String method, int times, Canned response) {
        Deque<Canned> queue = canned.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(response);
        }
    }

    // ---- what the bot did ----------------------------------------------------------------

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Calls of one method (case-insensitive), in order. */
    public synchronized List<Call> calls(String method) {
        String key = method.toLowerCase(Locale.ROOT);
        return calls.stream().filter(c -> c.method().equals(key)).toList();
    }

    /** sendMessage calls that reached {@code chatId}, in the order Telegram accepted them. */
    public synchronized List<Call> messagesTo(long chatId) {
        return calls.stream().filter(c -> c.method().equals("sendmessage") && c.delivered() && c.chatId() == chatId).toList();
    }

    /** Every sendMessage that reached its chat. */
    public synchronized List<Call> messages() {
        return calls.stream().filter(c -> c.method().equals("sendmessage") && c.delivered()).toList();
    }

    /** How many sendMessage calls reached their chat; cheaper than {@code messages().size()}. */
    public synchronized int deliveredCount() {
        return delivered;
    }

    /** Waits until {@code condition} holds for the recorded calls; fails the test on timeout. */
    public synchronized List<Call> await(Predicate<FakeBotApi> condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(this)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for " + what
                        + "; calls so far: " + summary());
            }
            TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
        }
        return List.copyOf(calls);
    }

    /** Waits until {@code chatId} has received at least {@code count} messages; returns them. */
    public List<Call> awaitMessages(long chatId, int count) throws InterruptedException {
        await(api -> api.messagesTo(chatId).size() >= count, Duration.ofSeconds(10), count + " message(s) to chat " + chatId);
        return messagesTo(chatId);
    }

    private String summary() {
        StringBuilder out = new StringBuilder();
        for (Call call : calls) {
            if (!call.method().equals("getupdates")) {
                out.append("\n  ").append(call.method()).append(' ').append(call.status()).append(' ').append(call.body());
            }
        }
        return out.toString();
    }

    // ---- HTTP ----------------------------------------------------------------------------

    private void serve(HttpExchange exchange) throws IOException {
        // Stamp the call before reading and parsing it: the rate checks should see when it arrived.
        long arrived = elapsedMillis();
        try (exchange) {
            String[] path = exchange.getRequestURI().getPath().split("/");
            String method = path.length >= 3 ? path[path.length - 1].toLowerCase(Locale.ROOT) : "";
            String token = path.length >= 2 && path[1].startsWith("bot") ? path[1].substring(3) : "";
            byte[] raw = exchange.getRequestBody().readAllBytes();
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            JsonNode body = raw.length == 0 ? NODES.objectNode()
                    : type != null && type.startsWith("multipart/form-data") ? formFields(type, raw) : JSON.readTree(raw);
            Canned response = respond(method, token, body, arrived);
            byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type",
                    response.body().startsWith("<") ? "text/html" : "application/json");
            exchange.sendResponseHeaders(response.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // The bot cancelled the request (shutdown of a long poll): nothing to answer.
        }
    }

    /** The text fields of a multipart form (telegrambots sends setWebhook that way) as a JSON object. */
    private static ObjectNode formFields(String contentType, byte[] raw) {
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + "boundary=".length()).replace("\"", "");
        ObjectNode fields = NODES.objectNode();
        for (String part : new String(raw, StandardCharsets.UTF_8).split(java.util.regex.Pattern.quote(boundary))) {
            int name = part.indexOf("name=\"");
            int blank = part.indexOf("\r\n\r\n");
            if (name < 0 || blank < 0) {
                continue;
            }
            String key = part.substring(name + 6, part.indexOf('"', name + 6));
            String value = part.substring(blank + 4);
            fields.put(key, value.endsWith("\r\n") ? value.substring(0, value.length() - 2) : value);
        }
        return fields;
    }

    /** The secret token of the last {@code setWebhook}, or null if none was set. */
    public synchronized String webhookSecret() {
        List<Call> set = calls("setwebhook");
        return set.isEmpty() ? null : set.get(set.size() - 1).body().path("secret_token").asText(null);
    }

    /** The URL of the last {@code setWebhook}, or null if none was set (or deleteWebhook came after). */
    public synchronized String webhookUrl() {
        List<Call> set = calls("setwebhook");
        return set.isEmpty() ? null : set.get(set.size() - 1).body().path("url").asText(null);
    }

    private Canned respond(String method, String token, JsonNode body, long arrived) {
        Canned response;
        if (method.equals("getupdates")) {
            response = getUpdates(body, arrived);
        } else {
            synchronized (this) {
                response = decide(method, token, body);
                boolean reached = method.equals("sendmessage") && response.deliver();
                if (reached) {
                    delivered++;
                    if (response.body() == null) {
                        response = new Canned(200, ok(sentMessage(body)).body(), response.delayMillis(), true);
                    }
                }
                calls.add(new Call(method, body, arrived, response.status(), reached));
                notifyAll();
            }
        }
        if (response.delayMillis() > 0) {
            try {
                Thread.sleep(response.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return response;
    }

    private Canned decide(String method, String token, JsonNode body) {
        if (rejectToken || !token.equals(TOKEN)) {
            return new Canned(401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        }
        Deque<Canned> queue = canned.get(method);
        if (queue != null && !queue.isEmpty()) {
            return queue.poll();
        }
        return switch (method) {
            case "getme" -> ok(NODES.objectNode().put("id", BOT_ID).put("is_bot", true)
                    .put("first_name", "养老认证小助手").put("username", BOT_USERNAME));
            case "sendmessage" -> new Canned(200, ok(sentMessage(body)).body(), 0, true);
            case "deletewebhook", "setwebhook", "setmycommands", "answercallbackquery" -> ok(NODES.booleanNode(true));
            default -> new Canned(404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: method not found\"}");
        };
    }

    private ObjectNode sentMessage(JsonNode request) {
        long chatId = request.path("chat_id").asLong();
        ObjectNode chat = NODES.objectNode().put("id", chatId).put("type", chatId < 0 ? "supergroup" : "private");
        ObjectNode message = NODES.objectNode()
                .put("message_id", nextMessageId++)
                .put("date", System.currentTimeMillis() / 1000)
                .put("text", request.path("text").asText());
        message.set("chat", chat);
        message.set("from", NODES.objectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "bot"));
        return message;
    }

    /** Long poll: confirm below offset, answer at once if anything is pending, else wait up to timeout. */
    private Canned getUpdates(JsonNode body, long arrived) {
        int offset = body.path("offset").asInt(0);
        int limit = body.path("limit").asInt(100);
        long timeoutMillis = body.path("timeout").asLong(0) * 1000;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (this) {
            Deque<Canned> queue = canned.get("getupdates");
            Canned fault = queue == null ? null : queue.poll();
            calls.add(new Call("getupdates", body, arrived, fault == null ? 200 : fault.status(), false));
            notifyAll();
            if (fault != null) {
                return fault;
            }
            if (rejectToken) {
                return new Canned(401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
            }
            if (offset > 0) {
                pendingUpdates.headMap(offset).clear();
            }
            notifyAll();
            while (pendingUpdates.isEmpty() && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            ArrayNode result = NODES.arrayNode();
            long now = elapsedMillis();
            pendingUpdates.values().stream().limit(limit).forEach(update -> {
                result.add(update.deepCopy());
                fetchedAtMillis.putIfAbsent(update.path("update_id").asInt(), now);
            });
            return ok(result);
        }
    }

    private static Canned ok(JsonNode result) {
        ObjectNode response = NODES.objectNode().put("ok", true);
        response.set("result", result);
        return new Canned(200, response.toString());
    }

    private long elapsedMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        server.stop(0);
        executor.shutdownNow();
    }
}
