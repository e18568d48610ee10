package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pensionbot.corpus.RealCorpus;

/**
 * A question typed in pinyin letters is read as the corpus's characters — and English, or letters
 * that are no pinyin, stay as they were typed.
 */
class PinyinInputTest {

    private static FaqIndex index;

    @BeforeAll
    static void buildIndex() {
        index = RealCorpus.index();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "zhifubao zenme renzheng|支付宝怎么认证",
            "zhi fu bao ren zheng|支付宝认证",
            "zhifubaozenmerenzheng|支付宝怎么认证",
            "ZhiFuBao RenZheng?|支付宝认证?",
            "支付宝 renzheng shibai|支付宝 认证失败",
            // ICU reads 行 as xing and 地 as de; the decoder knows their second readings.
            "yinhangka mima|银行卡密码",
            "ren zai waidi|人在外地",
            // 老人 wins over 老认, the pair 养老认证 puts in more phrasings: pairs inside words count more.
            "laoren|老人",
    })
    void pinyinIsReadAsTheCorpussCharacters(String typed, String meant) {
        assertThat(index.asMeant(typed)).isEqualTo(meant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"made in china", "hello", "app", "pension", "12333", "asdfgh", "xyz abc"})
    void englishAndLettersThatAreNoPinyinStayAsTyped(String typed) {
        assertThat(index.asMeant(typed)).isEqualTo(typed);
    }

    @Test
    void onlyThePiecesThatArePinyinAreRead() {
        // "wocuang" (a typo for wochuang) is no pinyin: the pieces around it are read on their own.
        assertThat(index.asMeant("laoren wocuang zenme renzheng")).isEqualTo("老人 wocuang 怎么认证");
    }

    @Test
    void aQuestionInPinyinFindsItsEntry() {
        assertThat(index.search("bang wo ma renzheng").best()).get().extracting(ScoredEntry::id).isEqualTo("for-others");
        assertThat(index.search("renzheng shibai zenmeban").best()).get().extracting(ScoredEntry::id).isEqualTo("failure-help");
    }
}
