package org.pensionbot.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pensionbot.dialog.Choice;

/** A month typed in answer to "上一次认证是哪个月？" picks the month offered; anything else picks nothing. */
class TypedMonthTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);
    private static final List<Choice> OFFERED = ReminderChoices.months(NOW, month -> ReminderChoices.id(ReminderChoices.MONTH, month))
            .stream().flatMap(List::stream).toList();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"3月, r:m:202603", "三月份, r:m:202603", "今年3月, r:m:202603", "26年3月, r:m:202603", "2026年3月。, r:m:202603",
            "３月, r:m:202603", "十一月, r:m:202611", "去年12月, r:m:202512", "12月份吧, r:m:202512", "十二月, r:m:202512", "我是去年12月认证的, r:m:202512",
            "不记得了, r:m:0", "记不清了, r:m:0", "記不清了, r:m:0"})
    void aTypedMonthPicksTheOfferedMonth(String typed, String id) {
        assertThat(TypedMonth.among(OFFERED, typed, NOW)).map(Choice::id).contains(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"13月", "十三月", "今年12月", "3月认证过了还要再认证吗", "十月份怎么认证", "你好", "3", "支付宝怎么认证"})
    void anythingElsePicksNothing(String typed) {
        assertThat(TypedMonth.among(OFFERED, typed, NOW)).isEmpty();
    }

    /** Earlier than every offered month: the question says to choose "不记得了" then. */
    @ParameterizedTest
    @ValueSource(strings = {"2024年3月", "去年11月", "前年十二月"})
    void aMonthBeforeThoseOfferedPicksDontRemember(String typed) {
        assertThat(TypedMonth.among(OFFERED, typed, NOW)).map(Choice::id).contains("r:m:0");
    }

    /** Under the due date of a told month, one month is on offer: "提醒我" picks it, where the twelve are asked again. */
    @ParameterizedTest
    @ValueSource(strings = {"提醒我", "到时候提醒我一下", "帮我设置个提醒", "能提前几天提醒我吗"})
    void aRequestPicksTheOneMonthOnOffer(String typed) {
        List<Choice> underADueDate = List.of(ReminderChoices.choice(ReminderTexts.REMIND_BEFORE_BUTTON,
                ReminderChoices.id(ReminderChoices.MONTH, "202603")));

        assertThat(TypedMonth.among(underADueDate, typed, NOW)).map(Choice::id).contains("r:m:202603");
        assertThat(TypedMonth.among(OFFERED, typed, NOW)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3月", "不记得了"})
    void choicesWithoutAMonthArePickedByNoMonth(String typed) {
        List<Choice> whom = ReminderChoices.whom("202603", false).stream().flatMap(List::stream).toList();

        assertThat(TypedMonth.offersAMonth(whom)).isFalse();
        assertThat(TypedMonth.among(whom, typed, NOW)).isEmpty();
    }
}
