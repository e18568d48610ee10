package org.pensionbot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pensionbot.config.WebConfig;
import org.pensionbot.corpus.Menus;
import org.pensionbot.dialog.Choice;
import org.pensionbot.dialog.Conversations;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.dialog.Phrases;
import org.pensionbot.dialog.Reply;
import org.pensionbot.dialog.ReplyChoices;
import org.pensionbot.http.HttpHost;
import org.pensionbot.privacy.PersonalData;
import org.pensionbot.remind.CalendarReminder;
import org.pensionbot.remind.CalendarReminderDialog;
import org.pensionbot.remind.ReminderQuestions;
import org.pensionbot.remind.ReminderIntent;
import org.pensionbot.remind.ReminderMessage;
import org.pensionbot.store.EventRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web chat page and its JSON API, for people who cannot use Telegram: a relative opens the
 * link in any phone browser, WeChat's included.
 *
 * <ul>
 *   <li>{@code GET /} the page, {@code /chat.css}, {@code /chat.js} — from the jar, nothing from elsewhere.</li>
 *   <li>{@code GET /api/start} the greeting and the topic buttons.</li>
 *   <li>{@code POST /api/message} {@code {"text":"…"}} — a typed question.</li>
 *   <li>{@code POST /api/choice} {@code {"id":"a:…"}} — a tapped choice.</li>
 *   <li>{@code GET /api/reminder.ics?month=202605&for=m} — the yearly reminder as a calendar file.</li>
 * </ul>
 * Both POSTs answer {@code {"question":"…","replies":[…]}} ({@link WebReplies}); {@code question}
 * is the typed text with personal numbers masked, for the page to show instead of what was typed.
 *
 * <p>Only renders and transports: {@link Conversations} decides every reply, exactly as on Telegram
 * and in the terminal, and the reminder dialog is the channel-free {@link CalendarReminderDialog}
 * (the same start, months and "for whom" choices as on Telegram), which ends with a calendar file
 * instead of a stored reminder: the page keeps nothing about the person beyond the anonymous
 * session, and the phone's calendar does the reminding. The session is an anonymous cookie ({@link SessionCookie}); questions and
 * ratings reach the statistics as channel {@code web}, masked and pseudonymous. Every response
 * carries {@link SecurityHeaders}; a client sending faster than {@link WebConfig#messagesPerMinute()}
 * is asked kindly to wait (HTTP 429).
 *
 * <p>Deliberately no admin commands ({@code AdminConversation}): the page has no login, so anyone
 * could read the statistics and the unanswered questions or change the corpus. "/stats" typed here
 * is answered as any other question. Thread-safe.
 */
public final class WebChat implements HttpHost.Routes, AutoCloseable {

    /** What the page says when a client sends too fast. */
    static final String SLOW_DOWN = "您发得有点快，请稍后再试。休息一下，过一会儿再问我。";
    static final String GREETING = """
            您好！我是养老保险认证小助手。
            请直接打字问我，比如：“支付宝怎么做社保认证？”“怎么帮我妈认证？”

            也可以点下面的按钮。

            """ + ReminderIntent.INTRODUCTION;
    private static final String BAD_REQUEST = "没收到您的问题，请再发一次。";
    private static final String BAD_CALENDAR_LINK = "这个日历链接不完整。请回到聊天页面，发“提醒我”重新做一个。";

    private static final Logger log = LoggerFactory.getLogger(WebChat.class);
    private static final String CHANNEL = EventRecorder.WEB;

    private final DialogEngine engine;
    private final Conversations conversations;
    private final WebReplies replies;
    private final Optional<EventRecorder> recorder;
    private final ClientRateLimit rateLimit;
    private final StatisticsQueue statistics = new StatisticsQueue();
    private final WebConfig config;
    private final CalendarReminderDialog reminders;
    /** Sessions whose last reminder message asked for a month or a person: a typed "3月" or "我妈" answers it. */
    private final ReminderQuestions reminderQuestions;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final List<StaticPage> pages = List.of(
            StaticPage.load("index.html", "text/html; charset=utf-8"),
            StaticPage.load("chat.css", "text/css; charset=utf-8"),
            StaticPage.load("chat.js", "text/javascript; charset=utf-8"));

    /**
     * @param conversations the conversation layer (its own, or shared with another channel: the
     *     chat keys of the web never clash with others)
     * @param recorder where statistics go; empty to keep none
     */
    public WebChat(DialogEngine engine, Conversations conversations, Optional<EventRecorder> recorder, WebConfig config) {
        this(engine, conversations, recorder, config, Clock.systemUTC());
    }

    /** @param clock the month the reminder dialog offers and the calendar file's time stamp go by; tests pass their own */
    public WebChat(DialogEngine engine, Conversations conversations, Optional<EventRecorder> recorder, WebConfig config, Clock clock) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reminders = new CalendarReminderDialog(clock, () -> engine.corpus().menus());
        this.reminderQuestions = new ReminderQuestions(clock);
        this.replies = new WebReplies(json, new ReplyChoices(engine::popularTopics, List.of(reminders::offerUnder)));
        this.rateLimit = new ClientRateLimit(config.messagesPerMinute());
    }

    @Override
    public void addTo(JavalinConfig javalin) {
        for (StaticPage page : pages) {
            javalin.routes.get(page.path(), ctx -> page(ctx, page));
        }
        javalin.routes.get("/", ctx -> page(ctx, pages.get(0)));
        javalin.routes.get("/api/start", this::start);
        javalin.routes.post("/api/message", this::message);
        javalin.routes.post("/api/choice", this::choice);
        javalin.routes.get("/api/reminder.ics", this::calendar);
    }

    private void page(Context ctx, StaticPage page) {
        SecurityHeaders.apply(ctx);
        // Short caching: a corrected page reaches phones within minutes.
        ctx.header("Cache-Control", "public, max-age=300");
        ctx.contentType(page.contentType()).result(page.body());
    }

    private void start(Context ctx) {
        SecurityHeaders.apply(ctx);
        SessionCookie.of(ctx, isSecure(ctx));
        respond(ctx, 200, null, List.of(replies.text(GREETING, topicRows(engine.corpus().menus()))));
    }

    private void message(Context ctx) {
        Optional<String> session = admit(ctx);
        if (session.isEmpty()) {
            return;
        }
        Optional<String> text = field(ctx, "text");
        if (text.isEmpty()) {
            respond(ctx, 400, null, List.of(replies.text(BAD_REQUEST, List.of())));
            return;
        }
        String chatKey = chatKey(session.get());
        // "提醒我", or a month or a person typed in answer to the dialog's question: the reminder dialog, before
        // the FAQ is searched; nothing of it is recorded.
        Optional<ReminderMessage> reminder = reminderQuestions.typedAnswer(chatKey, text.get())
                .map(month -> reminders.tap(month.id()))
                .or(() -> reminders.onText(text.get()));
        if (reminder.isPresent()) {
            reminderQuestions.asked(chatKey, reminder.get());
            reminder.get().followUpEntry().flatMap(engine::answerFor).ifPresent(answer -> conversations.remember(chatKey, answer));
            respond(ctx, 200, PersonalData.mask(text.get()).strip(), List.of(replies.reminder(reminder.get())));
            log.debug("web {}: reminder dialog", LogSession.of(session.get()));
            return;
        }
        reminderQuestions.cancel(chatKey);
        // A topic button's label typed (or pasted) as text answers that entry, as on Telegram.
        Reply reply = engine.corpus().menus().entryForLabel(text.get().strip())
                .flatMap(engine::answerFor)
                .<Reply>map(answer -> {
                    conversations.remember(chatKey, answer);
                    return answer;
                })
                .orElseGet(() -> conversations.reply(chatKey, text.get()));
        respond(ctx, 200, PersonalData.mask(text.get()).strip(), List.of(replies.render(reply)));
        log.debug("web {}: {}", LogSession.of(session.get()), reply.action().wireName());
        recorder.ifPresent(r -> statistics.submit(() -> r.record(CHANNEL, session.get(), reply)));
    }

    private void choice(Context ctx) {
        Optional<String> session = admit(ctx);
        if (session.isEmpty()) {
            return;
        }
        String id = field(ctx, "id").orElse("");
        if (CalendarReminderDialog.owns(id)) {
            ReminderMessage tapped = reminders.tap(id);
            reminderQuestions.asked(chatKey(session.get()), tapped);
            respond(ctx, 200, null, List.of(replies.reminder(tapped)));
            log.debug("web {}: reminder choice", LogSession.of(session.get()));
            return;
        }
        List<Reply> ours = conversations.tap(chatKey(session.get()), id);
        List<Reply> tapped = !ours.isEmpty() ? ours : List.of(new Reply.SmallTalk("", false, Reply.SmallTalkKind.EXPIRED_CHOICE,
                Phrases.EXPIRED_CHOICE));
        List<ObjectNode> rendered = tapped.stream().map(replies::render).toList();
        respond(ctx, 200, null, rendered);
        log.debug("web {}: choice {}", LogSession.of(session.get()), id.length() > 1 ? id.substring(0, 1) : id);
        recorder.ifPresent(r -> tapped.forEach(reply -> statistics.submit(() -> {
            if (reply instanceof Reply.Feedback feedback) {
                r.recordFeedback(CHANNEL, session.get(), feedback.entryId(), feedback.helpful());
            } else if (reply instanceof Reply.Answer && id.startsWith(ReplyChoices.ANSWER + ":")) {
                r.record(CHANNEL, session.get(), reply);
            }
        })));
    }

    /**
     * The calendar file the reminder dialog links to, made afresh from the link's month and
     * "for whom" code: nothing was stored. A malformed link gets 404 and a short explanation.
     */
    private void calendar(Context ctx) {
        SecurityHeaders.apply(ctx);
        if (!rateLimit.tryAcquire(clientAddress(ctx))) {
            ctx.status(429).contentType("text/plain; charset=utf-8").result(SLOW_DOWN);
            return;
        }
        Optional<CalendarReminder> reminder = CalendarReminder.fromLink(
                ctx.queryParam("month"), ctx.queryParam("for"), ctx.queryParam("unknown"));
        if (reminder.isEmpty()) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result(BAD_CALENDAR_LINK);
            return;
        }
        ctx.header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"" + CalendarReminder.FILE_NAME + "\"")
                .contentType(CalendarReminder.MEDIA_TYPE)
                .result(reminder.get().ics(clock.instant()));
    }

    /** Writes the statistics still queued; call after the HTTP server stopped, before the database closes. */
    @Override
    public void close() {
        statistics.close();
    }

    /** The session, once the security headers are set and the client is within its rate; empty when refused. */
    private Optional<String> admit(Context ctx) {
        SecurityHeaders.apply(ctx);
        if (!rateLimit.tryAcquire(clientAddress(ctx))) {
            respond(ctx, 429, null, List.of(replies.text(SLOW_DOWN, List.of())));
            return Optional.empty();
        }
        return Optional.of(SessionCookie.of(ctx, isSecure(ctx)));
    }

    /** A string field of the JSON body; empty for a missing field, another type, or a body that is not JSON. */
    private Optional<String> field(Context ctx, String name) {
        try {
            JsonNode body = json.readTree(ctx.bodyAsBytes());
            JsonNode value = body == null ? null : body.get(name);
            return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void respond(Context ctx, int status, String question, List<ObjectNode> rendered) {
        ObjectNode body = json.createObjectNode();
        if (question != null) {
            body.put("question", question);
        }
        ArrayNode array = body.putArray("replies");
        rendered.forEach(array::add);
        ctx.status(status).header("Cache-Control", "no-store").contentType("application/json; charset=utf-8").result(body.toString());
    }

    /** The start menu of {@code menus.yml} as choices, one per row like Telegram's big buttons. */
    private static List<List<Choice>> topicRows(Menus menus) {
        List<List<Choice>> rows = new ArrayList<>();
        for (Menus.MenuItem item : menus.startMenu()) {
            ReplyChoices.choice(item.label(), org.pensionbot.dialog.ChoiceId.of(ReplyChoices.ANSWER, item.entry()), Choice.Kind.ENTRY)
                    .ifPresent(choice -> rows.add(List.of(choice)));
        }
        return rows;
    }

    /**
     * The client's address for rate limiting: the peer, or behind a trusted reverse proxy the last
     * {@code X-Forwarded-For} entry, which the proxy itself appended (earlier ones the client may forge).
     */
    private String clientAddress(Context ctx) {
        if (config.trustProxy()) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                return hops[hops.length - 1].strip();
            }
        }
        return ctx.ip();
    }

    private boolean isSecure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme())
                || (config.trustProxy() && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")));
    }

    private static String chatKey(String session) {
        return "web:" + session;
    }
}
