package org.pensionbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pensionbot.corpus.RealCorpus;

class AskedForTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "要打啥电话问, NUMBER_TO_CALL", "正规的电话多少, NUMBER_TO_CALL", "我能打哪个电话核实, NUMBER_TO_CALL",
            "网址是啥, WEB_ADDRESS", "官网是哪个, WEB_ADDRESS",
            "用中国领事app要多久审核, HOW_LONG", "人工审核要几天, HOW_LONG", "多久认一次, HOW_OFTEN", "一年做几回, HOW_OFTEN",
            "最多能绑几个人, HOW_MANY", "找谁申请, WHOM_TO_ASK", "该问哪个部门, WHOM_TO_ASK",
            "中国领事app里点哪个, WHICH_BUTTON", "什么时候开始认证, WHEN", "从哪个月开始算, WHEN",
            "社保上门要钱不, FEE", "那正规的是哪些, OFFICIAL_WAYS", "那正规的该用哪个, OFFICIAL_WAYS", "哪个才是官方的, OFFICIAL_WAYS",
            "那官方的渠道有哪些, OFFICIAL_WAYS", "到底哪个app才是真的, OFFICIAL_WAYS", "那真的官网是哪个, WEB_ADDRESS",
            "那咋个核实他是不是社保局的, HOW_TO_CHECK_IT", "怎么核实是不是官方的, HOW_TO_CHECK_IT", "以后遇到这种咋分辨, HOW_TO_TELL",
            "咋分辨真假, HOW_TO_TELL"})
    void aShortQuestionAsksForTheKindItsQuestionWordsName(String message, AskedFor kind) {
        assertThat(AskedFor.in(message, message)).contains(kind);
    }

    /** Words that only look like asking: a number nobody asked for, a count of tries, a span of days, a link to click. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"社区电话没人接", "发短信还是打电话", "试了好几次了还是不行", "通知那几天我住院呢", "到期前几天再弄来得及不",
            "刚收到一条 叫我点网址", "我妈七十多了 腿脚不好 社区能上门吗 要打啥电话预约一下", "我忘了上次哪天弄的"})
    void aMessageThatDoesNotAskForOneKindOfThingAsksForNone(String message) {
        assertThat(AskedFor.in(message, message)).isEmpty();
    }

    @ParameterizedTest(name = "{0} ← {1}")
    @CsvSource(delimiter = '|', value = {
            "找谁申请|高龄、卧床、病残、行动不便的老人，可以向社区、村里或当地社保所申请上门认证。|true",
            "找哪个申请|请人上门认证的，有的地方要病历、残疾证明或社区证明，先问清楚。|false",
            // Whom to ask is a line that says to turn to an office, not one naming a place (blind tester25, after the materials).
            "找谁|本人或家属联系社区（村）、街道（乡镇）服务中心或社保所。|true",
            "找谁|到窗口办，一般带上本人有效身份证件。|false",
            "宽限期有多久|全国没有统一的固定日子，多数地方从上次认证算起，12个月内哪天做都行。|false",
            "宽限期有多久|每认证一次，就从这次重新算，下次的期限也跟着提前。|false",
            "多久能恢复|认证通过后，一般下个月恢复发放，并补发停掉的钱。|true",
            "网址是啥|用国家社会保险公共服务平台（网址是 si.12333.gov.cn）：选“代他人认证”。|true",
            "网址是啥|用国家社会保险公共服务平台：选“代他人认证”。|false",
            // "真的" only says it is the real one (blind tester44).
            "那真的官网是哪个|政府网站的网址以 .gov.cn 结尾，人社部官网是 www.mohrss.gov.cn。|true",
            "要打啥电话问|不知道找谁，就打12333问清楚。|true",
            // A date is no length of time (blind tester25's "要多久" got the day the App's module opened).
            "要多久|这个功能从2021年5月31日开通，用来代替以前的纸质表。|false",
            "要多久|我去年十月认证的。|false",
            "要多久|一般10个工作日内有结果。|true",
            "得等几天|上传了材料的，要等几天到十几个工作日，各地不一样。|true",
            // "几个月" there quotes a claim, not a length of time (after "补几个月的", the line that money is paid back is).
            "补几个月的|网上说“只补发几个月”的，都别轻信。|false",
            // How often is not how long (blind tester27, after the survivors' answer).
            "多久认一次|各地周期不一样：河南的企业职工供养直系亲属是180天一次，成都的供养直系亲属是每月一次。|true",
            "多久认一次|一般10个工作日内有结果。|false",
            // A rumour's date is no answer to when.
            "啥时候|“12月不认证、1月就停发”这类说法，人社部门已经辟谣，全国没有统一的年底截止日。|false",
            "啥时候|有的从开始领养老金的下个月起算12个月。|true",
            "那正规的是哪些|只用官方渠道认证：国家社会保险公共服务平台、电子社保卡、当地人社部门的App或窗口。|true",
            "那正规的是哪些|来路不明的“认证App”别下载。|false"})
    void aLineAnswersWhenItGivesThatKindOfThingAboutWhatTheMessageNames(String message, String line, boolean answers) {
        AskedFor kind = AskedFor.in(message, message).orElseThrow();

        assertThat(kind.isAnsweredBy(line, message, RealCorpus.index())).isEqualTo(answers);
    }

    /** Redirected on its own, a message is answered by a line that has all it names: "公积金多久到账" is the housing fund's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"多久能到账, true", "公积金多久能到账, false", "多久能好, false"})
    void aRedirectedMessageIsAnsweredOnlyByALineWithAllItNames(String message, boolean answers) {
        AskedFor kind = AskedFor.in(message, message).orElseThrow();

        assertThat(kind.isAnsweredByAllItNames("认证通过后，一般下个月恢复发放，停掉的钱也会补发到账。", message, RealCorpus.index()))
                .isEqualTo(answers);
    }
}
