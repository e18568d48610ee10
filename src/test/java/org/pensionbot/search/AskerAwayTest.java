package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Normalised text, as the index reads it: a relative is 老人, a foreign country 国外. */
class AskerAwayTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "我在国外工作 老人在国内 他社保认证怎么, 我不在老人身边 想帮老人认证 老人在国内 他社保认证怎么",
            "我住香港 老人在广州领社保金 听说每年要认证 怎么, 我不在老人身边 想帮老人认证 老人在广州领社保金 听说每年要认证 怎么",
            "我在广东打工 老人在四川农村领社保金 要认证 他一个人在家, 我不在老人身边 想帮老人认证 老人在四川农村领社保金 要认证 他一个人在家",
            "老人在国内 我在国外看孙子 她认证怎么, 老人在国内 我不在老人身边 想帮老人认证 她认证怎么",
    })
    void anAwayAskersPlaceIsReadAsNotBeingThere(String question, String read) {
        assertThat(AskerAway.reframe(question)).isEqualTo(read);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "我在国外 老人跟我住 她领国内的养老金 认证怎么",   // the parent is abroad too: the abroad entry's
            "我在深圳,老人也在深圳住,她的养老金是湖南发的",     // both in one place
            "老人在山西老家领养老金,现在跟我在苏州住。他在苏州这边用手机刷脸认证,山西那边认不认?",   // the parent with the child
            "我在深圳 养老金在湖南 怎么认证",                   // the asker is the pensioner
            "我在社区 老人在家 上门认证怎么弄",                 // the asker is not away
            "老人在国外 国内的养老金怎么认证",                   // nobody else is placed
            ""})
    void everyOtherQuestionIsReadAsWritten(String question) {
        assertThat(AskerAway.reframe(question)).isEqualTo(question);
    }
}
