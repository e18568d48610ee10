package org.pensionbot.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
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
            "妈妈, r:w:202603:m", "老爸, r:w:202603:f", "老伴儿, r:w:202603:p", "我老伴吧, r:w:202603:p", "給我媽的, r:w:202603:m",
            "俺娘, r:w:202603:m", "给俺爹, r:w:202603:f", "老头子, r:w:202603:p",
            "不是我，是帮我妈设的提醒, r:w:202603:m", "这是给我爸的提醒, r:w:202603:f", "帮老伴设的, r:w:202603:p",
            "不是给我的 给我老伴, r:w:202603:p", "是给我自己设的提醒, r:w:202603:s"})
    void aTypedPersonPicksTheOfferedOne(String typed, String id) {
        assertThat(TypedWhom.among(ON_TELEGRAM, typed)).map(Choice::id).contains(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"小红", "我姐姐", "给谁都行", "支付宝怎么认证", "3月", "姐姐怎么认证", "王阿姨家", "",
            "不是我", "不是我，是我自己", "不是我的提醒"})
    void anyOtherTextPicksNothingOnTelegram(String typed) {
        assertThat(TypedWhom.among(ON_TELEGRAM, typed)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"我姐姐, 姐姐", "给我外婆的, 外婆", "王阿姨, 王阿姨", "給我姥姥, 姥姥", "我家大伯, 大伯", "是给张大爷的, 张大爷",
            "不是我 是给我姐设的提醒, 姐"})
    void anotherRelativeTypedOnTelegramIsSomeoneElseByThatName(String typed, String name) {
        assertThat(TypedWhom.someoneElse(ON_TELEGRAM, typed)).contains(new TypedWhom.SomeoneElse("202603", Recipient.named(name).orElseThrow()));
        assertThat(TypedWhom.among(ON_THE_WEB, typed)).as("the web keeps no names: 其他家人").map(Choice::id).contains("r:w:202603:k");
    }

    @ParameterizedTest
    @ValueSource(strings = {"我妈", "我自己", "小红", "给谁都行", "姐姐怎么认证", "王阿姨家", "其他家人", "3月"})
    void presetsQuestionsAndOtherNamesAreNotSomeoneElse(String typed) {
        assertThat(TypedWhom.someoneElse(ON_TELEGRAM, typed)).isEmpty();
    }

    @Test
    void noOneElseIsTypedWhereNamesAreNot() {
        assertThat(TypedWhom.someoneElse(ON_THE_WEB, "我姐姐")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"其他家人"})
    void theWebPagesOtherFamilyCanBeTypedToo(String typed) {
        assertThat(TypedWhom.among(ON_THE_WEB, typed)).map(Choice::id).contains("r:w:202603:k");
        assertThat(TypedWhom.among(ON_TELEGRAM, typed)).as("not offered on Telegram").isEmpty();
    }
}
