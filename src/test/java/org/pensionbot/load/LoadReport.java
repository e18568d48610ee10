package org.pensionbot.load;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.pensionbot.telegram.SendLimits;
import org.pensionbot.telegram.fake.FakeBotApi;

/**
 * What a load run shows: whether every question got exactly one answer, how fast, and whether
 * the bot kept to Telegram's limits as the fake server saw them.
 *
 * <p>Answers are matched to questions by chat and order: the bot answers the questions of one
 * chat in the order they came, one message each (every answer in the corpus fits in one
 * message), so the k-th message to a chat answers its k-th question. Latency is from the moment
 * the update was available to {@code getUpdates} to the moment its {@code sendMessage} reached
 * the server; it is split into "waiting to be fetched" and "fetched to answered".
 *
 * <p>Times are whole milliseconds on the fake server's clock, so each limit check allows 1 ms for
 * rounding: gaps in a chat of at least 999 ms, windows of 999 ms for "per second" and 59,999 ms
 * for "per minute".
 */
final class LoadReport {

    private static final SendLimits LIMITS = SendLimits.TELEGRAM;
    // GlobalPace spaces sends 1.03 / 30 s apart.
    private static final double BOT_CEILING_PER_SECOND = LIMITS.globalPerSecond() / 1.03;

    private final LoadHarness.Run run;
    private final List<String> problems = new ArrayList<>();
    private final List<Long> latencyAll = new ArrayList<>();
    private final List<Long> latencyPrivate = new ArrayList<>();
    private final List<Long> latencyGroup = new ArrayList<>();
    private final List<Long> fetchWait = new ArrayList<>();
    private final List<Long> fetchToAnswer = new ArrayList<>();
    private int answeredOnce;
    private int missing;
    private int extra;
    private long firstPush = Long.MAX_VALUE;
    private long lastPush = Long.MIN_VALUE;
    private int busySeconds;
    private int activeSeconds;
    private long lastAnswer = Long.MIN_VALUE;
    private long minChatGap = Long.MAX_VALUE;
    private int maxGroupPerMinute;
    private int maxPerSecond;
    private int sends;
    private int polls;
    private int confirmedBeforeAnswer;
    private long longestExposure;

    private LoadReport(LoadHarness.Run run) {
        this.run = run;
    }

    static LoadReport of(LoadHarness.Run run) {
        LoadReport report = new LoadReport(run);
        report.matchAnswers();
        report.checkLimits();
        report.checkConfirmations();
        return report;
    }

    List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    private void matchAnswers() {
        Map<Long, List<Integer>> questionsByChat = new TreeMap<>();
        for (int i = 0; i < run.workload().size(); i++) {
            questionsByChat.computeIfAbsent(run.workload().questions().get(i).chatId(), c -> new ArrayList<>()).add(i);
            firstPush = Math.min(firstPush, run.pushedAt().get(i));
            lastPush = Math.max(lastPush, run.pushedAt().get(i));
        }
        Map<Long, List<FakeBotApi.Call>> answersByChat = new HashMap<>();
        for (FakeBotApi.Call call : run.calls()) {
            if (call.method().equals("sendmessage") && call.delivered()) {
                answersByChat.computeIfAbsent(call.chatId(), c -> new ArrayList<>()).add(call);
                lastAnswer = Math.max(lastAnswer, call.atMillis());
            }
        }
        for (Map.Entry<Long, List<Integer>> chat : questionsByChat.entrySet()) {
            List<Integer> questions = chat.getValue();
            List<FakeBotApi.Call> answers = answersByChat.getOrDefault(chat.getKey(), List.of());
            int matched = Math.min(questions.size(), answers.size());
            for (int k = 0; k < matched; k++) {
                int q = questions.get(k);
                long pushed = run.pushedAt().get(q);
                long fetched = run.fetchedAt().get(q);
                long answered = answers.get(k).atMillis();
                if (answered < pushed || fetched < 0) {
                    problems.add("chat " + chat.getKey() + ": answer " + (k + 1) + " arrived before its question could be fetched");
                }
                long latency = answered - pushed;
                latencyAll.add(latency);
                (chat.getKey() < 0 ? latencyGroup : latencyPrivate).add(latency);
                fetchWait.add(fetched - pushed);
                fetchToAnswer.add(answered - fetched);
            }
            answeredOnce += matched;
            if (questions.size() > answers.size()) {
                missing += questions.size() - answers.size();
                problems.add("chat " + chat.getKey() + ": " + questions.size() + " questions but " + answers.size() + " answers");
            } else if (answers.size() > questions.size()) {
                extra += answers.size() - questions.size();
                problems.add("chat " + chat.getKey() + ": " + questions.size() + " questions but " + answers.size() + " answers");
            }
        }
        for (Long chat : answersByChat.keySet()) {
            if (!questionsByChat.containsKey(chat)) {
                extra += answersByChat.get(chat).size();
                problems.add("chat " + chat + " was sent messages but asked nothing");
            }
        }
    }

    /** Every sendMessage that reached the server counts, failed or not: Telegram counts what arrives. */
    private void checkLimits() {
        List<Long> all = new ArrayList<>();
        Map<Long, List<Long>> byChat = new HashMap<>();
        for (FakeBotApi.Call call : run.calls()) {
            if (call.method().equals("sendmessage")) {
                all.add(call.atMillis());
                byChat.computeIfAbsent(call.chatId(), c -> new ArrayList<>()).add(call.atMillis());
                sends++;
            } else if (call.method().equals("getupdates")) {
                polls++;
            }
        }
        // Calls are listed in the order the server handled them but stamped when they arrived.
        Collections.sort(all);
        byChat.values().forEach(Collections::sort);
        maxPerSecond = maxInWindow(all, 999);
        countBusySeconds(all);
        if (maxPerSecond > LIMITS.globalPerSecond()) {
            problems.add(maxPerSecond + " messages within one second (limit " + LIMITS.globalPerSecond() + ")");
        }
        for (Map.Entry<Long, List<Long>> chat : byChat.entrySet()) {
            List<Long> times = chat.getValue();
            for (int i = 1; i < times.size(); i++) {
                long gap = times.get(i) - times.get(i - 1);
                minChatGap = Math.min(minChatGap, gap);
                if (gap < LIMITS.perChatInterval().toMillis() - 1) {
                    problems.add("chat " + chat.getKey() + ": two messages " + gap + " ms apart");
                }
            }
            if (chat.getKey() < 0) {
                int perMinute = maxInWindow(times, LIMITS.groupWindow().toMillis() - 1);
                maxGroupPerMinute = Math.max(maxGroupPerMinute, perMinute);
                if (perMinute > LIMITS.groupMessages()) {
                    problems.add("group " + chat.getKey() + ": " + perMinute + " messages within a minute (limit "
                            + LIMITS.groupMessages() + ")");
                }
            }
        }
    }

    /**
     * Telegram forgets an update once a getUpdates asks for a higher offset. An update confirmed
     * before its answer reached the server would have been lost had the bot been killed in
     * between: count those, and the longest such stretch.
     */
    private void checkConfirmations() {
        List<long[]> offsets = new ArrayList<>(); // {arrived, highest offset asked so far}
        long highest = 0;
        for (FakeBotApi.Call call : run.calls()) {
            if (call.method().equals("getupdates")) {
                highest = Math.max(highest, call.body().path("offset").asLong());
                offsets.add(new long[] {call.atMillis(), highest});
            }
        }
        Map<Integer, Long> answeredAt = answerTimes();
        for (int i = 0; i < run.updateIds().size(); i++) {
            int id = run.updateIds().get(i);
            long confirmed = Long.MAX_VALUE;
            for (long[] poll : offsets) {
                if (poll[1] > id) {
                    confirmed = poll[0];
                    break;
                }
            }
            Long answered = answeredAt.get(id);
            if (confirmed != Long.MAX_VALUE && (answered == null || confirmed < answered)) {
                confirmedBeforeAnswer++;
                longestExposure = Math.max(longestExposure, (answered == null ? run.endedAtMillis() : answered) - confirmed);
            }
        }
    }

    /** Update id → when its answer reached the server, by the chat-and-order matching. */
    private Map<Integer, Long> answerTimes() {
        Map<Long, List<Integer>> idsByChat = new HashMap<>();
        for (int i = 0; i < run.workload().size(); i++) {
            idsByChat.computeIfAbsent(run.workload().questions().get(i).chatId(), c -> new ArrayList<>()).add(run.updateIds().get(i));
        }
        Map<Long, Integer> seen = new HashMap<>();
        Map<Integer, Long> answered = new HashMap<>();
        for (FakeBotApi.Call call : run.calls()) {
            if (call.method().equals("sendmessage") && call.delivered()) {
                List<Integer> ids = idsByChat.getOrDefault(call.chatId(), List.of());
                int k = seen.merge(call.chatId(), 1, Integer::sum) - 1;
                if (k < ids.size()) {
                    answered.put(ids.get(k), call.atMillis());
                }
            }
        }
        return answered;
    }

    /** Whole seconds (from the first question) in which the bot sent at least 29 messages: it was at the limit. */
    private void countBusySeconds(List<Long> sorted) {
        Map<Long, Integer> perSecond = new HashMap<>();
        for (long t : sorted) {
            if (t >= firstPush) {
                perSecond.merge((t - firstPush) / 1000, 1, Integer::sum);
            }
        }
        activeSeconds = perSecond.size();
        busySeconds = (int) perSecond.values().stream().filter(n -> n >= LIMITS.globalPerSecond() - 1).count();
    }

    /** The most times (sorted) within any span of {@code spanMillis}. */
    private static int maxInWindow(List<Long> times, long spanMillis) {
        int max = 0;
        int start = 0;
        for (int end = 0; end < times.size(); end++) {
            while (times.get(end) - times.get(start) >= spanMillis) {
                start++;
            }
            max = Math.max(max, end - start + 1);
        }
        return max;
    }

    double seconds() {
        return (lastAnswer - firstPush) / 1000.0;
    }

    double throughput() {
        return answeredOnce / seconds();
    }

    /** Answers per second while questions were still arriving: the rate under the offered load. */
    double arrivingRate() {
        long answered = run.calls().stream()
                .filter(c -> c.method().equals("sendmessage") && c.delivered() && c.atMillis() >= firstPush && c.atMillis() <= lastPush)
                .count();
        return answered / Math.max(0.001, (lastPush - firstPush) / 1000.0);
    }

    double offeredRate() {
        return run.workload().size() / Math.max(0.001, (lastPush - firstPush) / 1000.0);
    }

    String render() {
        Workload w = run.workload();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "pension-bot load run, %s%n", Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        out.append(String.format(Locale.ROOT, "machine:    %d cores, %s %s, Java %s, load average %.1f at the end%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        out.append(String.format(Locale.ROOT, "workload:   %d users, %d questions (%d in %d groups), Poisson arrivals at %.1f/s, seed %d%n",
                w.users(), w.size(), w.inGroups(), w.groups(), w.ratePerSecond(), w.seed()));
        out.append("bot:        real engine, corpus, event log (SQLite) and handled-update file; TelegramSettings.DEFAULTS\n");
        out.append(String.format(Locale.ROOT, "answers:    %d questions, %d answered; %d answers missing, %d extra%n",
                w.size(), answeredOnce, missing, extra));
        out.append(String.format(Locale.ROOT, "duration:   %.1f s from the first question to the last answer (at %.1f/s it cannot be under %.1f s)%n",
                seconds(), BOT_CEILING_PER_SECOND, w.size() / BOT_CEILING_PER_SECOND));
        out.append(String.format(Locale.ROOT, "offered:    %.1f questions/s (%d pushed in %.1f s)%n",
                offeredRate(), w.size(), (lastPush - firstPush) / 1000.0));
        out.append(String.format(Locale.ROOT, "throughput: %.1f answers/s while questions arrived, %.1f/s overall; %d of %d seconds"
                + " at the limit (>= %d sends)%n", arrivingRate(), throughput(), busySeconds, activeSeconds,
                LIMITS.globalPerSecond() - 1));
        out.append("limited by: ").append(limitedBy()).append('\n');
        out.append("latency, ms (question available to getUpdates -> answer at the server):\n");
        out.append("                        n      p50      p90      p99      max\n");
        out.append(row("all", latencyAll));
        out.append(row("private chats", latencyPrivate));
        out.append(row("groups", latencyGroup));
        out.append(row("  waiting to be fetched", fetchWait));
        out.append(row("  fetched to answered", fetchToAnswer));
        out.append(String.format(Locale.ROOT,
                "limits at the server: at most %d messages in any second (limit %d), closest two messages to one chat %d ms apart"
                        + " (limit %d), at most %d in any minute to one group (limit %d)%n",
                maxPerSecond, LIMITS.globalPerSecond(), minChatGap == Long.MAX_VALUE ? -1 : minChatGap,
                LIMITS.perChatInterval().toMillis(), maxGroupPerMinute, LIMITS.groupMessages()));
        out.append(String.format(Locale.ROOT, "crash risk: %d questions confirmed to Telegram before their answer was out (a kill then"
                + " would lose them), longest for %d ms%n", confirmedBeforeAnswer, longestExposure));
        out.append(String.format(Locale.ROOT, "calls:      %d sendMessage, %d getUpdates%n", sends, polls));
        out.append(problems.isEmpty() ? "result:     PASS\n" : "result:     FAIL\n  " + String.join("\n  ",
                problems.subList(0, Math.min(problems.size(), 20))) + (problems.size() > 20 ? "\n  ..." : "") + "\n");
        return out.toString();
    }

    /** Offered more than Telegram allows: did the bot send at the limit? Otherwise: did it keep up? */
    private String limitedBy() {
        if (offeredRate() >= 0.95 * BOT_CEILING_PER_SECOND) {
            if (arrivingRate() >= 0.95 * BOT_CEILING_PER_SECOND) {
                return String.format(Locale.ROOT, "Telegram's %d/s overall limit (the bot spaces sends for at most %.1f/s);"
                        + " the rest waited in the queue", LIMITS.globalPerSecond(), BOT_CEILING_PER_SECOND);
            }
            return String.format(Locale.ROOT, "the bot: %.1f answers/s while %.1f questions/s arrived, under Telegram's %d/s",
                    arrivingRate(), offeredRate(), LIMITS.globalPerSecond());
        }
        return String.format(Locale.ROOT, "the offered load (%.1f/s, under Telegram's %d/s); the slowest answers waited for"
                + " their chat's 1/s or their group's 20/min", offeredRate(), LIMITS.globalPerSecond());
    }

    private static String row(String name, List<Long> values) {
        if (values.isEmpty()) {
            return String.format(Locale.ROOT, "  %-22s %5d%n", name, 0);
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "  %-22s%6d %8d %8d %8d %8d%n", name, sorted.size(),
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), sorted.get(sorted.size() - 1));
    }

    /** Nearest rank. */
    private static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
