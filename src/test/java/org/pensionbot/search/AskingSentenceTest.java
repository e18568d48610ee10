package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AskingSentenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"都有哪些可以用?", "该怎么做", "认证结果在哪里查", "要带什么材料", "是不是还要去社保局呢",
            "能不能让别人代办", "今年还要认证吗", "咋弄", "有没有别的办法", "一年认证几次"})
    void aSentenceWithAQuestionWordOrMarkAsks(String sentence) {
        assertThat(AskingSentence.asks(sentence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"我平时就用微信。", "家里老人行动不便", "我妈今年八十了,腿脚不好", "最后那个画面一闪就过去了",
            "而我呢,已经退休8个月了"})
    void aSentenceThatOnlyTellsDoesNotAsk(String sentence) {
        assertThat(AskingSentence.asks(sentence)).isFalse();
    }
}
