package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.index.Term;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pensionbot.corpus.RealCorpus;

/**
 * People write the same question in Traditional characters, with typos or from a full-width
 * keyboard; on the real corpus each form must find the same entry as the plain Simplified one.
 */
class ChineseMatchingTest {

    private static FaqIndex index;

    @BeforeAll
    static void buildIndex() {
        index = RealCorpus.index();
    }

    /**
     * A question's terms are read from its normalised text once, as the index reads a phrasing's: normalising twice is
     * not normalising once ("把老人加进去" becomes "把老人进去" when the homophone repair reads 老人加 as 老人家), and
     * "電子社保卡的親情服務要怎麼把爸媽加進去？" as a phrasing did not match itself fully while questions went through the
     * char filters a second time.
     */
    @Test
    void aQuestionsTermsAreThoseOfItsTextNormalisedOnce() {
        String question = "把爸媽加進去";

        assertThat(index.normalize(question)).isEqualTo("把老人加进去");
        assertThat(index.terms(question)).contains(new Term(ChineseAnalysis.GRAMS, "加"));
    }

    @ParameterizedTest(name = "{0} finds the same entry as {1}")
    @CsvSource({
            "認證失敗怎麼辦, 认证失败怎么办",
            "支付寶怎麼做社保認證, 支付宝怎么做社保认证",
            "幫我媽認證, 帮我妈认证",
            "在國外怎麼認證, 在国外怎么认证",
    })
    void traditionalFindsTheSameEntryAsSimplified(String traditional, String simplified) {
        assertThat(bestId(traditional)).isNotNull().isEqualTo(bestId(simplified));
    }

    @ParameterizedTest(name = "{0} finds the same entry as {1}")
    @CsvSource({
            "支付包怎么认证, 支付宝怎么认证",
            "支付宝怎么认正, 支付宝怎么认证",
            "支付包怎么认正, 支付宝怎么认证",
            "认正失败怎么办, 认证失败怎么办",
            // Voice input's homophones (a blind probe of 100 such questions, 2026-12-05).
            "我咋晓得自己哪天该任证, 我咋晓得自己哪天该认证",
            "阳老金认证在哪做, 养老金认证在哪做",
            // Sound-alikes no synonym lists, put back by the homophone repair (HomophoneRepairTest).
            "支付饱咋认证, 支付宝咋认证",
            "俺妈年纪大了咋帮她仁证, 俺妈年纪大了咋帮她认证",
            "刷脸老是失白咋办, 刷脸老是失败咋办",
    })
    void commonTyposFindTheSameEntry(String typo, String correct) {
        assertThat(bestId(typo)).isNotNull().isEqualTo(bestId(correct));
    }

    /**
     * Dialect words blind testers 19 and 20 wrote (2026-12-07) read as the Mandarin the phrasings use: Cantonese 淨係 (only),
     * 識用 (can use) and 而家 (now), Sichuan 屋头 (at home) and 跟前 (beside), Wu 要哪能 (how), and 澳洲 as a country abroad.
     */
    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource({
            "佢唔識用手機 淨係識聽電話, 他不会用手机 只会听电话",
            "咁而家要點做, 那现在要怎么做",
            "屋头网不好得很, 家里网不好得很",
            "他得本人在跟前不, 他得本人在旁边不",
            "我阿媽住喺澳洲, 我阿老人住在国外",
            // Wu 哪能 (how) only after 要: Mandarin's "上哪能看" is where can.
            "养老金认证要哪能弄, 社保认证要怎么弄",
            "上哪能瞅见, 上哪能瞅见",
    })
    void dialectWordsAreReadAsTheirMandarin(String question, String normalized) {
        assertThat(index.normalize(question)).isEqualTo(normalized);
    }

    /** "是不是每年" asks; it does not deny 每年 (read as a negation, it lost the how-often entry to what-is). */
    @ParameterizedTest(name = "{0} finds the same entry as {1}")
    @CsvSource({
            "养老认证是不是每年都要做, 养老认证每年都要做吗",
    })
    void aYesOrNoQuestionFindsTheSameEntryAsItsPlainForm(String yesOrNo, String plain) {
        assertThat(bestId(yesOrNo)).isNotNull().isEqualTo(bestId(plain));
    }

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource({
            // The certification's long names become 社保认证 first; the failure after them must survive it.
            "待遇资格认证不了是咋回事, 社保认证失败是怎么回事",
            "养老保险资格认证不过, 社保认证失败",
            "社保认证不了, 社保认证失败",
    })
    void failingToCertifyIsReadAsFailureWhateverTheCertificationIsCalled(String question, String normalized) {
        assertThat(index.normalize(question)).isEqualTo(normalized);
    }

    /**
     * "成功没成功" asks for the result: its "没成功" is no failure (it got the failure help, answered
     * outright), nor is the "不成功" of "成功不成功" or "成不成功" (read as "认证成失败").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"认证成功没成功咋查", "认证通过没通过怎么看", "认证成功不成功怎么看", "认证成不成功在哪查", "通过不通过咋知道"})
    void askingWhetherItWorkedIsNoFailure(String question) {
        assertThat(bestId(question)).isEqualTo("check-result");
    }

    @ParameterizedTest(name = "{0} finds the same entry as {1}")
    @CsvSource({
            "ＺＦＢ怎么认证, zfb怎么认证",
            "支付宝　怎么认证？, 支付宝怎么认证",
            "Ａｌｉｐａｙ怎么认证, alipay怎么认证",
    })
    void fullWidthTextFindsTheSameEntry(String fullWidth, String halfWidth) {
        assertThat(bestId(fullWidth)).isNotNull().isEqualTo(bestId(halfWidth));
    }

    @Test
    void traditionalQuestionScoresLikeItsSimplifiedForm() {
        assertThat(index.search("認證失敗怎麼辦").best().orElseThrow().confidence())
                .isEqualTo(index.search("认证失败怎么办").best().orElseThrow().confidence());
    }

    @Test
    void alipayQuestionFindsTheAlipayEntry() {
        assertThat(bestId("支付宝怎么认证")).isEqualTo("alipay-self");
    }

    @Test
    void failureQuestionFindsTheFailureEntry() {
        assertThat(bestId("认证失败怎么办")).isEqualTo("failure-help");
    }

    /**
     * A province or city said first is the question asked everywhere: it scores as the question does
     * without it ({@code LeadingPlace}), where the name alone pulled "吉林省退休人员如何认证" down to a choice.
     */
    @ParameterizedTest(name = "{0} scores like {1}")
    @CsvSource({
            "山东省养老认证怎么认证, 养老认证怎么认证",
            "吉林省退休人员如何认证, 退休人员如何认证",
            "2021兰州市企业离退休人员养老金领取资格怎么认证, 2021企业离退休人员养老金领取资格怎么认证",
            "廣州出國定居人員養老資格怎麼認證, 出国定居人员养老资格怎么认证",
    })
    void aPlaceNamedFirstScoresLikeTheQuestionWithoutIt(String withPlace, String without) {
        assertThat(index.search(withPlace).best().orElseThrow().confidence())
                .isEqualTo(index.search(without).best().orElseThrow().confidence());
    }

    /**
     * A place inside an app's name is the app, and two places tell of living away from where the pension
     * is paid: neither is dropped.
     */
    @ParameterizedTest(name = "{0} keeps its places")
    @CsvSource({
            "民生山西养老认证步骤, 民生养老认证步骤",
            "河南社保app认证, 社保app认证",
            "我在深圳带孙子 养老金是湖南发的 认证咋弄, 我在带孙子 养老金是发的 认证咋弄",
    })
    void aPlaceThatIsPartOfTheQuestionStays(String withPlace, String without) {
        assertThat(index.search(withPlace).best().orElseThrow().confidence())
                .isNotEqualTo(index.search(without).best().orElseThrow().confidence());
    }

    private static String bestId(String question) {
        return index.search(question).best().map(ScoredEntry::id).orElse(null);
    }
}
