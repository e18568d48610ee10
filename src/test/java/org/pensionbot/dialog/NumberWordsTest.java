package org.pensionbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How people ask to go on or back while walking through steps; anything more is a message of its own. */
class NumberWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"然后呢", "那然后呢？", "下一步", "下一步呢", "接下来咋弄", "还有呢", "继续", "好的 然后呢", "後面呢"})
    void goingOnIsTheStepAfterTheOneShown(String text) {
        assertThat(NumberWords.stepAfter(3, text)).hasValue(4);
    }

    @ParameterizedTest
    @CsvSource({"市民中心找到了 下一步呢, 市民中心找到了", "点了社保，然后呢？, 点了社保", "城市选好了 接下来咋弄, 城市选好了",
            "好了 进到社保了 下面点哪个, 好了进到社保了"})
    void whatWasDoneIsToldBeforeGoingOn(String text, String done) {
        assertThat(NumberWords.doneBeforeNext(text)).hasValue(done);
    }

    @ParameterizedTest
    @ValueSource(strings = {"然后呢", "那然后呢？", "好 下一步", "认证之后呢", "市民中心找到了", "下一步是什么意思呢 我没看懂啊"})
    void nothingDoneOrNoGoingOnIsNotTold(String text) {
        assertThat(NumberWords.doneBeforeNext(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"上一步", "前一步呢", "回到上一步"})
    void goingBackIsTheStepBefore(String text) {
        assertThat(NumberWords.stepAfter(3, text)).hasValue(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"还有别的办法吗", "然后我妈的怎么弄", "下一步卡住了", "3", "谢谢", ""})
    void aMessageThatSaysMoreIsNotAStep(String text) {
        assertThat(NumberWords.stepAfter(3, text)).isEmpty();
    }
}
