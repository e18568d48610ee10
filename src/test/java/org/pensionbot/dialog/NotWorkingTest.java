package org.pensionbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotWorkingTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"还是不行", "换了光线也不行", "刷了好几回都不过", "都係唔得", "点了没反应", "都装不上", "试了没用", "又失败了", "没有那个按钮",
            "找不到社保办理", "还有别的办法吗", "有没有其他法子", "啲燈光已經好光 都係刷唔到",
            "我腿不好去不了", "我手机是老人机", "窗口说办不了", "我行唔到 腳唔好", "一直核验不了",
            "要是还不行呢", "如果还是不行呢", "要是都弄不成呢"})
    void saysThatWhatWasTriedDidNotWork(String message) {
        assertThat(NotWorking.says(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"没有那个按钮", "找不到你说的那个", "搜不到"})
    void saysWhatWasToBeFoundIsNotThere(String message) {
        assertThat(NotWorking.notFound(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"核验总是通不过的，可以找所在国的中国使领馆，开纸质的审核表。", "已经加入外国国籍的，在App里可能核验不了，可以找所在国的中国使领馆，改办纸质表。"})
    void anAnswersSentenceSaysWhatToDoWhenItsWayFails(String sentence) {
        assertThat(NotWorking.failing(sentence)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"她在医院呢 下不了床", "我腿脚不好去不了", "我行唔到 腳唔好"})
    void tellsOfThePersonsCondition(String message) {
        assertThat(NotWorking.tellsOnlyOfTheirCondition(message, message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"社区说这里办不了", "她用的老年机", "还是不行", "去不了 还有别的办法吗", "用我手机行不行"})
    void aRefusalAFailureOrAQuestionIsNoCondition(String message) {
        assertThat(NotWorking.tellsOnlyOfTheirCondition(message, message)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"用我手机行不行", "微信不行吗", "网上办不了吗", "她瘫床上好几年了 出不了门 能叫人来家里弄不", "能不能上门", "那去哪里办", "谢谢你", "第三步是什么意思",
            // Cantonese "does it work": a blind tester (2026-12-06) got the ways on after a failure.
            "粵省事用我部手機得唔得", "用我部手机可唔可以", "如果用我手机行不行", "要是去窗口成不成"})
    void askingWhetherSomethingWorksOrAnythingElseIsNot(String message) {
        assertThat(NotWorking.says(message)).isFalse();
    }
}
