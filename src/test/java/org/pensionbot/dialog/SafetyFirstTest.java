package org.pensionbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pensionbot.corpus.CorpusLoader;
import org.pensionbot.corpus.RealCorpus;
import org.pensionbot.search.ScoredEntry;
import org.pensionbot.search.SearchResult;

/**
 * Someone who may be in the middle of a scam gets the fraud entry's urgent steps at once — never
 * a "which did you mean?" list or a redirect — and a question about doing it on the phone never
 * gets the entry for doing it without one.
 */
class SafetyFirstTest {

    private static DialogEngine engine;

    @BeforeAll
    static void startEngine() {
        var index = RealCorpus.index();
        engine = new DialogEngine(() -> index);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "我已经把银行卡号和密码填进去了怎么办",
            "被骗了钱能追回来吗",
            "【人社通知】您的养老金资格认证即将过期，逾期将停发，请点击 http://rs-renzheng.top/a 填写银行卡号和密码完成认证。这是真的吗",
            "刚才有人打电话说我养老金要停发，让我把验证码告诉他，我告诉了",
            "收到短信说社保卡异常要激活，是不是骗子",
            "我妈扫了一个二维码说能领养老补贴，填了银行卡，钱被转走了",
            "有个认证的链接靠谱吗",
            "谢谢 我好像被骗了",
            "有人打电话说我社保要停了让我加微信",
            "刚才接了个电话 说不认证就停发养老金 让我报银行卡号和密码",
            "自称社保局的人打电话来，要我开屏幕共享帮我认证",
            "收到短信说养老金认证要交费，让我扫码付款",
            "怕被骗了怎么办",
            "我担心我妈被骗了",
            "我已经把银行卡密码告诉他了",
            "刚把验证码发给对方了",
            "我告诉他银行卡号了",
            "有人打电话说养老金要认证，可靠吗？",
            // Typed in pinyin letters: read as the corpus's characters before the alarm listens.
            "wo yijing ba yinhangka mima gaosu ta le",
            "wo bei pian le zenmeban",
            // In words the rule does not know: search puts the fraud entry first and the classifier finds it likely.
            "有人加我微信说是社保中心的，让我录一段眨眼摇头张嘴的视频发给他做认证，我已经发过去了",
            // A caller named as 那个人 who 打来 again, asking for an ATM.
            "那个人又打来了 说要我去银行ATM机上操作一下 才能把认证激活 我现在就在银行门口",
            // What only a scam looks like, whoever tells it: a stall's gift for a face scan, the fake police's words.
            "集上有人摆了个摊 说扫码刷个脸认证就送十个鸡蛋 我老婆已经在那排队了",
            "現在有個人在視頻通話裡穿著警服，說我的社保卡涉案，叫我把銀行卡放到鏡頭前面",
            // In words the rule does not know and search does not put first: read as a scam by its meaning.
            "刚才有个男的来电说我的养老认证被人冒领了，叫我配合调查别告诉家里人",
            // From a usability tester (2026-12-05), not learnt from: a stranger who offers to certify asks for secrets
            // (it was answered "可以。" with the steps for helping a parent), or collects ID cards door to door.
            "有个人加我微信说能帮我妈做养老认证，要我妈的身份证号和社保卡密码，能给吗",
            "村里有人挨家挨户收身份证说统一帮老人认证，要交给他吗",
            // A blind set of follow-ups (2026-12-06): after the answer on a stopped pension, a fee that brings it back.
            "有人说交200能马上恢复",
            // A blind tester (2026-12-06): a sum asked for certifying, with or without 块 (it got a choice of three).
            "村口有人说帮认证一个人收二十 中不中",
            "网上有个退休认证通APP 要交98块会员 能用吗",
            // Blind tester31 (2026-12-07): F38's declared scam text told in words, with its link (it got a choice).
            "收到簡訊說省社保重要通知 2月底前必須人臉識別認證 不然4月停發退休金 有個連結",
            "短信里有个链接 说不点进去刷脸下个月就暂停发放养老金",
            // Blind tester36 (2026-12-07): the link called a web address (it got a choice with no warning).
            "短信说不在12月31号前刷脸认证 明年1月起停发养老金 后面有个网址",
            // Blind tester46 (2026-12-08): a bank card's password wanted to certify, by a carer (it got the card's redirect).
            "养老院护工说要我妈的身份证和银行卡密码才能帮她认证 给不给",
            "帮忙认证的志愿者要我妈的存折密码",
            // Blind tester48 (2026-12-08): a fee for a face scan done for a resident (it got "没太明白").
            "养老院护工说他们可以用她手机帮她刷 要收50块手续费 正常吗",
    })
    void aPossibleScamGetsTheUrgentStepsDirectly(String message) {
        Decision decision = engine.decide(message);

        assertThat(decision.rule()).isEqualTo(Decision.Rule.SAFETY);
        assertThat(Outcome.of(decision.reply())).isEqualTo("answer " + RealCorpus.load().menus().fraudEntry());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "认证的时候要输密码吗",
            "电子社保卡密码忘了怎么办",
            "支付宝怎么认证",
            "si.12333.gov.cn 上怎么认证",
            "怎么给老人设置电子社保卡密码",
            "社保局打电话让我去认证",
            "收到短信让我在支付宝上做养老认证",
            "村里打电话叫我妈去村委会认证",
            "认证要告诉他们密码吗",
            "zhifubao zenme renzheng",
            // Steps written on paper for a mother are no secret written down for a stranger.
            "想教我妈自己在支付宝上做养老认证，具体是哪几步，我写在纸上给她",
            "补办社保卡要先交工本费吗",
            "养老金领取需要当面认证吗",
            // Contributions of 200 a year are real (城乡居民养老保险's levels).
            "每年交200以后能领多少",
            "交200就能领养老金吗",
            "认证后收到12333的短信",
            "我交了15年社保 认证怎么弄",
            // A real notice has no link; so says the person, and the rule does not fire (what search makes of it is its own matter).
            "社保局短信提醒我认证 说过期会暂停发放 没有链接",
            // Which of several apps is the official one asks where to certify (blind tester36 got the urgent steps again).
            "那哪个app才是真的官方的",
            // What is known already, denied: certifying does not need a bank card's password.
            "我知道认证不要银行卡密码 我就想问在支付宝哪里点",
            // Hearsay about a rule is no caller: "有人说" with no call, text or visit (tester48 got the phone-scam text).
            "有人说年底前不认证就停发 是真的吗",
    })
    void ordinaryQuestionsAboutPasswordsOrSitesRaiseNoAlarm(String message) {
        assertThat(engine.decide(message).rule()).isNotEqualTo(Decision.Rule.SAFETY);
    }

    /**
     * A fear of scams is not a scam: "我怕被骗钱" inside a how-to question raised the alarm, and a
     * 190-character question about certifying on WeChat got the urgent steps (freeze your card, call
     * 110) instead of the other apps. Retrieval reads it; asked on its own, it still finds the fraud entry.
     */
    @Test
    void fearingAScamIsReadAsTheQuestionItIs() {
        Decision alipay = engine.decide("我怕被骗钱，支付宝怎么认证");
        Decision howToStaySafe = engine.decide("怎么防止被骗");

        assertThat(alipay.rule()).isNotEqualTo(Decision.Rule.SAFETY);
        assertThat(alipay.reply().candidates().get(0).id()).isEqualTo("alipay-self");
        assertThat(howToStaySafe.rule()).isNotEqualTo(Decision.Rule.SAFETY);
        assertThat(Outcome.of(howToStaySafe.reply())).isEqualTo("answer " + RealCorpus.load().menus().fraudEntry());
    }

    /**
     * Asking which of several apps is the official one is asking where to certify (a tester, 2026-12-06: the urgent
     * steps for this, "freeze your card", instead of WeChat's way); asking whether one is genuine still raises the alarm.
     */
    @Test
    void askingWhichIsTheOfficialOneIsAskingWhereToCertify() {
        Decision which = engine.decide("微信上怎么做养老认证？我看有人说在微信里搜“社保认证”就行，但我搜出来好多小程序，不知道哪个是正规的，怕被骗。");
        Decision thisOne = engine.decide("有人发给我一个小程序说能做养老认证，这个是正规的吗");

        assertThat(which.rule()).isNotEqualTo(Decision.Rule.SAFETY);
        assertThat(Outcome.of(which.reply())).isEqualTo("answer other-channels");
        assertThat(thisOne.rule()).isEqualTo(Decision.Rule.SAFETY);
    }

    /**
     * A worry, a caution or hearsay about scams around a question of its own is that question: the word rule's alarm stands
     * down where the scam reading finds no scam and the entry classifier another entry likely. Each got the urgent steps
     * (freeze the card, call 110) as an answer of confidence 1 (a blind set, 2026-12-07). Someone facing a scam still
     * gets them.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "刚退休第一次认证去哪弄 怕找错地方被坑|first-certification",
        "我给我妈在支付宝上弄认证，提示要先完成实名认证，可她那个支付宝是好多年前我拿她身份证注册的，身份证早换新的了，现在一直提示证件过期，"
                + "好多功能都用不了。这个实名要咋更新？是不是要上传新身份证？我不想把她身份证照片随便发给别人帮忙，所以想自己弄，求个详细步骤。"
                + "|real-name-verification",
        "我妈是前年认证的，去年好像是自动通过的，也没人通知过她。今年我想提前搞清楚她啥时候到期，社保那边到时候会不会发短信提醒？还是得自己记着？"
                + "我听说骗子也会冒充社保发短信说不认证就停发，我怕到时候真的假的分不清，所以宁可自己先知道到期日，到时候主动去弄。在哪能查到到期时间？"
                + "|certification-notice",
    })
    void aPassingWorryAboutScamsIsReadAsTheQuestionItIs(String message, String entry) {
        Decision decision = engine.decide(message);
        Decision facingOne = engine.decide("有个自称街道的人上门，说给老人做养老认证，要看我奶奶的银行卡和存折，还让输密码“核对”，人现在还在客厅坐着");

        assertThat(decision.rule()).isNotEqualTo(Decision.Rule.SAFETY);
        assertThat(Outcome.of(decision.reply())).isEqualTo("answer " + entry);
        assertThat(facingOne.rule()).isEqualTo(Decision.Rule.SAFETY);
    }

    /**
     * Asking for the proper way ("正规的办法") is not asking whether a call is real: a worried daughter's long message, which
     * fears scammers might call her mother, got the urgent steps (freeze the card, call 110) as an answer of confidence 1
     * instead of how to help a parent. Asking whether a call is the proper thing still raises the alarm.
     */
    @Test
    void askingForTheProperWayIsNotAskingWhetherACallIsReal() {
        Decision worried = engine.decide("我妈妈今年七十八岁了，一个人住在老家，我在外地打工，平时只能打电话。前几天她跟我说社保那边好像要做什么认证，不做的话养老金就会停发，她听了特别着急，晚上都睡不好觉。"
                + "她不会用智能手机，眼睛也不太好，村里也没有人能帮她弄。我想问一下，像我这种情况，能不能用我自己的手机帮她在支付宝或者微信上做认证？"
                + "需要她本人在旁边刷脸吗？要准备什么东西？如果这次来不及做，已经停发的钱以后还能补回来吗？"
                + "真的很担心，麻烦告诉我具体应该怎么一步一步操作，谢谢了。她的身体还算硬朗，就是不太认字，打电话的时候也经常听不清楚。"
                + "我下个月才能请假回去一趟，不知道还来不来得及，也怕网上有骗子冒充社保的人打电话骗她的钱，她一个老人家分不清真假，想先问清楚正规的办法到底是什么。"
                + "麻烦您了。");
        Decision thisCall = engine.decide("有人打电话说要帮我认证养老金，这个电话是正规的吗");

        assertThat(worried.rule()).isNotEqualTo(Decision.Rule.SAFETY);
        assertThat(worried.reply().candidates().get(0).id()).isEqualTo("for-others");
        assertThat(thisCall.rule()).isEqualTo(Decision.Rule.SAFETY);
    }

    /**
     * A message as near the fraud answer's first line as to any one urgent step leads with no step: a blind tester
     * (2026-12-06) who had read out a verification code was shown "再打 12333" as the point, the least urgent step,
     * above the steps to freeze the card.
     */
    @Test
    void noStepLeadsWhenNoneIsClearlyWhatWasDone() {
        Decision decision = engine.decide("有人打电话说是社保局的，说我养老金资格认证没通过，要我报验证码，我已经报给他了");

        assertThat(decision.rule()).isEqualTo(Decision.Rule.SAFETY);
        assertThat(decision.reply()).isInstanceOfSatisfying(Reply.Answer.class, steps -> assertThat(steps.pointAsked()).isEmpty());
    }

    /**
     * Asking whether to click a link in a text message, in Hong Kong words (短訊 for the message, "link", 撳 for
     * pressing), gets the fraud entry: a blind tester's father (2026-12-06) got a choice with no word of caution, and
     * the next message said he had already clicked and typed in his ID number.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"唔該問下，我老豆收到個短訊話要認證先有長糧，條link可唔可以撳", "收到條短訊叫我撳link做認證，係咪真㗎"})
    void askingAboutALinkInATextMessageInCantoneseGetsTheFraudEntry(String message) {
        assertThat(Outcome.of(engine.reply(message))).isEqualTo("answer " + RealCorpus.load().menus().fraudEntry());
    }

    /**
     * A message the scam reading leans to, whose choice the fraud entry would lead, gets the fraud entry's advice, not a
     * menu that never says no: a blind tester's "网上有个叫退休认证通的软件，能用它认证吗" (2026-12-06) asked about an invented
     * app (F40). Before, a safety tester's call and text about an "expired" certification got the menu with the fraud
     * entry first; before that, a menu without it.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"社保局给我打电话说我的认证过期了，要重新认证", "收到短信说养老认证过期", "网上有个叫退休认证通的软件，能用它认证吗"})
    void aMessageThatMayBeAboutAScamGetsTheFraudEntryNotAChoice(String message) {
        Decision decision = engine.decide(message);

        assertThat(Outcome.of(decision.reply())).isEqualTo("answer " + RealCorpus.load().menus().fraudEntry());
        assertThat(decision.rule()).as("advice, not the alarm's urgent steps").isEqualTo(Decision.Rule.LEANS_TO_A_SCAM);
    }

    /**
     * Paying for a "fast-track" or an agent is paying for what is free (F39): the fraud entry, or right after the answer that
     * says certification is free, its line saying not to pay (blind tester40 got only "有人要钱，先打12333问").
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"有个小程序说加急认证9块9 能买吗", "那些代办认证的中介收钱帮弄 能信不"})
    void payingForAFastTrackOrAnAgentGetsTheFraudEntrySayingNotToPay(String message) {
        Conversations chat = new Conversations(engine, Clock.systemUTC());
        chat.reply("chat", "养老金认证要钱吗");

        Reply reply = chat.reply("chat", message);

        String fraudEntry = RealCorpus.load().menus().fraudEntry();
        assertThat(Outcome.of(reply)).as("the fraud entry, or a line saying not to pay")
                .matches("answer " + fraudEntry + "|detail [a-z-]+: .*别给.*");
        assertThat(Outcome.of(engine.reply(message))).isEqualTo("answer " + fraudEntry);
    }

    @Test
    void anOrdinaryChoiceIsNotLedByTheFraudEntry() {
        Reply reply = engine.reply("社区打电话提醒我该认证了");

        assertThat(reply.candidates()).isNotEmpty();
        assertThat(reply.candidates().get(0).id()).isNotEqualTo(RealCorpus.load().menus().fraudEntry());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"手机上怎么做养老认证", "手机上咋认证", "用手机怎么认证养老金", "在手机上能认证吗"})
    void doingItOnThePhoneNeverGetsTheEntryForDoingItWithoutOne(String question) {
        Reply reply = engine.reply(question);

        assertThat(Outcome.of(reply)).doesNotContain("offline-certification");
        assertThat(reply.action()).isNotEqualTo(Action.FALLBACK);
    }

    /**
     * "不去窗口" negates the counter as "不用手机" negates the phone: a phrasing that says the opposite
     * ("不想在手机上弄，能去窗口办认证吗") is no evidence. Before "在" and "去" counted as helping verbs,
     * this follow-up was answered outright with the entry for going to the counter.
     */
    @Test
    void notGoingToTheCounterButUsingThePhoneNeverGetsTheCounterAsAnAnswer() {
        Conversations chat = new Conversations(engine);
        chat.reply("chat", "在外地能去当地社保局认证吗");

        Reply reply = chat.reply("chat", "不去窗口，手机上能弄不");

        assertThat(Outcome.of(reply)).isNotEqualTo("answer offline-certification");
    }

    /**
     * Written blind by two helpers from a description of the rule (scam-messages.tsv): 120 messages
     * from people in the middle of a scam — cheated, gave a code away, asked for one, asking if a call
     * is real — in many voices, and 80 ordinary questions that only mention passwords, codes, calls or
     * links. Measured 2026-12-05: the first set's unseen half 21 → 28 of 40 with its other half tuned on;
     * the second set, unseen, 22 of 40; 114 of all 120 get the fraud entry's steps after both were tuned
     * on, and one ordinary question the alarm. A third set (scam3: 60 + 40, by a helper who saw neither
     * the rule nor the bot), measured once: 38 of 60 got the steps, 40 with the fraud entry answered when
     * search puts it first and the classifier finds it likely ({@code DecisionThresholds.likelyScam}); 5
     * of its 40 ordinary questions get them by a safety rule, 3 of those asking how to keep from being
     * cheated (which the fraud entry's advice answers), 2 whether typing a code or a PIN in an official
     * place is normal. Then tuned on: "那个人又打来了 说要我去银行ATM机上
     * 操作一下…我现在就在银行门口" named its caller in words the rule did not list (那个人, 打来); a caller
     * who "说他是" someone, fees paid or asked for by other names (工本费, 管理费), 汇钱, money gone from a bank
     * card or a balance, a transfer of a sum "过去", and what only the "police" scam says (资金核查, 洗钱)
     * raise the alarm too. A fourth set (scam4: 60 + 40, by a helper who saw neither), measured once: 34 of
     * 60 got the steps, 2 of 40 ordinary questions did. Then tuned on, by kinds of scam rather than single
     * messages: a stall's gift for a face scan, a seller or visitor who certifies or takes the card or phone
     * away, the fake police's words (涉案, 验资, a call passed on to an "officer"), a loan or a sum moved to the
     * account they name, a robocall's "按1转", a fee before a subsidy, a pasted text whose question stands in
     * a sentence of its own, "is this number the office's own?", a video or photo sent, a screen someone can
     * see. A fifth set (scam5: 60 + 40, stories off the textbook), measured before and after that tuning:
     * 24 → 29 of 60, 3 of 40 ordinary both times — kinds carry over a little, single messages do not. Then
     * tuned on too (prizes, "elderly care apartments", a parcel to sign, a card given to a visitor, a fee
     * before certifying again). The four earlier sets are now the examples search learns to read scams from
     * (faq-corpus/scam-examples.tsv, with 19 ordinary messages about card numbers, costs and help) and scam5 is held
     * out from them (below). With that reading too, held at: 2 of 300 missed, 12 of 211 ordinary questions with
     * a safety rule's steps (9 ask how to keep from being cheated or tell of old news or a parent's distrust, 2
     * whether a code or PIN in an official place is normal, 1 a scam long settled); 8 since the rule's alarm stands
     * down where the reading finds no scam and another entry is likely (2026-12-07).
     */
    @Test
    void messagesFromPeopleInTheMiddleOfAScamRaiseTheAlarmAndOrdinaryOnesDoNot() throws IOException {
        // The examples search learns from and the set held out from them: the rule and retrieval together, on all.
        List<String[]> rows = new ArrayList<>(scamMessages(Files.readString(RealCorpus.DIR.resolve(CorpusLoader.SCAM_EXAMPLES_FILE))));
        rows.addAll(heldOutScamMessages());
        // What the person sees counts: the fraud entry's steps, whether the rule or retrieval chose them.
        String fraudSteps = "answer " + RealCorpus.load().menus().fraudEntry();
        List<String> missed = rows.stream().filter(row -> row[1].equals("alarm"))
                .filter(row -> !Outcome.of(engine.reply(row[0])).equals(fraudSteps)).map(row -> row[0]).toList();
        List<String> falseAlarms = rows.stream().filter(row -> row[1].equals("calm"))
                .filter(row -> engine.decide(row[0]).rule() == Decision.Rule.SAFETY).map(row -> row[0]).toList();

        assertThat(rows).hasSizeGreaterThanOrEqualTo(500);
        assertThat(missed).as("scam messages without the alarm").hasSizeLessThanOrEqualTo(MAX_MISSED_ALARMS);
        assertThat(falseAlarms).as("ordinary questions with the alarm").hasSizeLessThanOrEqualTo(MAX_FALSE_ALARMS);
    }

    /**
     * Messages held out from the scam examples search learns from (scam-messages.tsv: a fifth blind set,
     * stories off the textbook): read by meaning alone, without the word rule, most people in the middle
     * of a scam are recognised and few ordinary messages are. Measured 2026-12-05: 35 of 60 and 1 of 40 at
     * the default level (held a message below); the word rule tuned only on the earlier sets got 29 of 60,
     * both together 45. 39 of 60 and none of 40 once the reading also weighed the message's words (held a
     * message below). 2026-12-06: 405 blind-written phrasings for the entries moved it to 36; 110 more blind scam
     * examples (70 scams, 40 ordinary) to 40 of 60 and none of 40 (held a message below).
     */
    @Test
    void aScamInWordsNoRuleKnowsIsReadByItsMeaning() throws IOException {
        List<String[]> rows = heldOutScamMessages();
        long read = rows.stream().filter(row -> row[1].equals("alarm")).filter(row -> readAsAScam(row[0])).count();
        long ordinaryRead = rows.stream().filter(row -> row[1].equals("calm")).filter(row -> readAsAScam(row[0])).count();

        assertThat(rows).hasSize(100);
        assertThat(read).as("held-out scam messages read as scams").isGreaterThanOrEqualTo(39);
        assertThat(ordinaryRead).as("held-out ordinary messages read as scams").isLessThanOrEqualTo(1);
    }

    private static boolean readAsAScam(String message) {
        SearchResult result = RealCorpus.index().search(message);
        return DecisionThresholds.DEFAULTS.readsAsAScam(result.scamProbability(), result.best().map(ScoredEntry::confidence).orElse(0.0));
    }

    private static List<String[]> heldOutScamMessages() throws IOException {
        try (InputStream in = SafetyFirstTest.class.getResourceAsStream("scam-messages.tsv")) {
            return scamMessages(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static List<String[]> scamMessages(String tsv) {
        return tsv.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t")).toList();
    }

    private static final int MAX_MISSED_ALARMS = 2;
    private static final int MAX_FALSE_ALARMS = 8;
}
