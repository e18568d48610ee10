package org.pensionbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which messages say only how they ask, and which name something. */
class AskingWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"那去哪里办", "去哪办", "咋弄呢", "要去哪儿办理啊？", "怎么办", "能不能做", "多少", "现在咋办", "会怎么样", "那接下来咋整",
            "那我现在就去弄 怎么弄", "那他应该怎么做", "她咋办", "咋弄一个",
            // Whom to turn to names nothing either: "找谁办" after the missed deadline was redirected to retirement procedures (tester31).
            "找谁办", "那我该找谁", "问谁"})
    void aMessageOfQuestionWordsVerbsAndParticlesNamesNothing(String message) {
        assertThat(AskingWords.only(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"退休手续去哪办", "退休手续找谁办", "抚恤金能发多少", "户口本丢了咋补", "他不在家怎么办", "驾照年审怎么弄", "材料",
            "去哪办 12333", "", "？！", "😀"})
    void aMessageWithAnyOtherWordOrNoneAtAllIsNotOneThatNamesNothing(String message) {
        assertThat(AskingWords.only(message)).isFalse();
    }

    /** As the index reads them: the synonyms make 咋办, 怎么弄, 点算 … into 怎么. */
    @ParameterizedTest
    @ValueSource(strings = {"那怎么", "怎么呢", "咋", "那如何"})
    void askingOnlyHowIsAskingWhatNow(String normalized) {
        assertThat(AskingWords.onlyHow(normalized)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"那去哪里办", "要多久", "多少", "怎么要啥", "他不在家怎么"})
    void askingWhereWhenWhatOrNamingSomethingIsNot(String normalized) {
        assertThat(AskingWords.onlyHow(normalized)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"在深圳能弄不", "在海南可以认证吗", "得唔得", "上海行不行"})
    void askingWhetherItCanBeDoneThere(String normalized) {
        assertThat(AskingWords.asksWhetherItCan(normalized)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"我是广东的", "上海", "能去哪里办", "可以几月做", "我在深圳能办"})
    void tellingOrAskingWhereOrWhenIsNotAskingWhetherItCan(String normalized) {
        assertThat(AskingWords.asksWhetherItCan(normalized)).isFalse();
    }
}
