package org.pensionbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an admin reads in Telegram or the terminal, and what export-unanswered writes. */
class ReportTextTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void statsShowCountsSharesTopEntriesAndFeedback() {
        Stats stats = new Stats(TODAY, 7, new Stats.Counts(2, 1, 1, 3), new Stats.Counts(3, 1, 2, 4),
                List.of(new Stats.EntryCount("alipay-self", 2)), List.of(new Stats.EntryFeedback("alipay-self", 2, 1)),
                List.of(new Stats.ChannelCounts("telegram", new Stats.Counts(2, 1, 1, 3)),
                        new Stats.ChannelCounts("web", new Stats.Counts(1, 0, 1, 1))));

        assertThat(ReportText.stats(stats)).isEqualTo("""
                📊 问答统计 · 2026-11-28（北京时间）
                今天：4 个问题，3 位用户
                  回答 2（50%） · 追问 1（25%） · 未答 1（25%）
                近 7 天：6 个问题，4 位用户
                  回答 3（50%） · 追问 1（17%） · 未答 2（33%）
                按渠道（近 7 天）：
                  Telegram：4 个问题，3 位用户 · 回答 2 · 追问 1 · 未答 1
                  网页：2 个问题，1 位用户 · 回答 1 · 追问 0 · 未答 1
                热门条目（近 7 天）：
                  1. alipay-self：2 次
                反馈 👍/👎（近 7 天）：
                  alipay-self：👍 2  👎 1
                """);
    }

    @Test
    void emptyStatsSayThereIsNothingYet() {
        Stats stats = new Stats(TODAY, 7, Stats.Counts.NONE, Stats.Counts.NONE, List.of(), List.of(), List.of());

        assertThat(ReportText.stats(stats)).contains("今天：0 个问题，0 位用户\n近 7 天：0 个问题").contains("  暂无\n")
                .doesNotContain("按渠道");
    }

    @Test
    void unansweredShowsCountsBeijingTimeAndAFewVariants() {
        UnansweredReport report = new UnansweredReport(TODAY, 7, List.of(
                new UnansweredReport.Question("在国外怎么做认证？", 4, 1, Instant.parse("2026-11-28T01:00:00Z"),
                        List.of("在国外怎么做认证呢", "人在国外怎么认证", "国外认证"), List.of("telegram", "web")),
                new UnansweredReport.Question("养老金多少钱", 1, 0, Instant.parse("2026-11-27T01:00:00Z"), List.of(), List.of("web"))));

        assertThat(ReportText.unanswered(report)).isEqualTo("""
                ❓ 近 7 天未答和追问最多的问题：
                1. 在国外怎么做认证？（Telegram、网页 · 5 次：未答 4，追问 1；最近 11-28 09:00）
                   类似：在国外怎么做认证呢 / 人在国外怎么认证 等
                2. 养老金多少钱（网页 · 1 次：未答 1，追问 0；最近 11-27 09:00）
                """);
    }

    @Test
    void longQuestionsAreCutToOneShortLine() {
        String longQuestion = "我想问一下".repeat(20) + "\n第二行";
        UnansweredReport report = new UnansweredReport(TODAY, 1, List.of(
                new UnansweredReport.Question(longQuestion, 1, 0, Instant.parse("2026-11-28T01:00:00Z"), List.of(), List.of("telegram"))));

        String text = ReportText.unanswered(report);
        assertThat(text).startsWith("❓ 今天未答和追问最多的问题：\n1. ").contains("…（Telegram · 1 次").doesNotContain("第二行");
        assertThat(text.lines()).hasSize(2);
    }

    @Test
    void noUnansweredQuestionsIsOneLine() {
        assertThat(ReportText.unanswered(new UnansweredReport(TODAY, 7, List.of()))).isEqualTo("❓ 近 7 天没有未答或追问的问题。\n");
    }

    @Test
    void tsvHasOneQuestionTabLinePerGroupMostFrequentFirstAfterOneComment() {
        UnansweredReport report = new UnansweredReport(TODAY, 30, List.of(
                question("在国外怎么做认证？", 5),
                question("#养老金\t多少钱\n请问", 2),
                question("###", 1)));

        List<String> lines = UnansweredTsv.render(report).lines().toList();

        assertThat(lines.get(0)).startsWith("# pension-bot export-unanswered: 3 questions, 30 days to 2026-11-28");
        assertThat(lines.subList(1, lines.size())).containsExactly("在国外怎么做认证？\t", "养老金 多少钱 请问\t");
    }

    private static UnansweredReport.Question question(String text, int count) {
        return new UnansweredReport.Question(text, count, 0, Instant.parse("2026-11-28T01:00:00Z"), List.of(), List.of("telegram"));
    }
}
