package org.pensionbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pensionbot.dialog.Action;

/** Wordings that mean the same become one line; different questions stay apart. */
class QuestionGrouperTest {

    private static final Instant T = Instant.parse("2026-11-27T03:00:00Z");

    @Test
    void normalisingDropsPunctuationSpacesEmojiAndFoldsWidthAndCase() {
        assertThat(QuestionGrouper.normalise("  支付宝 怎么认证？？😀👍🏻 ")).isEqualTo("支付宝怎么认证");
        assertThat(QuestionGrouper.normalise("ＡＰＰ里怎么认证！")).isEqualTo("app里怎么认证");
        assertThat(QuestionGrouper.normalise("“12333”电话多少")).isEqualTo("12333电话多少");
        assertThat(QuestionGrouper.normalise("😀 ！")).isEmpty();
    }

    @Test
    void maskedNumbersOfDifferentPeopleNormaliseAlike() {
        assertThat(QuestionGrouper.normalise("身份证11**************34不能认证"))
                .isEqualTo(QuestionGrouper.normalise("身份证22**************1x不能认证"));
    }

    @Test
    void bigramSimilarityMergesSmallChangesOnly() {
        assertThat(QuestionGrouper.similarity("养老认证怎么做", "养老认证怎么办")).isGreaterThanOrEqualTo(QuestionGrouper.SIMILAR);
        assertThat(QuestionGrouper.similarity("支付宝怎么认证", "微信怎么认证")).isLessThan(QuestionGrouper.SIMILAR);
        assertThat(QuestionGrouper.similarity("认证", "认证")).isEqualTo(1.0);
    }

    @Test
    void identicalNormalisedFormsAddUpAndTheCommonestWordingNamesTheGroup() {
        List<UnansweredReport.Question> groups = QuestionGrouper.group(List.of(
                tally("支付宝怎么认证？", Action.FALLBACK, 2, T),
                tally("支付宝 怎么认证", Action.CLARIFY, 1, T.plusSeconds(60)),
                tally("支付宝怎么认证？", Action.CLARIFY, 1, T)));

        assertThat(groups).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("支付宝怎么认证？");
            assertThat(q.fallbacks()).isEqualTo(2);
            assertThat(q.clarifies()).isEqualTo(2);
            assertThat(q.lastSeen()).isEqualTo(T.plusSeconds(60));
            assertThat(q.variants()).isEmpty();
        });
    }

    @Test
    void nearDuplicatesJoinTheMoreFrequentGroupAndDifferentQuestionsStayApart() {
        List<UnansweredReport.Question> groups = QuestionGrouper.group(List.of(
                tally("养老认证怎么办", Action.FALLBACK, 1, T),
                tally("养老认证怎么做", Action.FALLBACK, 3, T),
                tally("微信怎么认证", Action.FALLBACK, 2, T),
                tally("支付宝怎么认证", Action.FALLBACK, 1, T)));

        assertThat(groups).extracting(UnansweredReport.Question::text)
                .containsExactly("养老认证怎么做", "微信怎么认证", "支付宝怎么认证");
        assertThat(groups.get(0).count()).isEqualTo(4);
        assertThat(groups.get(0).variants()).containsExactly("养老认证怎么办");
    }

    @Test
    void aChainOfSmallChangesDoesNotDriftIntoOneGroup() {
        // Neighbours are similar (0.82, then 0.64), the ends are not (0.5): only groups similar to
        // a cluster's first, most frequent wording join it.
        List<UnansweredReport.Question> groups = QuestionGrouper.group(List.of(
                tally("人在国外怎么做养老认证", Action.FALLBACK, 3, T),
                tally("在国外怎么做养老认证呢", Action.FALLBACK, 2, T),
                tally("在国外怎么做认证呢", Action.FALLBACK, 1, T)));

        assertThat(groups).extracting(UnansweredReport.Question::text, UnansweredReport.Question::count)
                .containsExactly(tuple("人在国外怎么做养老认证", 5), tuple("在国外怎么做认证呢", 1));
    }

    @Test
    void fullNumbersAreMaskedEvenIfStoredUnmasked() {
        List<UnansweredReport.Question> groups = QuestionGrouper.group(List.of(
                tally("我的电话13812345678", Action.FALLBACK, 1, T)));

        assertThat(groups.get(0).text()).doesNotContain("13812345678").contains("13*******78");
    }

    @Test
    void aGroupNamesEveryChannelItsWordingsWereAskedOn() {
        List<UnansweredReport.Question> groups = QuestionGrouper.group(List.of(
                tally("在国外怎么做认证？", Action.FALLBACK, 3, T),
                new QuestionGrouper.Tally("在国外怎么做认证呢", Action.FALLBACK, 1, T, "web"),
                new QuestionGrouper.Tally("养老金多少钱", Action.FALLBACK, 1, T, "web")));

        assertThat(groups).extracting(UnansweredReport.Question::channels)
                .containsExactly(List.of("telegram", "web"), List.of("web"));
    }

    private static QuestionGrouper.Tally tally(String text, Action action, int count, Instant lastSeen) {
        return new QuestionGrouper.Tally(text, action, count, lastSeen, "telegram");
    }
}
