package org.pensionbot.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pensionbot.dialog.Choice;

/** A person typed in answer to "这个提醒是给谁的？" picks that person; any other text picks nothing. */
class TypedWhomTest {

    private static final List<Choice> ON_TELEGRAM = ReminderChoices.whom("202603", true).stream().flatMap(List::stream).toList();
    private static final List<Choice> ON_THE_WEB = ReminderChoices.whom("202603", false).stream().flatMap(List::stream).toList();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"我自己, r:w:202603:s", "自己。, r:w:202603:s", "是给我自己的, r:w:202603:s", "我妈, r:w:202603:m", "给我妈的, r:w:202603:m",
            "妈妈, r:w:202603:m", "老爸, r:w:202603:f", "老伴儿, r:w:202603:p", "我老伴吧, r:w:202603:p", "給我媽的, r:w:202603:m"})
    void aTypedPersonPicksTheOfferedOne(String typed, String id) {
        assertThat(TypedWhom.among(ON_TELEGRAM, typed)).map(Choice::id).contains(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"小红", "我姐姐", "给谁都行", "支付宝怎么认证", "3月", ""})
    void anyOtherTextPicksNothing(String typed) {
        assertThat(TypedWhom.among(ON_TELEGRAM, typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"其他家人"})
    void theWebPagesOtherFamilyCanBeTypedToo(String typed) {
        assertThat(TypedWhom.among(ON_THE_WEB, typed)).map(Choice::id).contains("r:w:202603:k");
        assertThat(TypedWhom.among(ON_TELEGRAM, typed)).as("not offered on Telegram").isEmpty();
    }
}
