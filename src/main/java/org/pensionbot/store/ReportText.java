package org.pensionbot.store;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Renders {@link Stats} and {@link UnansweredReport} as plain text with short Simplified Chinese
 * labels, readable in a Telegram message and a terminal alike.
 *
 * <p>No markup: a channel sending with {@code parse_mode=HTML} must escape the text first. Long
 * questions are cut to {@value #MAX_QUESTION_CHARS} characters and at most {@value #MAX_VARIANTS}
 * variants are shown, so a list of ten stays well inside Telegram's 4096-character message limit.
 * Channels are named as admins know them (Telegram, 网页, 终端). Stateless and thread-safe.
 */
public final class ReportText {

    static final int MAX_QUESTION_CHARS = 60;
    static final int MAX_VARIANTS = 2;
    private static final Map<String, String> CHANNEL_NAMES = Map.of(
            EventRecorder.TELEGRAM, "Telegram", EventRecorder.WEB, "网页", EventRecorder.TERMINAL, "终端");
    private static final DateTimeFormatter LAST_SEEN = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(Reports.ZONE);

    private ReportText() {
    }

    public static String stats(Stats stats) {
        StringBuilder out = new StringBuilder();
        out.append("📊 问答统计 · ").append(stats.today()).append("（北京时间）\n");
        counts(out, "今天", stats.todayCounts());
        counts(out, period(stats.days()), stats.periodCounts());
        if (!stats.channels().isEmpty()) {
            out.append("按渠道（").append(period(stats.days())).append("）：\n");
            for (Stats.ChannelCounts channel : stats.channels()) {
                Stats.Counts counts = channel.counts();
                out.append("  ").append(channel(channel.channel())).append("：").append(counts.questions()).append(" 个问题，")
                        .append(counts.users()).append(" 位用户 · 回答 ").append(counts.answered())
                        .append(" · 追问 ").append(counts.clarified()).append(" · 未答 ").append(counts.fallback()).append('\n');
            }
        }

        out.append("热门条目（").append(period(stats.days())).append("）：\n");
        List<Stats.EntryCount> top = stats.topEntries();
        if (top.isEmpty()) {
            out.append("  暂无\n");
        }
        for (int i = 0; i < top.size(); i++) {
            out.append("  ").append(i + 1).append(". ").append(top.get(i).entryId())
                    .append("：").append(top.get(i).answers()).append(" 次\n");
        }

        out.append("反馈 👍/👎（").append(period(stats.days())).append("）：\n");
        if (stats.feedback().isEmpty()) {
            out.append("  暂无\n");
        }
        for (Stats.EntryFeedback entry : stats.feedback()) {
            out.append("  ").append(entry.entryId()).append("：👍 ").append(entry.helpful())
                    .append("  👎 ").append(entry.unhelpful()).append('\n');
        }
        return out.toString();
    }

    public static String unanswered(UnansweredReport report) {
        if (report.questions().isEmpty()) {
            return "❓ " + period(report.days()) + "没有未答或追问的问题。\n";
        }
        StringBuilder out = new StringBuilder();
        out.append("❓ ").append(period(report.days())).append("未答和追问最多的问题：\n");
        List<UnansweredReport.Question> questions = report.questions();
        for (int i = 0; i < questions.size(); i++) {
            UnansweredReport.Question q = questions.get(i);
            out.append(i + 1).append(". ").append(cut(q.text()))
                    .append("（").append(channels(q)).append(q.count()).append(" 次：未答 ").append(q.fallbacks())
                    .append("，追问 ").append(q.clarifies())
                    .append("；最近 ").append(LAST_SEEN.format(q.lastSeen())).append("）\n");
            if (!q.variants().isEmpty()) {
                out.append("   类似：");
                List<String> shown = q.variants().subList(0, Math.min(MAX_VARIANTS, q.variants().size()));
                out.append(String.join(" / ", shown.stream().map(ReportText::cut).toList()));
                if (q.variants().size() > shown.size()) {
                    out.append(" 等");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Where a question was asked, as the start of its parenthesis: "网页 · ", "Telegram、网页 · ";
     * nothing when unknown.
     */
    public static String channels(UnansweredReport.Question question) {
        if (question.channels().isEmpty()) {
            return "";
        }
        return String.join("、", question.channels().stream().map(ReportText::channel).toList()) + " · ";
    }

    /** A channel's name for admins; an unknown one as stored. */
    static String channel(String name) {
        return CHANNEL_NAMES.getOrDefault(name, name);
    }

    private static void counts(StringBuilder out, String label, Stats.Counts counts) {
        out.append(label).append("：").append(counts.questions()).append(" 个问题，").append(counts.users()).append(" 位用户\n");
        if (counts.questions() > 0) {
            out.append("  回答 ").append(counts.answered()).append("（").append(counts.percent(counts.answered())).append("%）")
                    .append(" · 追问 ").append(counts.clarified()).append("（").append(counts.percent(counts.clarified())).append("%）")
                    .append(" · 未答 ").append(counts.fallback()).append("（").append(counts.percent(counts.fallback())).append("%）\n");
        }
    }

    private static String period(int days) {
        return days == 1 ? "今天" : "近 " + days + " 天";
    }

    private static String cut(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        if (oneLine.codePointCount(0, oneLine.length()) <= MAX_QUESTION_CHARS) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, MAX_QUESTION_CHARS)) + "…";
    }
}
