package org.pensionbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which messages say only how they ask, and which name something. */
class AskingWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"那去哪里办", "去哪办", "咋弄呢", "要去哪儿办理啊？", "怎么办", "能不能做", "多少", "现在咋办", "会怎么样", "那接下来咋整"})
    void aMessageOfQuestionWordsVerbsAndParticlesNamesNothing(String message) {
        assertThat(AskingWords.only(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"退休手续去哪办", "抚恤金能发多少", "户口本丢了咋补", "他不在家怎么办", "驾照年审怎么弄", "材料",
            "去哪办 12333", "", "？！", "😀"})
    void aMessageWithAnyOtherWordOrNoneAtAllIsNotOneThatNamesNothing(String message) {
        assertThat(AskingWords.only(message)).isFalse();
    }
}
