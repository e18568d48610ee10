package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.RealCorpus;

/**
 * A pinyin input method's or voice input's wrong pick of a sound-alike ("支付饱", "仁证") is put back
 * to the corpus word it stands for, on the real corpus — and nothing a person meant is "repaired".
 */
class HomophoneRepairTest {

    private static Corpus corpus;
    private static FaqIndex index;

    @BeforeAll
    static void load() {
        corpus = RealCorpus.load();
        index = RealCorpus.index();
    }

    @ParameterizedTest(name = "{0} is read with {1}")
    @CsvSource({
            "支付饱咋认证, 支付宝",
            "退秀人员咋弄养老认证, 退休人员",
            "身份证国期了还能认证吗, 过期",
            "电子社保咖怎么开通, 电子社保卡",
            "刷脸老是失白咋办, 失败",
            // An accent's near sounds: s/sh, n/l, -n/-ng.
            "色保认证咋弄, 社保认证",
            "老人不会用叟机咋认证, 手机",
            "认证丝败了咋整, 失败",
    })
    void aSoundAlikeIsReadAsTheCorpusWord(String typed, String meant) {
        assertThat(index.normalize(typed)).contains(meant);
    }

    @ParameterizedTest(name = "{0} is left as written")
    @ValueSource(strings = {
            "我把银行卡号和密码告诉他了",          // 我把 sounds like 我爸: a function word in a pair is meant
            "山东养老资格认证一年几次啊",          // 年几 sounds like 年纪: numerals are meant
            "我住儿子那边能就近去社保窗口认证吗",    // 近去 sounds like 进去 but cuts 就近
            "我爸在桂林市退休 养老认证去哪办",       // 林市 sounds like 临时 but cuts 桂林
            "刷脸认证不过怎么办",                  // a negator is never touched
    })
    void whatWasMeantIsLeftAlone(String question) {
        TextNormalizer withoutRepair = new TextNormalizer(corpus.synonyms());
        assertThat(index.normalize(question)).isEqualTo(withoutRepair.normalize(question));
    }

    @Test
    void noPhrasingOfTheCorpusChanges() {
        TextNormalizer withoutRepair = new TextNormalizer(corpus.synonyms());
        for (FaqEntry entry : corpus.entries()) {
            for (String phrasing : entry.questions()) {
                assertThat(index.normalize(phrasing)).as(entry.id()).isEqualTo(withoutRepair.normalize(phrasing));
            }
        }
        corpus.outOfScope().forEach(topic -> topic.questions().forEach(question ->
                assertThat(index.normalize(question)).as(topic.topic()).isEqualTo(withoutRepair.normalize(question))));
    }
}
