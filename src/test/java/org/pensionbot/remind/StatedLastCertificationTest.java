package org.pensionbot.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pensionbot.remind.StatedLastCertification.Stated;

/**
 * A message that tells the last certification month, and at most asks when or whether to certify again, is read
 * as that month; a message that says anything more is a question for the FAQ.
 */
class StatedLastCertificationTest {

    private static final YearMonth NOW = YearMonth.of(2026, 12);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "上次是去年3月弄的 | 2025-03 | true | false",
            "我是去年6月份认证的 今年什么时候要认证 | 2025-06 | true | false",
            "我妈前年12月认证的，现在还要认证吗 | 2024-12 | true | true",
            "今年还没认证，去年是5月做的 | 2025-05 | true | false",
            "我上次认证是今年3月 | 2026-03 | true | false",
            "3月份认证的，下次什么时候认证 | 2026-03 | false | false",
            // Blind tester41: "最晚" and "这回" (got "没把握").
            "她上回认证是去年5月 这回最晚啥时候 | 2025-05 | true | true",
            // Held-out tester43: where one lives, said with the month (got a choice).
            "我是广州的 去年6月认证过 | 2025-06 | true | false",
            "我爸去年十一月做的认证 是不是该认证了 | 2025-11 | true | true",
            "上次認證是去年8月 過期了嗎 | 2025-08 | true | false",
            "2025年12月认证的 | 2025-12 | true | false",
            "我去年8月认证过了 今年还用认证吗 | 2025-08 | true | false",
            // A blind tester's (2026-12-06): a day with the month, a date asked for, "just done", Traditional script.
            "我父親上次認證是2025年11月20號，現在還來得及嗎 | 2025-11 | true | true",
            "我2026年6月15日做的人脸认证，下一次截止是哪天 | 2026-06 | true | false",
            "我婆婆去年12月10号认证的，是不是快到期了 | 2025-12 | true | true",
            "去年五月做過年審，今年忘了，現在補還行嗎 | 2025-05 | true | false",
            "舊年8月認證嘅 | 2025-08 | true | false",
            "我刚认证完，下次呢 | 2026-12 | true | false",
            // Blind tester23 (2026-12-07): a month told as remembered got a choice.
            "她上次认证应该是去年十月 | 2025-10 | true | true",
            "我记得是前年5月弄的 | 2024-05 | true | false",
            "上次好像是去年三月认证的 还要认证吗 | 2025-03 | true | false",
            // Blind tester26 (2026-12-07): what the result page shows, asked about, was read only as a pass.
            "显示您已于2024年3月完成认证 这是啥意思 | 2024-03 | true | false",
            "页面上写着：您已于2026年5月12日完成认证 | 2026-05 | true | false"})
    void aToldMonthIsRead(String text, String month, boolean yearSaid, boolean forSomeoneElse) {
        assertThat(StatedLastCertification.in(text, NOW))
                .contains(new Stated(YearMonth.parse(month), yearSaid, forSomeoneElse));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "我去年6月认证的，今天有人打电话让我重新认证交钱",   // a scam call: the FAQ's urgent steps
            "去年6月认证失败了怎么办",
            "我去年6月认证的为什么显示未认证",
            "3月份怎么认证",
            "明年3月认证可以吗",
            "支付宝怎么认证",
            "我3月做手术了 还要认证吗",
            "显示您已于2026年3月完成认证 为什么养老金没到账"})
    void anythingMoreIsNotAToldMonth(String text) {
        assertThat(StatedLastCertification.in(text, NOW)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"今年12月认证的", "2026年12月认证的"})
    void aMonthStillToComeIsNoLastCertification(String text) {
        assertThat(StatedLastCertification.in(text, NOW)).isPresent();
        assertThat(StatedLastCertification.in(text, YearMonth.of(2026, 11))).isEmpty();
    }
}
