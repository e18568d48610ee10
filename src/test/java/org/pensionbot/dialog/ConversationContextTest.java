package org.pensionbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pensionbot.console.TextRenderer;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.RealCorpus;
import org.pensionbot.search.ScoredEntry;

/** Within one chat, numbers pick what was offered, steps can be asked about, and follow-ups keep the topic. */
class ConversationContextTest {

    private static DialogEngine engine;
    private MovableClock clock;
    private Conversations conversations;

    @BeforeAll
    static void startEngine() {
        var index = RealCorpus.index();
        engine = new DialogEngine(() -> index);
    }

    @BeforeEach
    void newChat() {
        clock = new MovableClock();
        conversations = new Conversations(engine, clock);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1", "１", "一", "第一个", "1。", "选1", "第1条"})
    void everyWayOfWritingOnePicksTheFirstOfferedEntry(String choice) {
        Reply.Answer first = (Reply.Answer) conversations.reply("chat", "支付宝怎么认证");

        Decision picked = conversations.decide("chat", choice);

        assertThat(picked.rule()).isEqualTo(Decision.Rule.CHOICE);
        assertThat(Outcome.of(picked.reply())).isEqualTo("answer " + first.related().get(0).id());
    }

    @Test
    void aNumberOutOfRangeSaysWhichNumbersWork() {
        Reply.Answer first = (Reply.Answer) conversations.reply("chat", "支付宝怎么认证");

        Reply reply = conversations.reply("chat", "7");

        assertThat(reply).isInstanceOf(Reply.SmallTalk.class);
        assertThat(((Reply.SmallTalk) reply).text()).contains("请回复 1–" + first.related().size());
    }

    /** "请回复 1–3" is followed by a number: it must pick from the choice before, not fall back. */
    @Test
    void aNumberAfterTheOutOfRangeReminderStillPicksFromTheChoice() {
        Reply.Answer first = (Reply.Answer) conversations.reply("chat", "支付宝怎么认证");
        conversations.reply("chat", "7");

        Decision picked = conversations.decide("chat", "一");

        assertThat(picked.rule()).isEqualTo(Decision.Rule.CHOICE);
        assertThat(Outcome.of(picked.reply())).isEqualTo("answer " + first.related().get(0).id());
    }

    /** After one step explained, a bare number is another step (the explanation offers no list to pick from). */
    @Test
    void aNumberAfterAStepExplainedIsAnotherStep() {
        Reply.Answer first = (Reply.Answer) conversations.reply("chat", "支付宝怎么认证");
        conversations.reply("chat", "第三步是什么意思");

        Reply reply = conversations.reply("chat", "2");

        assertThat(reply).isInstanceOfSatisfying(Reply.StepDetail.class,
                step -> assertThat(step.step()).isEqualTo(first.entry().steps().get(1)));
    }

    /** A follow-up that points at the answer just given, though no one sentence of it is close, gets its short answer. */
    @Test
    void aFollowUpAboutTheAnswerJustGivenGetsItsShortAnswer() {
        Reply.Answer first = (Reply.Answer) conversations.reply("chat", "帮我妈认证");

        Reply reply = conversations.reply("chat", "用我自己的手机可以吗");

        assertThat(reply).isInstanceOfSatisfying(Reply.Detail.class, detail -> {
            assertThat(detail.entry()).isEqualTo(first.entry());
            assertThat(detail.sentence()).isEqualTo(first.entry().summary().lines().findFirst().orElseThrow().strip())
                    .contains("本人必须在场");
        });
    }

    /**
     * A follow-up that comes near no phrasing, but which the classifier finds likeliest to be about the answer just given,
     * gets the line of that answer it asks about (blind testers 38 and 39: a choice without the answer's entry, and
     * certifying early answered with a new retiree's first certification).
     */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            刷连认证一直失败 都试了十几回了 | 那咋办 就不能人工审核吗                 | failure-help  | 人工审核
            养老认证多久搞一次             | 提前认证有没有影响 比如我这个月就再认证一次 | annual-review | 提前
            """)
    void aFollowUpLikelyAboutTheAnswerJustGivenGetsItsLine(String first, String followUp, String entry, String lineSays) {
        conversations.reply("chat", first);

        Reply reply = conversations.reply("chat", followUp);

        assertThat(reply).isInstanceOfSatisfying(Reply.Detail.class, detail -> {
            assertThat(detail.entry().id()).isEqualTo(entry);
            assertThat(detail.sentence()).contains(lineSays);
        });
    }

    /**
     * Telling what was done and asking to go on ("市民中心找到了 下一步呢") is the step after the one done, not the first step
     * again (a blind tester, 2026-12-06); after the last step it says that was all.
     */
    @Test
    void whatWasDoneThenNextIsTheStepAfterIt() {
        Reply.Answer answer = (Reply.Answer) conversations.reply("chat", "支付宝里头认证在哪点");
        assertThat(answer.entry().id()).isEqualTo("alipay-self");

        assertThat(conversations.reply("chat", "市民中心找到了 下一步呢")).isInstanceOfSatisfying(Reply.StepDetail.class,
                step -> assertThat(step.number()).isEqualTo(2));
        assertThat(conversations.reply("chat", "城市选好了 接下来咋弄")).isInstanceOfSatisfying(Reply.StepDetail.class,
                step -> assertThat(step.number()).isEqualTo(3));
        // Blind tester36: which button on the next screen (it was redirected to the social security card's matters).
        assertThat(conversations.reply("chat", "好了 进到社保了 下面点哪个")).isInstanceOfSatisfying(Reply.StepDetail.class,
                step -> assertThat(step.number()).isEqualTo(3));
        assertThat(conversations.reply("chat", "页面显示认证成功了 然后呢")).isInstanceOfSatisfying(Reply.SmallTalk.class,
                said -> assertThat(said.text()).contains("最后一步"));
    }

    /**
     * Something done is read as the step that names it, not as the step its "好了" sounds like: blind tester20's "绑好了然后呢"
     * (a parent bound on the family page) came 0.57 near the e-social card's last step and was told everything was done;
     * once binding was the helping entry's step, it came 0.68 near that entry's last step, "就办好了". The step after the
     * binding comes instead.
     */
    @Test
    void somethingDoneIsTheStepThatNamesItNotTheEnd() {
        Reply.Answer helping = (Reply.Answer) conversations.reply("chat", "帮我妈弄养老认证 微信里在哪找");
        assertThat(helping.entry().id()).isEqualTo("for-others");
        conversations.reply("chat", "亲情服务是啥玩意");

        Reply reply = conversations.reply("chat", "绑好了然后呢");

        assertThat(reply).isInstanceOfSatisfying(Reply.StepDetail.class, step -> {
            assertThat(helping.entry().steps().get(step.number() - 2)).contains("绑定");
            assertThat(step.number()).isLessThan(helping.entry().steps().size());
        });
    }

    /** People walk through the steps one at a time: "然后呢" and "下一步" go on, "上一步" back, and after the last it says so. */
    @Test
    void afterAStepExplainedThenWhatIsTheNextStepAndAfterTheLastItSaysThatWasAll() {
        Reply.Answer first = (Reply.Answer) conversations.reply("chat", "支付宝怎么认证");
        List<String> steps = first.entry().steps();
        assertThat(Phrases.stepDetail((Reply.StepDetail) conversations.reply("chat", "第一步是啥"))).contains("回复“下一步”");

        assertThat(conversations.reply("chat", "然后呢")).isInstanceOfSatisfying(Reply.StepDetail.class,
                step -> assertThat(step.step()).isEqualTo(steps.get(1)));
        assertThat(conversations.reply("chat", "下一步。")).isInstanceOfSatisfying(Reply.StepDetail.class,
                step -> assertThat(step.step()).isEqualTo(steps.get(2)));
        assertThat(conversations.reply("chat", "接下来咋弄")).isInstanceOfSatisfying(Reply.StepDetail.class,
                step -> assertThat(step.step()).isEqualTo(steps.get(3)));
        assertThat(conversations.reply("chat", "上一步")).isInstanceOfSatisfying(Reply.StepDetail.class,
                step -> assertThat(step.step()).isEqualTo(steps.get(2)));

        conversations.reply("chat", "第" + steps.size() + "步");
        Reply.StepDetail last = (Reply.StepDetail) conversations.reply("chat", "第" + steps.size() + "步");
        assertThat(Phrases.stepDetail(last)).doesNotContain("下一步");
        assertThat(conversations.reply("chat", "然后呢")).isInstanceOfSatisfying(Reply.SmallTalk.class,
                said -> assertThat(said.text()).startsWith("第" + steps.size() + "步就是最后一步了").contains("12333"));
    }

    @Test
    void aStepAskedAboutByNumberIsThatStepOfTheLastAnswer() {
        Reply.Answer first = (Reply.Answer) conversations.reply("chat", "支付宝怎么认证");

        Reply reply = conversations.reply("chat", "第三步是什么意思");

        assertThat(reply).isInstanceOf(Reply.StepDetail.class);
        Reply.StepDetail step = (Reply.StepDetail) reply;
        assertThat(step.entry()).isEqualTo(first.entry());
        assertThat(step.step()).isEqualTo(first.entry().steps().get(2));
        assertThat(Phrases.stepDetail(step)).contains("第3步", step.step());
    }

    @Test
    void aStepAskedAboutAfterAnAnswerWithoutStepsSaysItHasNone() {
        Reply.Answer first = (Reply.Answer) conversations.reply("chat", "养老认证多久做一次");
        assertThat(first.entry().steps()).as("fixture: an answer without steps").isEmpty();

        Reply reply = conversations.reply("chat", "第二步啥意思");

        assertThat(reply).isInstanceOfSatisfying(Reply.SmallTalk.class,
                said -> assertThat(said.text()).startsWith("刚才这条回答没有分步骤").contains("更多"));
    }

    /** A step of an entry that is no procedure, asked about by number, comes with what is written under it. */
    @Test
    void aStepAskedAboutComesWithItsExplanation() {
        Reply.Answer first = (Reply.Answer) conversations.reply("chat", "养老认证咋弄");
        assertThat(first.entry().isProcedure()).as("fixture: an entry read at once, not step by step").isFalse();
        List<String> explanation = first.entry().helpForStep(3);
        assertThat(explanation).as("fixture: the corpus explains its third step").isNotEmpty();

        Reply reply = conversations.reply("chat", "第三步啥意思");

        assertThat(reply).isInstanceOfSatisfying(Reply.StepDetail.class, step -> {
            assertThat(step.step()).isEqualTo(first.entry().steps().get(2));
            assertThat(Phrases.stepDetail(step)).contains(step.step()).contains(explanation);
        });
    }

    @ParameterizedTest(name = "{0} → {1} → {2}")
    @CsvSource({
            "支付宝怎么认证, 我妈的能这样弄吗, for-others",
            "帮我妈认证怎么弄, 那要带什么材料, materials-needed",
            "老人卧床怎么认证, 那上门要带什么材料, materials-needed",
            // "养老认证多久做一次 → 那过期了呢" left: "过期了会怎么样" is a missed-deadline phrasing, so it is answered on its own
    })
    void aFollowUpIsReadWithTheLastTopic(String first, String followUp, String expected) {
        conversations.reply("chat", first);

        Decision decision = conversations.decide("chat", followUp);

        assertThat(decision.rule()).isEqualTo(Decision.Rule.CONTEXT);
        assertThat(decision.reply().candidates().get(0).id()).isEqualTo(expected);
    }

    /**
     * A follow-up after an answer that alone gets a choice, read as one question with the question that answer answered
     * ({@link DialogEngine#decideWithTheQuestionAnswered}): each got a choice led by the entry meant.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "养老金认证怎么弄, 我现在在加拿大跟女儿住, abroad-certification",
            "认证咋弄, 我上个月才办完退休 之前没弄过, first-certification",
            "支付宝怎么认证, 我妈今年一直没刷脸，养老金也照常发，这是怎么回事, silent-certification",
            "帮我妈认证咋弄, 她领的是我爸的遗属补助，也这么弄？, survivor-benefits",
    })
    void aFollowUpAfterAnAnswerIsReadWithTheQuestionThatAnswerAnswered(String first, String followUp, String expected) {
        assertThat(conversations.reply("chat", first)).isInstanceOf(Reply.Answer.class);

        Decision decision = conversations.decide("chat", followUp);

        assertThat(decision.rule()).isEqualTo(Decision.Rule.CONTEXT);
        assertThat(Outcome.of(decision.reply())).isEqualTo("answer " + expected);
    }

    /**
     * A follow-up whose own choice is led by another entry, asking what the answer just given says too: that line of the
     * answer ({@link AnswerDetails#decideWhatTheAnswerAlreadySays}). Blind testers got a choice led by what certification is.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "我没有智能手机 就一个老年机 咋认证|那让社区的人上门给弄行不|上门得交钱不|home-visit",
            "我阿媽啲養老金要年審 點樣搞|佢喺鄉下 唔識用手機|要唔要錢|offline-certification",
    })
    void aFollowUpAboutWhatTheAnswerSaysTooGetsThatLine(String first, String second, String third, String answered) {
        conversations.reply("chat", first);
        assertThat(Outcome.of(conversations.reply("chat", second))).isEqualTo("answer " + answered);

        Reply reply = conversations.reply("chat", third);

        assertThat(reply).isInstanceOfSatisfying(Reply.Detail.class, detail -> {
            assertThat(detail.entry().id()).isEqualTo(answered);
            assertThat(detail.sentence()).contains("不收费");
        });
    }

    /** Read with the question before, "开了能认证不" comes nearest certifying without a card, but it still asks about the e-card. */
    @Test
    void aFollowUpStillAboutTheAnswerIsNotAnsweredWithAnotherEntry() {
        conversations.reply("chat", "电子社保卡咋开");

        Reply reply = conversations.reply("chat", "开了能认证不");

        assertThat(Outcome.of(reply)).doesNotStartWith("answer no-social-security-card");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"驾照年审怎么弄", "养老金能涨多少", "公积金怎么取", "低保认证怎么弄"})
    void aNeighbouringQuestionMidChatStillGetsItsRedirect(String neighbour) {
        // Context must not turn a classic neighbour into a certification answer: "驾照年审怎么弄"
        // matches the how-to entry at 0.58, its redirect at 0.63.
        conversations.reply("chat", "支付宝怎么认证");

        Reply reply = conversations.reply("chat", neighbour);

        assertThat(Outcome.decision(reply)).isEqualTo("fallback out_of_scope");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"刷脸一直失败, 那去哪里办", "忘了认证养老金停了怎么办, 去哪里办", "认证要带啥, 去哪办", "認證失敗怎麼辦, 去邊度辦"})
    void aFollowUpThatNamesNothingIsNotRedirectedToANeighbourAskedTheSameWay(String first, String followUp) {
        // Each came nearest the retirement topic's "到了退休年龄去哪里办退休" on its own words of asking.
        conversations.reply("chat", first);

        Decision decision = conversations.decide("chat", followUp);

        assertThat(decision.rule()).isEqualTo(Decision.Rule.CONTEXT);
        assertThat(Outcome.of(decision.reply())).isEqualTo("answer offline-certification");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"领遗属待遇的也要认证吗, 咋做, survivor-benefits", "认证的时候让我先实名认证 啥意思, 咋弄, real-name-verification",
            "微信能认证吗, 在哪里, other-channels"})
    void aFollowUpThatNamesNothingOffersTheEntryJustAnsweredFirst(String first, String followUp, String answered) {
        // Alone, each came nearest the general how-to entry. (After a procedure's answer "咋做" walks through its steps.)
        conversations.reply("chat", first);

        Reply reply = conversations.reply("chat", followUp);

        assertThat(reply).isInstanceOf(Reply.Clarify.class);
        assertThat(reply.candidates()).extracting(ScoredEntry::id).first().isEqualTo(answered);
    }

    @Test
    void beingLostAfterAnAnswerKeepsItsStepsAndChoices() {
        Reply.Answer answer = (Reply.Answer) conversations.reply("chat", "支付宝怎么认证");

        assertThat(Outcome.of(conversations.reply("chat", "还是不懂"))).isEqualTo("smalltalk confused");

        assertThat(Outcome.of(conversations.reply("chat", "1"))).as("the answer's numbers still pick")
                .isEqualTo("answer " + answer.related().get(0).id());
        conversations.reply("chat", "支付宝怎么认证");
        conversations.reply("chat", "看不懂");
        assertThat(conversations.reply("chat", "第2步")).as("its steps can still be asked for")
                .isInstanceOfSatisfying(Reply.StepDetail.class, step -> assertThat(step.entry().id()).isEqualTo(answer.entry().id()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"退休手续去哪办", "户口本丢了咋补"})
    void aFollowUpThatNamesANeighbourIsStillRedirected(String neighbour) {
        conversations.reply("chat", "认证要带啥");

        assertThat(Outcome.decision(conversations.reply("chat", neighbour))).isEqualTo("fallback out_of_scope");
    }

    @Test
    void aDetailOfTheLastAnswerGetsTheSentenceThatAnswersItAndTheWholeAnswerOneTapAway() {
        conversations.reply("chat", "多久认证一次");

        Decision decision = conversations.decide("chat", "能提前做不");

        assertThat(decision.rule()).isEqualTo(Decision.Rule.CONTEXT);
        assertThat(decision.reply()).isInstanceOfSatisfying(Reply.Detail.class, detail -> {
            assertThat(detail.entry().id()).isEqualTo("annual-review");
            assertThat(detail.sentence()).contains("可以提前认证");
            assertThat(detail.entry().tips().contains(detail.sentence()) || detail.entry().summary().contains(detail.sentence())
                    || detail.entry().steps().contains(detail.sentence())).as("the corpus's own sentence").isTrue();
        });
        assertThat(Outcome.of(conversations.reply("chat", "1"))).isEqualTo("answer annual-review");
    }

    /**
     * "这个呢" after a choice adds nothing to read. (After "刚领养老金要认证吗" the two together have come out as the first
     * certification's since the corpus edits of 2026-12-07 11:30 — the question's own entry — so the choice follows
     * "刚领养老金要认证不", which stays a choice.)
     */
    @Test
    void aMessageThatMatchesNothingAfterAChoiceSaysItDidNotFollowAndOffersTheChoiceAgain() {
        Reply.Clarify choice = (Reply.Clarify) conversations.reply("chat", "刚领养老金要认证不");

        Reply reply = conversations.reply("chat", "这个呢");

        assertThat(reply).isInstanceOfSatisfying(Reply.Fallback.class, fallback -> {
            assertThat(fallback.reason()).isEqualTo(Reply.FallbackReason.UNCLEAR_IN_CHAT);
            assertThat(Phrases.fallbackOpening(fallback).get(0)).contains("没太明白").doesNotContain("答不上来");
            assertThat(fallback.suggestions()).startsWith(choice.candidates().stream().map(ScoredEntry::entry).toArray(FaqEntry[]::new));
        });
    }

    @Test
    void aNewQuestionThatGetsItsOwnChoiceStartsANewSubject() {
        conversations.reply("chat", "支付包咋认证");
        Reply.Clarify choice = (Reply.Clarify) conversations.reply("chat", "我爸今年第一次领养老金，要认证吗");

        Reply reply = conversations.reply("chat", "那怎么弄");

        assertThat(choice.candidates()).extracting(ScoredEntry::id).contains("first-certification");
        assertThat(Outcome.of(reply)).as("read with the question asked back about, not with the Alipay answer before it")
                .isEqualTo("answer first-certification");
    }

    /** A next remark that comes near nothing, on its own or with the answer before it, after the survivors' entry. */
    @Test
    void aMessageThatMatchesNothingAfterAnAnswerOffersThatAnswerFirst() {
        conversations.reply("chat", "领遗属补助的也要认证吗");

        Reply reply = conversations.reply("chat", "她那样子的");

        assertThat(reply).isInstanceOfSatisfying(Reply.Fallback.class, fallback -> {
            assertThat(fallback.reason()).isEqualTo(Reply.FallbackReason.UNCLEAR_IN_CHAT);
            assertThat(fallback.suggestions().get(0).id()).isEqualTo("survivor-benefits");
        });
    }

    /**
     * After a death's redirect, which says certification ends there, asking whether to certify the one who died is still
     * that matter (blind testers 36 and 37 got a choice of helping a parent and what certification is); a survivor asking
     * about their own certification is answered.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"那还要帮他认证吗", "他养老金还在打卡上 要去停吗 认证怎么弄"})
    void afterADeathCertifyingTheOneWhoDiedIsStillThatMatter(String then) {
        Reply redirect = conversations.reply("chat", "我爸上个月去世了 他的养老金要怎么处理");
        assertThat(redirect).isInstanceOf(Reply.Fallback.class);

        Reply reply = conversations.reply("chat", then);

        assertThat(reply).isInstanceOfSatisfying(Reply.Fallback.class, fallback -> {
            assertThat(fallback.reason()).isEqualTo(Reply.FallbackReason.OUT_OF_SCOPE);
            assertThat(fallback.redirectShown()).contains("不用再做养老认证");
        });
        assertThat(Outcome.of(conversations.reply("chat", "那我妈领遗属补助要认证吗"))).isEqualTo("answer survivor-benefits");
    }

    /**
     * After a redirect, the speaker's own certification, or "the pension's" as against the redirected allowance, is the
     * subject again: blind tester41's "我自己的认证也快到了 我在哪弄" after a husband's death and tester42's "那养老的多久弄一次"
     * after the old-age allowance's redirect got that redirect again (tester45's "那养老金的…" too). They get the entries about
     * it to choose from.
     */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {"老伴上个月走了 他的养老金还在往卡上打 要咋弄 | 我自己的认证也快到了 我在哪弄 | how-to-certify",
            "高龄补贴每个月都要刷连 跟养老金认证是一回事不 | 那养老的多久弄一次 | annual-review",
            // Blind tester45 (2026-12-08) said 养老金的.
            "我每个月都要刷脸领高龄补贴 这个跟养老金认证是一回事不 | 那养老金的多久弄一次 | annual-review"})
    void theSpeakersOwnCertificationAfterARedirectIsTheSubjectAgain(String redirected, String then, String entry) {
        Reply redirect = conversations.reply("chat", redirected);

        Reply reply = conversations.reply("chat", then);

        assertThat(redirect).isInstanceOf(Reply.Fallback.class);
        assertThat(reply).isNotInstanceOf(Reply.Fallback.class);
        assertThat(reply.candidates()).extracting(ScoredEntry::id).contains(entry);
    }

    /**
     * Asking to update the ID photo after failed face scans gets the ID card's redirect to the police (blind testers 38, 40
     * and 42), and that redirect says what to do about a face that no longer matches the photo as well: the counter, manual
     * review, or a new photo at the police station (facts F33, F34).
     */
    @Test
    void updatingTheIdPhotoAfterFailedScansIsToldWhatHelpsWithTheMismatch() {
        conversations.reply("chat", "刷脸老是失败 说什么相似度过低");

        Reply reply = conversations.reply("chat", "是不是要去派出所重新照身份证相");

        assertThat(reply).isInstanceOfSatisfying(Reply.Fallback.class,
                redirect -> assertThat(redirect.redirect()).contains("派出所", "社保窗口当面认证", "人工审核", "更新身份证照片"));
    }

    /**
     * "她瘫床上了" after the survivors' entry came near nothing until the corpus had more phrasings of bedridden
     * parents (2026-12-06): then the home visit was offered, with the answer just given beside it; since the classifier
     * finds it as likely as not (0.50, 2026-12-07), the home visit is answered. Either way the home visit comes first, not
     * "没太明白" or the survivors' answer again.
     */
    @Test
    void aBedriddenPersonAfterAnAnswerGetsTheHomeVisitFirst() {
        conversations.reply("chat", "领遗属补助的也要认证吗");

        Reply reply = conversations.reply("chat", "她瘫床上了");

        assertThat(reply).isInstanceOfAny(Reply.Answer.class, Reply.Clarify.class);
        assertThat(reply.candidates().get(0).entry().id()).isEqualTo("home-visit");
    }

    /**
     * A follow-up that got a choice on its own but, read with the question before it, is about the answer just given:
     * the line of that answer that speaks to it ("上门收钱不" after the home visit: certifying is free, which testers 16 and
     * 17 asked for). A line that sends the reader to another entry is no such point: that entry is offered.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"我爸卧床 能上门认证不, 上门收钱不", "我爸卧床好几年了，起不来，社保认证怎么办, 上门要钱不"})
    void aFollowUpWithAChoiceOfItsOwnGetsThePointOfTheAnswerJustGiven(String question, String followUp) {
        Reply.Detail detail = detailOfTheAnswerAfter(question, followUp);

        assertThat(detail.entry().id()).isEqualTo("home-visit");
        assertThat(detail.sentence()).contains("认证一般不收费");
    }

    /**
     * A follow-up whose choice is led by an entry the answer just given offers next ("您可能还想问"), and that on its own comes
     * nearest that entry, is the next question the answer expected: answered, not asked about (a blind tester got a choice
     * for half of their follow-ups, most led by the entry meant).
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "不会手机 线下去哪认证, 要带啥, materials-needed",
            "我爸老年痴呆了 刷不了脸 认正咋办, 能来家里不, home-visit",
            "多久认证一次, 到时候会提醒吗, certification-notice",
    })
    void theNextQuestionTheAnswerOfferedIsAnswered(String first, String followUp, String expectedId) {
        assertThat(Outcome.of(replyAfter(first, followUp))).isEqualTo("answer " + expectedId);
    }

    /**
     * A follow-up that comes nearest the answer just given, though not clearly ahead of another entry, gets the line of that
     * answer very close to it (a blind tester asked, in Traditional characters, about uploading papers for a manual review
     * after the failed scans, and got a choice led by how to check a result).
     */
    @Test
    void aFollowUpNearestTheAnswerThoughNotClearlyAheadGetsItsVeryCloseLine() {
        Reply.Detail detail = detailOfTheAnswerAfter("刷脸老是不过 怎么办", "可以上傳資料人工審核嗎");

        assertThat(detail.entry().id()).isEqualTo("failure-help");
        assertThat(detail.sentence()).contains("人工审核");
    }

    @Test
    void aLineThatPointsToAnotherEntryIsNotTheFollowUpsPoint() {
        conversations.reply("chat", "微信能做养老认证吗");

        Reply reply = conversations.reply("chat", "注册老是注册不上咋办");

        // The app's login trouble is one of the entries the WeChat answer offers next: answered, not asked about.
        assertThat(reply).isNotInstanceOf(Reply.Detail.class);
        assertThat(Outcome.of(reply)).isEqualTo("answer app-registration");
    }

    /**
     * A choice, then a message that alone and read with the question before it would get the same choice led by the
     * same entry: that entry is answered, not asked about again (a tester got one choice three times running).
     */
    @Test
    void aChoiceLedTwiceByTheSameEntryIsAnswered() {
        Reply first = conversations.reply("chat", "社保会通知我认证吗");

        Reply reply = conversations.reply("chat", "忘了上回哪天弄的");

        assertThat(Outcome.of(first)).startsWith("clarify [certification-notice");
        assertThat(Outcome.of(reply)).isEqualTo("answer certification-notice");
    }

    /** "那他不在身边呢" after helping a parent came near nothing alone; with the question before it, it is that answer's. */
    @Test
    void aFollowUpThatCameNearNothingButIsAboutTheAnswerGetsItsShortAnswer() {
        Reply.Answer first = (Reply.Answer) conversations.reply("chat", "帮我妈认证");

        Reply reply = conversations.reply("chat", "那他不在身边呢");

        assertThat(reply).isInstanceOfSatisfying(Reply.Detail.class, detail -> {
            assertThat(detail.entry()).isEqualTo(first.entry());
            assertThat(detail.sentence()).contains("本人必须在场");
        });
    }

    @Test
    void theFirstMessageOfAChatThatMatchesNothingSaysWhatTheBotKnows() {
        // Not "那怎么弄": as a first message it is read as about the bot's subject (KeywordMessageTest).
        Reply reply = conversations.reply("chat", "今天天气怎么样");

        assertThat(reply).isInstanceOfSatisfying(Reply.Fallback.class,
                fallback -> assertThat(fallback.reason()).isEqualTo(Reply.FallbackReason.NO_MATCH));
    }

    /**
     * A follow-up as much about another entry is no detail of the answer just given, though that answer
     * mentions it: "那上门要带什么材料" after the home-visit answer is about materials, "那想去当面办，去哪儿"
     * after the face-scan answer ("还不行，就去窗口办或请人上门") about the counter.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {"老人卧床怎么认证|那上门要带什么材料", "刷脸老是不通过|那想去当面办，去哪儿"})
    void aFollowUpAboutAnotherEntryIsNoDetail(String question, String followUp) {
        conversations.reply("chat", question);

        Reply reply = conversations.reply("chat", followUp);

        assertThat(reply).isNotInstanceOf(Reply.Detail.class);
    }

    /**
     * A follow-up is offered a choice from a weak best match, and the entries after it matched
     * hardly at all: before, "那上门要带什么材料" got materials, then how to check the result and
     * the fraud entry (0.04 each). No option may sit below the level fallbacks suggest entries at —
     * but the entry just answered, offered last after a guess this weak (its step on what to prepare
     * for the visit may be what was asked).
     */
    @Test
    void aFollowUpsChoiceOffersNoEntryWithoutEvidence() {
        Reply.Answer answered = (Reply.Answer) conversations.reply("chat", "老人卧床怎么认证");

        Reply reply = conversations.reply("chat", "那上门要带什么材料");

        assertThat(reply).isInstanceOfSatisfying(Reply.Clarify.class, clarify -> {
            assertThat(clarify.candidates().get(0).id()).isEqualTo("materials-needed");
            assertThat(clarify.candidates().get(clarify.candidates().size() - 1).entry()).isEqualTo(answered.entry());
            assertThat(clarify.candidates().subList(0, clarify.candidates().size() - 1)).allSatisfy(option ->
                    assertThat(option.confidence()).isGreaterThanOrEqualTo(DecisionThresholds.DEFAULT_SUGGEST_FLOOR));
        });
    }

    /**
     * A follow-up that came near nothing on its own, and got a choice only with the chat's topic left out, is about the
     * answer just given when, read with the question before it, it is that answer's again: its point ("手机上行不" after
     * the survivors' entry: "再问清能不能在手机上认证"; "那个app叫啥" after the abroad answer: the step naming the app, where a
     * tester got a choice), with the weak guess still one tap after the whole answer.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            我领的是遗属待遇 也要年审吗                | 手机上行不   | survivor-benefits    | 在手机上认证 | for-others
            我妈去日本我姐那住一年，她的退休金认证咋办 | 那个app叫啥 | abroad-certification | 中国领事     | find-local-service
            """)
    void aFollowUpWhoseChoiceOnlyTheChatGaveGetsThePointOfTheAnswerJustGiven(String question, String followUp, String answered,
                                                                            String point, String guess) {
        Reply.Detail detail = detailOfTheAnswerAfter(question, followUp);

        assertThat(detail.entry().id()).isEqualTo(answered);
        assertThat(detail.sentence()).contains(point);
        assertThat(detail.otherReadings()).extracting(FaqEntry::id).containsExactly(guess);
    }

    /**
     * A short follow-up asking for one kind of thing gets the answer's line giving it ({@link AskedFor}): whom to apply to
     * after the home visit, how long the review takes after the abroad answer, the platform's address after helping a
     * parent through it, the number to call after the home visit though the office entry is likely for any such question
     * (blind testers got a choice, or a line on paper forms).
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            奶奶瘫在床上好几年了 养老金人证能上门不 | 找谁申请                 | home-visit           | 社保所
            我妈跟我在美国住 她的养老金认证怎么搞   | 用中国领事app要多久审核  | abroad-certification | 10个工作日
            国家社会保险公共服务平台咋给别人认证    | 网址是啥                 | for-others           | si.12333.gov.cn
            我爸瘫在床上好几年了 今年认证还没弄     | 打啥电话                 | home-visit           | 12333
            婆婆在美国帮我们带孩子 国内的养老金要认证咋弄 | 要多久             | abroad-certification | 10个工作日
            我奶奶瘫痪在床 没法去社保局 怎么认证    | 上门认证找谁申请         | home-visit           | 向社区
            给我妈做完认证了，咋查通没通过          | 传的是材料，得等几天出结果 | check-result       | 十几个工作日
            我老伴去世了我领遗属那个供养的钱 我也要认证吗 | 多久认一次         | survivor-benefits  | 180天一次
            我在美国跟女儿住 国内的退休金认证咋弄   | 中国领事app里点哪个      | abroad-certification | 养老金资格
            我刚退休 第一次认证怎么弄                | 什么时候开始认证         | first-certification  | 起算
            老人卧床怎么认证                         | 上门收钱不               | home-visit           | 不收费
            门口来了个人说是社保的，要帮我上门认证，收200块钱 | 社保上门要钱不     | fraud-safety         | 找您要钱的别给
            """)
    void aFollowUpAskingForOneKindOfThingGetsTheLineGivingIt(String question, String followUp, String answered, String given) {
        Reply.Detail detail = detailOfTheAnswerAfter(question, followUp);

        assertThat(detail.entry().id()).isEqualTo(answered);
        assertThat(detail.sentence()).contains(given);
    }

    /**
     * A follow-up that names the answer just given so plainly that, alone, it is answered with that entry again, and that
     * asks about one line of it, gets that line: blind tester26 got the whole home-visit answer again for "上门认证找谁申请"
     * (above), the written chats the whole office answer for "12333打了一上午都占线". Asking how, or about the answer as a
     * whole, still gets the whole answer.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            掌上12333登不进去 没法认证 | 密码忘了               | app-registration   | 密码忘了：打12333
            认证的事该问谁             | 12333打了一上午都占线   | find-local-service | 老占线
            掌上12333怎么认证          | 读数认证是啥意思       | other-channels     | 4位数字
            """)
    void aFollowUpAnsweredAgainWithTheSameEntryGetsTheLineItAsksAbout(String question, String followUp, String answered,
                                                                      String line) {
        Reply.Detail detail = detailOfTheAnswerAfter(question, followUp);

        assertThat(detail.entry().id()).isEqualTo(answered);
        assertThat(detail.sentence()).contains(line);
    }

    /**
     * Blind tester26, after the failed-scan answer and one detail of it: "还是不行 能人工审核吗" got a choice of the other ways
     * (the counter, a home visit, certifying without a face scan), though the answer has a line on manual review.
     */
    @Test
    void aFailureToldWithAQuestionAboutOnePointOfTheAnswerGetsThatPoint() {
        conversations.reply("chat", "刷脸一直不通过 试了好几次了");
        conversations.reply("chat", "光线挺亮的啊");

        Reply reply = conversations.reply("chat", "还是不行 能人工审核吗");

        assertTheLine(reply, "failure-help", "人工审核");
    }

    /**
     * Asked how to do it in a place the answer names nowhere, or whether it can be done there: the answer in brief, not its
     * tip that names differ (testers 28 and 47).
     */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"我在海南过冬 户口在黑龙江 要回去认证不, 那在海南咋弄", "我退休在山东 现在跟儿子住在深圳 认证要回山东吗, 在深圳能弄不",
            "冬天去海南住几个月 养老认证会不会错过, 在海南可以认证吗"})
    void askingHowOrWhetherInAPlaceTheAnswerNamesNowhereGetsTheAnswerInBrief(String first, String then) {
        conversations.reply("chat", first);

        Reply reply = conversations.reply("chat", then);

        assertTheLine(reply, "elsewhere-certification", "不用回去");
    }

    /**
     * Hearsay right after an answer that says such talk is not to be believed gets that line (blind tester27 was redirected
     * to the pension amount and left with the rumour of three months); a rumour the answer says nothing of does not.
     */
    @Test
    void hearsayAfterAnAnswerThatSaysNotToBelieveItGetsThatLine() {
        conversations.reply("chat", "嘎哈呢 养老钱停了 俺啥也没干");

        Reply reply = conversations.reply("chat", "能补几个月 听说最多补三个月");

        assertTheLine(reply, "missed-deadline", "别轻信");
        conversations.reply("chat", "养老认证多久一次");
        assertThat(conversations.reply("chat", "听说80岁以上就不用认证了")).isNotInstanceOf(Reply.Detail.class);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            支付宝怎么做养老认证 | 支付宝怎么认证         | alipay-self
            咋帮老人做认证       | 用我手机给俺妈弄行不   | for-others
            """)
    void aFollowUpAskingHowOrAboutTheWholeAnswerAgainGetsTheWholeAnswer(String question, String followUp, String answered) {
        assertThat(conversations.reply("chat", question)).isInstanceOf(Reply.Answer.class);

        Reply reply = conversations.reply("chat", followUp);

        assertThat(reply).isInstanceOfSatisfying(Reply.Answer.class, answer -> assertThat(answer.entry().id()).isEqualTo(answered));
    }

    /**
     * "多久能到账" after the stopped pension's answer came near the housing fund's "公积金提取要多久到账", and blind tester25 was
     * sent to 12329 (tester22 too, with the same words in a chat with no answer before them); that answer says when the money
     * comes. Asked with the fund named, it keeps its redirect.
     */
    @Test
    void howLongTillTheMoneyComesAfterAStoppedPensionIsThatAnswersLine() {
        conversations.reply("chat", "我忘了认证 养老金停了三个月了");

        Reply reply = conversations.reply("chat", "多久能到账");

        assertTheLine(reply, "missed-deadline", "下个月");
        assertThat(conversations.reply("chat", "公积金多久能到账")).isInstanceOfSatisfying(Reply.Fallback.class,
                fallback -> assertThat(fallback.reason()).isEqualTo(Reply.FallbackReason.OUT_OF_SCOPE));
    }

    /**
     * "那之前的钱还能补吗" after the missed-deadline answer came nearest what back pay pensions get (a neighbouring topic,
     * weakly) and a tester was told the bot could not say; that answer says the stopped months are paid back. A neighbouring
     * matter asked plainly after an answer keeps its redirect.
     */
    @Test
    void aFollowUpWeaklyANeighboursThatTheAnswerSpeaksToGetsItsLine() {
        Reply.Detail detail = detailOfTheAnswerAfter("我今年忘了认证了 这个月钱没到账", "那之前的钱还能补吗");

        assertThat(detail.entry().id()).isEqualTo("missed-deadline");
        assertThat(detail.sentence()).contains("补发");
        conversations.reply("chat", "没社保卡能认证吗");
        assertThat(conversations.reply("chat", "那社保卡咋补办")).isInstanceOfSatisfying(Reply.Fallback.class,
                fallback -> assertThat(fallback.reason()).isEqualTo(Reply.FallbackReason.OUT_OF_SCOPE));
    }

    /**
     * After a detail, a follow-up is read with the question its entry answers, as after the whole answer: "用我手机行吗" after
     * "她得在我身边吗" had been read with that detail alone and got a choice of the other apps (two testers).
     */
    @Test
    void aFollowUpAfterADetailIsReadWithTheQuestionItsAnswerAnswers() {
        conversations.reply("chat", "我妈在老家农村，我在上海打工，能帮她弄养老认证吗");
        Reply detail = conversations.reply("chat", "她得在我身边吗");

        Reply reply = conversations.reply("chat", "用我手机行吗");

        assertThat(detail).isInstanceOf(Reply.Detail.class);
        assertThat(reply).isInstanceOfSatisfying(Reply.Detail.class, again -> {
            assertThat(again.entry().id()).isEqualTo("for-others");
            assertThat(again.sentence()).contains("必须在场");
        });
    }

    /** The weak guess under such a detail is picked by its number, as in the choice it stands in for. */
    @Test
    void theGuessUnderADetailIsPickedByItsNumber() {
        detailOfTheAnswerAfter("我妈去日本我姐那住一年，她的退休金认证咋办", "那个app叫啥");

        Reply reply = conversations.reply("chat", "2");

        assertThat(Outcome.of(reply)).isEqualTo("answer find-local-service");
    }

    /**
     * Such a follow-up is no detail when a neighbouring topic came near it and the classifier finds it likely: the answer's
     * lines would seem to answer it ("一般每12个月至少认证一次" to "医保卡也要年审不"; "老人本人必须在场" to a death).
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            认证一年一次吗 | 医保卡也要年审不
            帮我爸认证咋弄 | 我爸上个月走了 咋办
            """)
    void aNeighbourThatGotAChoiceOnlyWithTheChatIsNoDetailOfTheAnswer(String question, String followUp) {
        Reply answer = conversations.reply("chat", question);

        Reply reply = conversations.reply("chat", followUp);

        assertThat(answer).isInstanceOf(Reply.Answer.class);
        assertThat(reply).isNotInstanceOf(Reply.Detail.class);
    }

    /** "我这两年瘦了好多" after failed face scans: the answer's line that the face is compared with the ID card's photo. */
    @Test
    void aChangedFaceAfterTheFailureAnswerGetsItsLineOnTheIdPhoto() {
        Reply.Detail detail = detailOfTheAnswerAfter("刷脸咋老说不是本人", "我这两年瘦了好多");

        assertThat(detail.entry().id()).isEqualTo("failure-help");
        assertThat(detail.sentence()).contains("身份证照片");
    }

    /**
     * Binding a parent in the e-social card's 亲情服务 is the first half of helping a parent (F26): four blind testers (28,
     * 29, 31, 32) asking how or where to bind, or how many, were given how to open one's own e-social card. Asked once
     * bound what the parent does, the answer says: be there and scan their own face (blind tester19 got the card's
     * opening lines again).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"亲情服务咋绑定", "亲情服务在哪添加", "親情服務最多能綁幾個人", "电子社保卡的亲情服务怎么绑我爸"})
    void bindingAParentIsHelpingAParent(String question) {
        Reply reply = conversations.reply("chat", question);

        assertThat(reply).isInstanceOfSatisfying(Reply.Answer.class, answer -> {
            assertThat(answer.entry().id()).isEqualTo("for-others");
            assertThat(answer.entry().steps()).anyMatch(step -> step.contains("绑定"));
        });
    }

    /**
     * A child away asking for a parent at home gets the answer on helping a parent, not the one for pensioners who live
     * where the child does (blind testers 32, 33 and 34 got the abroad, Hong Kong and Taiwan, and other-province answers).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"我在国外工作 我爸在国内 他养老金认证咋办", "我人在台灣 我爸在福建領退休金 每年那個資格認證要怎麼弄",
            "我住香港 我媽在廣州領城鄉居民養老金 聽說每年要認證 怎麼做", "我在广东打工 我爸在四川农村领城乡居民养老金 要认证 他一个人在家"})
    void aChildAwayAskingForAParentAtHomeIsHelpingAParent(String question) {
        assertThat(Outcome.of(conversations.reply("chat", question))).isEqualTo("answer for-others");
    }

    @Test
    void aParentLivingWithTheChildAbroadIsStillAbroad() {
        assertThat(Outcome.of(conversations.reply("chat", "我在加拿大 我妈跟我住 她领国内的退休金 认证咋弄"))).isEqualTo("answer abroad-certification");
    }

    @Test
    void afterBindingAParentTheAnswerSaysWhatTheParentDoes() {
        Reply.Detail detail = detailOfTheAnswerAfter("电子社保卡的亲情服务在哪添加 想把我爸绑上", "绑好了认证时候我爸要干啥");

        assertThat(detail.entry().id()).isEqualTo("for-others");
        assertThat(detail.sentence()).contains("本人必须在场", "刷脸");
    }

    /**
     * A follow-up naming what one line of the answer alone speaks of gets that line, though the model reads the message
     * nearer the answer's first line: blind tester19 said "她已经入了加拿大籍" after the abroad answer and was told again to
     * use the app, which a foreign national may fail (F35). The line also says where the paper form is issued.
     */
    @Test
    void aFollowUpGetsTheLineThatAloneHasItsRareWord() {
        Reply.Detail detail = detailOfTheAnswerAfter("我在加拿大 我妈跟我住 她领国内的退休金 认证咋弄", "她已经入了加拿大籍");

        assertThat(detail.sentence()).contains("外国国籍", "使领馆", "纸质表");
    }

    /**
     * After an answer, a detail that neither points at the answered entry on its own nor at any other
     * ("我一个人能给家里几个人开" after the e-social-card answer) gets the sentence of that answer which is
     * very close to it; a step comes with the help written under it.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "怎么帮我妈做养老认证|我一个人能给家里几个人绑|8位",
            "支付宝怎么认证|搜不到市民中心咋办|“电子社保卡”小程序",
            "俺老伴养老金没到账，社保说是没认证|听人说有啥宽限期，真的不|宽限期"})
    void aDetailNothingElseExplainsGetsTheClosestSentenceOfTheAnswer(String question, String detail, String expectedWords) {
        Reply answer = conversations.reply("chat", question);

        Reply reply = conversations.reply("chat", detail);

        assertThat(answer).isInstanceOf(Reply.Answer.class);
        assertThat(reply).isInstanceOfSatisfying(Reply.Detail.class, d -> {
            assertThat(d.entry()).isEqualTo(((Reply.Answer) answer).entry());
            assertThat(d.sentence()).contains(expectedWords);
        });
    }

    @Test
    void aStepGivenAsADetailComesWithTheHelpWrittenUnderIt() {
        conversations.reply("chat", "在国外怎么认证养老金");

        Reply reply = conversations.reply("chat", "中国领事App在哪下载");

        assertThat(reply).isInstanceOfSatisfying(Reply.Detail.class, detail -> assertThat(detail.sentence())
                .isEqualTo("在手机自带的应用商店里搜“中国领事”，下载外交部的这个App。\n别人发来的下载链接不要点。"));
    }

    /**
     * 50 chats written blind (follow-ups-same-entry.tsv): 40 ask a detail of the answer just given, 10 a
     * next worry. Measured 2026-12-04: 24 with their entry first, then 26 once a detail nothing else
     * explains got the answer's closest sentence (chosen on this file among others). The three answered
     * with another entry are arguable ("网上搜出来的电话能信不" after where to ask → the fraud entry); of
     * the next worries, 9 of 10 get their entry first ("俺爹的也能在俺支付宝上弄不" after the Alipay
     * answer gets a weak guess). 25 since a neighbouring topic as close as the answered entry stops a
     * detail (2026-12-05, see the test above): "俺领的是工伤那个长期待遇，也算吗" after the what-is answer
     * (work-injury topic 0.42, the entry 0.38) gets the work-injury redirect, which says that those on
     * long-term work-injury benefits can ask here about certifying. 24 since choices are ordered with the
     * entry classifier (2026-12-05): "那个国家平台网址多少" after the other-apps answer, read alone, leans
     * to where to find the local service (0.41) over the other apps (0.49) — the price of 20-odd first
     * questions more with their entry first (BENCHMARKS.md). 23 since an entry the classifier finds
     * likely is answered at 0.60 whatever its lead: "那个电子社保卡在手机哪找" after the ways to certify
     * is answered with the e-social-card entry, which says where the card is (labelled a detail of the
     * ways; arguable). 24 again once the classifier took the neighbouring topics as one class: another
     * of these chats gets its entry first. 23 since a topic for notarisation and consular authentication
     * (2026-12-05, round 7 of real questions): "我是上海的，也這麼弄嗎" after the Alipay answer, which
     * matched its entry only weakly (the whole answer again), now gets "I did not follow" with the Alipay
     * entry offered first — 16 more topic phrasings (new word statistics, a retrained classifier) moved
     * its weak match under the floor. 22 since the classifier reads words as well as vectors (2026-12-05):
     * "我跟闺女住杭州，养老金在哈尔滨领，认证非得回去吗" is answered (its entry) where it got a choice, and
     * "手机上点哪个" after that answer gets a choice where, read with the question after the choice, it had
     * got the answer's "在首页点“全国服务”". 27 since a follow-up that came near nothing but, read with the question
     * before it, is about the answer just given gets its short answer, with the close sentence under it
     * ({@link AnswerDetails#decideDetailOfTheAnswer}, 2026-12-05): "她人得在跟前不", "那我替她刷一下行不", "俺是成都的，咋算".
     * 2026-12-06, a follow-up that got a choice only with the chat's topic left out gets a detail of the answer just given
     * ({@link AnswerDetails#decideDetailOfTheAnswerAfterAWeakChoice}): 37 of 50 with their entry first where 35 had; two
     * more replies are a detail of the answer just given where another entry was written, each with the weak choice's
     * lead under it: "俺爹的也能在俺支付宝上弄不" after the Alipay answer (helping a parent; a choice without it before),
     * "去窗口的话带啥" after the ways to certify (the materials, which led the choice before: a next worry missed).
     */
    @Test
    void detailsOfTheAnswerJustGivenHoldTheirMeasuredLevel() throws IOException {
        FollowUps run = FollowUps.run("follow-ups-same-entry.tsv", 2, engine, clock);

        run.assertEntryFirstAtLeast(37);
        assertThat(run.wrongAnswers()).as("answered outright with another entry").hasSizeLessThanOrEqualTo(5);
        assertThat(run.missesOfKind("context")).as("a next worry gets its own entry first").hasSizeLessThanOrEqualTo(2);
    }

    /**
     * Chats written blind (2026-12-05): after a certification question, a short elliptic follow-up
     * ("去哪", "要复印件不", "咋约") or a neighbouring matter ("户口本丢了咋补", "驾照年审也是一年一次吗",
     * "顺便问下住院报销咋弄"). follow-ups-neighbours.tsv (50 + 50), run once before any change: 41
     * neighbours redirected and 5 answered — 3 of them with a sentence of the answer just given,
     * because a detail of the answered entry was looked for before the neighbouring topic was weighed
     * (the hukou question was redirected at confidence 1.0 when asked on its own). Now a neighbouring
     * topic at least as close as the answered entry stops the detail (46 redirected; the
     * driving-licence and physical-card password questions also needed a phrasing of their topics);
     * elliptic follow-ups 18 → 19 with their entry first once "支付宝上咋整" became a phrasing of the
     * Alipay entry. follow-ups-neighbours-2.tsv (40 + 40, another helper), run once on the build of
     * the morning and once after those changes: neighbours redirected 31 → 36, answered 4 → 1; the
     * one left ("城乡居民养老保险交哪个档划算" after a choice about certifying from Macau) was answered with
     * the Macau entry from the two messages together — now only with an entry the message itself
     * comes near (37 redirected, none answered). Elliptic: 17 first either way; 16 once Cantonese words
     * were read as Mandarin (2026-12-05): "认证嘅app注册唔到" is now answered outright where it got a
     * choice, and "换个号码呢" after that answer gets a choice led by the fraud entry, where after the
     * choice it had been read with the question and answered. One elliptic follow-up with another entry's
     * sentence since a first question the classifier finds likely is answered at the clarify floor
     * (2026-12-05): "社保会不会提醒我认证" is answered (its entry) where it got a choice, and "没看着提醒过期了呢"
     * after it, labelled the missed deadline, gets the reminders answer's "打12333问自己哪天到期" as a detail,
     * where after the choice it had been read with the question. A follow-up that names nothing offers the
     * entry just answered first ({@link AskingWords}, 2026-12-05): elliptic 19 → 21 and 16 → 17 ("咋弄", "咋做",
     * "去哪弄", "那咋整" get their entry first; "去哪" after the materials answer, labelled the offline entry,
     * now gets a choice led by the materials entry, the offline one second). A follow-up that points at the answer
     * just given, with no one sentence of it close enough, gets its short answer ({@link DecisionThresholds#shortAnswer},
     * 2026-12-05): elliptic 21 → 23 and 17 → 19 ("微信呢" after the other apps, "用我手机行不行" after helping a parent).
     * One that came near nothing but, read with the question before it, is about that answer gets its short answer too
     * ({@link AnswerDetails#decideDetailOfTheAnswer}): 23 → 25 and 19 → 23 ("咋约" after the home visits, "光线暗有关系没"
     * after the failed scans); two more replies name the answered entry where the label names another, both a
     * restatement of the answer just given: "礼拜六上班不" after the offline answer (labelled where to find the office)
     * and "没过呢" after how to check a result (labelled the failed scans). "要花钱不" after the home-visit answer
     * (labelled home visits, which say nothing of costs) got the social security card's redirect ("换社保卡要交钱不");
     * since "认证要钱不" is a phrasing of what certification is (2026-12-06), it gets that answer's "认证一般不收费".
     * Since a choice led by an entry the answer offers next is answered ({@link DialogEngine#decideTheNextQuestionOffered},
     * 2026-12-06), "会来短信不" after how to check a result, labelled that entry, got the notices' answer where it got a
     * choice led by them: one wrong answer where there was none (a choice again after that day's later corpus edits). In the first file "我咋知道我被认了没" after silent
     * certification gets how to check a result (labelled silent certification) the same way, and since a follow-up nearest
     * the answer just given, though not clearly ahead, gets that answer's very close line ({@link AnswerDetails#decideDetail},
     * 2026-12-06: 3 more chats of the 702 with their entry first, 1 fewer), "没看着提醒过期了呢" after the reminders' answer,
     * labelled the missed deadline (0.281 to the reminders' 0.282), gets "还是不清楚，打12333问自己哪天到期".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"follow-ups-neighbours.tsv, 46, 25, 5", "follow-ups-neighbours-2.tsv, 37, 23, 1"})
    void aNeighbouringMatterMidChatIsRedirectedNotAnsweredFromTheLastAnswer(String file, int redirected, int first, int wrong)
            throws IOException {
        FollowUps run = FollowUps.run(file, 2, engine, clock);

        assertThat(run.redirected()).as("neighbouring matters redirected").isGreaterThanOrEqualTo(redirected);
        assertThat(run.wrongAnswers()).as("answered outright with another entry, or a neighbour answered")
                .hasSizeLessThanOrEqualTo(wrong);
        assertThat(run.wrongAnswers()).as("a neighbour answered").noneMatch(miss -> miss.split("\t")[2].equals("-"));
        assertThat(run.first()).as("elliptic follow-ups with their entry first; misses:%n%s", run.misses())
                .isGreaterThanOrEqualTo(first);
    }

    /**
     * The written follow-up pairs (follow-ups.tsv, written before the rule was run): most get the
     * intended entry first, and none gets a confident answer from another entry. Measured 11 of 16
     * when the rule searched the follow-up on its own (6 of 16 searching it with the topic's question);
     * 13 since a follow-up that names nothing is not redirected ("去哪里办" after the missed-deadline
     * answer came nearest the retirement topic's "到了退休年龄去哪里办退休"; {@link AskingWords}). 15 since "还有别的办法吗"
     * offers the ways on that the answer names for when it does not suit ({@code when-it-fails}, 2026-12-06): other
     * apps after the Alipay answer, the counter after the one on failed face scans.
     */
    @Test
    void writtenFollowUpsMostlyGetTheirEntryFirstAndNeverAWrongAnswer() throws IOException {
        FollowUps run = FollowUps.run("follow-ups.tsv", 2, engine, clock);

        assertThat(run.wrongAnswers()).as("answered outright with another entry").isEmpty();
        run.assertEntryFirstAtLeast(15);
    }

    /**
     * 80 more pairs, written by a helper who never saw the bot's replies (follow-ups-written.tsv).
     * Measured 2026-12-03: 61 of 80 with their entry first — all 10 new questions asked mid-chat,
     * 47 of 59 follow-ups that need the context, only 4 of 11 that ask about a detail of the same
     * entry (the rule left the entry just answered out, so they got a choice of others). Answering
     * such a detail with the sentence of the last answer that speaks to it raised that to 7 of 11
     * (64 of 80). The answering margin raised from 0.10 to 0.12 (2026-12-04; a detail must lead by it
     * too) made it 63: "搜不到市民中心咋办" after the Alipay answer leads by 0.117 and now gets a
     * fallback that names the Alipay entry first. Letting a tie between an entry and a neighbouring
     * topic go to the entry in a follow-up made it 65 ("没社宝卡呢", "过期了咋半" were redirected to
     * the social security card topic). Two synonym fixes made it 67 (2026-12-04): "都不过" reads as failing
     * ("她刷了好几次都不过"), and "残疾" no longer reads as "行动不便" — it made "我腿脚不好走不动路咋办"
     * look like the social-assistance topic's "残疾证怎么办". Two replies name another entry than written, both arguable ("在国外怎么认证" →
     * "多久出结果" got how to check a result). Keeping the answered entry in, at full or reduced
     * weight, and favouring its related ones were tried on half of them: no better. A detail nothing
     * else explains getting the answer's closest sentence (2026-12-04) made it 69: "搜不到市民中心咋办"
     * gets the Alipay step with the help under it. A follow-up that names nothing no longer redirected
     * (2026-12-05, {@link AskingWords}) made it 70: "去哪办" after the materials answer gets the offline entry;
     * such a follow-up not redirected offering the entry just answered first made it 69 again: "咋做" after what
     * certification is gets a choice led by that entry, then how to certify (the written answer). 70 since a
     * follow-up that came near nothing but, read with the question before it, is about the answer just given gets its
     * short answer ({@link AnswerDetails#decideDetailOfTheAnswer}, 2026-12-05): "她得在旁边吗" after helping a parent.
     * 2026-12-06: 404 more phrasings and a follow-up that got a choice alone but is about the answer just given getting
     * its point ({@link AnswerDetails#decideDetailOfTheAnswerAfterAChoice}): 70 still ("给我爸开呢" after the e-card gets
     * "一个人可以帮8位家人开通"), and two replies are a line of the answer just given where the written entry was another:
     * "短信咋分真假" after the notices gets "拿不准真假，就把短信内容念给12333", "审核完在哪看" after failed scans the
     * line on manual review.
     */
    @Test
    void moreWrittenFollowUpsHoldTheirMeasuredLevel() throws IOException {
        FollowUps run = FollowUps.run("follow-ups-written.tsv", 2, engine, clock);

        run.assertEntryFirstAtLeast(70);
        run.assertAnsweredRightAtLeast(58);   // 55 before a follow-up was read with the question answered (2026-12-07)
        assertThat(run.wrongAnswers()).as("answered outright with another entry").hasSizeLessThanOrEqualTo(4);
        assertThat(run.missesOfKind("new-question")).as("a new question mid-chat is read on its own").isEmpty();
    }

    /**
     * 40 three-message chats (follow-ups-three-turn.tsv, written by a helper who never saw the bot's
     * replies): the third message needs the subject of the first, often after a second one that
     * only got a choice or a "didn't follow". Measured 2026-12-04: before the chat kept its topic
     * through such a reply, 8 of 40 had their entry first in an answer or a choice (most got a
     * "didn't follow" listing it); keeping the topic made it 19, the right entry in front 29 either way,
     * and nothing was answered wrongly. (Kept through every choice made in the chat, it was 19 / 30, but a
     * new question's own choice then lost to the old topic: see the test above.) Reading a message after
     * a choice or a fallback with the question before it made it 22, in front 27; a close sentence of the
     * answer for a detail nothing else explains, 23 ("上哪能瞅见俺下回哪天到期" → "…打12333问自己哪天到期").
     * 22 since a very close match is answered with a small lead (2026-12-05): "在国外用领事App咋认证养老金"
     * is now answered outright with the abroad entry instead of a choice led by it, and the third message
     * of that chat ("多久能有信儿，上哪看") then gets a choice of checking the result and the abroad entry.
     * 23 since a follow-up that names nothing offers the entry just answered first ({@link AskingWords}):
     * "那咋整" after the failed-scan answer and "我这两年瘦了好多". 22 since a follow-up about the answer just given gets
     * its short answer ({@link AnswerDetails#decideDetailOfTheAnswer}, 2026-12-05): "我以为就退休的才弄" after the survivors'
     * answer now gets "要认证。按月领…" (where it got a choice led by that entry), and the third message, "那我上哪弄", read
     * after that detail, gets "didn't follow" with the survivors' entry offered first. 2026-12-06, a follow-up after a
     * detail is read with the question its entry answers: "那我上哪弄" now gets that entry's line, 27 with their entry first;
     * one third message is a line of the materials where the other apps were written ("在手机上弄的话" → "俺就有个微信，能弄不":
     * "在手机上认证，一般不用交纸质材料…", where it had got a choice without the other apps).
     */
    @Test
    void threeMessageChatsKeepTheirSubjectThroughAChoice() throws IOException {
        FollowUps run = FollowUps.run("follow-ups-three-turn.tsv", 3, engine, clock);

        run.assertEntryFirstAtLeast(27);
        assertThat(run.wrongAnswers()).as("answered outright with another entry").hasSizeLessThanOrEqualTo(1);
    }

    /**
     * A second message that adds a detail to a vague first one, instead of picking from the choice the
     * bot offered: read as one sentence with the first message ({@link DialogEngine#decideRefinement}).
     * Alone, "那我能用我的手机帮她刷吗" comes near nothing and got "没太明白".
     */
    @Test
    void aDetailAddedAfterAChoiceIsReadWithTheQuestionAskedBackAbout() {
        assertThat(conversations.reply("chat", "我妈82了在老家，我在深圳上班，她的养老金认证咋弄")).isInstanceOf(Reply.Clarify.class);

        Decision decision = conversations.decide("chat", "那我能用我的手机帮她刷吗");

        assertThat(decision.rule()).isEqualTo(Decision.Rule.CONTEXT);
        assertThat(Outcome.of(decision.reply())).isEqualTo("answer for-others");
    }

    @Test
    void aDetailAddedAfterAChoiceCanBeAnsweredOutright() {
        conversations.reply("chat", "社保的认证");

        Reply reply = conversations.reply("chat", "就在支付宝上 自己给自己弄 找不着从哪点进去");

        assertThat(Outcome.of(reply)).isEqualTo("answer alipay-self");
    }

    /**
     * Details sent one by one, each too short to say much ("手机上", "用支付宝"), are read with all that
     * was said since the question — also after a "didn't follow" — so the chat keeps narrowing down
     * instead of not following twice, to the entry on Alipay (read as about certifying, "用支付宝" is that entry's).
     */
    @Test
    void detailsSentOneByOneAreReadWithEverythingSaidSinceTheQuestion() {
        conversations.reply("chat", "我今年刚退休 听说要认证");
        conversations.reply("chat", "在哪弄");
        conversations.reply("chat", "手机上");

        Reply reply = conversations.reply("chat", "用支付宝");

        assertThat(Outcome.of(reply)).isEqualTo("answer alipay-self");
    }

    @Test
    void aNeighbourAfterAChoiceIsStillRedirected() {
        conversations.reply("chat", "认证");

        Reply reply = conversations.reply("chat", "不是认证 俺想问今年养老金涨多少 啥时候补发");

        assertThat(Outcome.decision(reply)).isEqualTo("fallback out_of_scope");
    }

    /**
     * A follow-up the chat left open, a choice or nothing near, is read as about certifying, the chat's subject, and
     * answered when so read it is plainly one entry's (blind tester17 got choices for "在支付包上能弄不" and "用支付寶可以嗎").
     *
     * @param chat the messages before the last one, separated by " / "
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"俺今年养老金认正咋弄啊, 在支付包上能弄不, alipay-self", "請問退休金資格認證要怎麼做, 用支付寶可以嗎, alipay-self",
            "养老认证咋弄, 要带啥, materials-needed", "养老认证有几种办法, 俺爹瘫床上了 能上门不, home-visit",
            "我妈的认证, 她在四川老家领 我想找那边社保问问 电话咋查, find-local-service",
            "我领工伤的伤残津贴 也要每年认证吗 / 那失业金呢, 在哪认证, how-to-certify",
            "女职工多少岁可以退休 / 那男的呢, 退休以后那个认证要多久做一次, annual-review"})
    void aFollowUpLeftOpenIsReadAsAboutCertifying(String chat, String then, String entry) {
        assertThat(Outcome.of(replyAfter(chat, then))).isEqualTo("answer " + entry);
    }

    /**
     * Read as about certifying in general, a follow-up loses what the chat said: what to prepare abroad is not the
     * materials for certifying at home, and "那咋弄" after the first certification is about that, not every way to certify.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"人在美国 养老金认证咋做, 要准备啥不, materials-needed", "刚开始领养老金 要马上认证不, 那咋弄, how-to-certify"})
    void aFollowUpThatTheChatsTopicStillExplainsIsNotAnsweredAsCertifyingInGeneral(String first, String then, String general) {
        conversations.reply("chat", first);

        assertThat(Outcome.of(conversations.reply("chat", then))).isNotEqualTo("answer " + general);
    }

    /**
     * After the fraud entry's steps, what the other side claimed to press or to be believed is more of the scam: blind
     * tester16 got the missed-deadline answer ("尽快补做认证") for the caller's threat, as if it were a real suspension.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"他说不报就停发我的退休金", "他们说是社区派来的", "对方讲是人社局的工作人员"})
    void whatTheCallerClaimedAfterTheFraudStepsGetsThemAgain(String claim) {
        conversations.reply("chat", "有个人打电话说是社保局的，让我下载一个APP做认证，还要我报手机验证码");

        Decision decision = conversations.decide("chat", claim);

        assertThat(Outcome.of(decision.reply())).isEqualTo("answer fraud-safety");
    }

    /**
     * After the fraud entry's steps, "我已经说了" means the code is gone — the secret is the chat's
     * subject, so the message names none; alone it got "我不太确定是不是这个意思". So does "他还问俺要银行卡密码":
     * the chat named the caller already. The urgent steps again.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"我已经说了", "给他了", "刚才点进去了", "钱已经转过去了", "他还问俺要银行卡密码", "又让我报验证码",
            "怎么办", "那咋整啊", "现在咋办", "会怎么样"})
    void sayingItIsTooLateOrAskingWhatNowAfterTheFraudStepsGetsThemAgain(String tooLate) {
        conversations.reply("chat", "有人打电话说帮我认证 让我说验证码");

        Decision decision = conversations.decide("chat", tooLate);

        assertThat(decision.rule()).isEqualTo(Decision.Rule.SAFETY);
        assertThat(Outcome.of(decision.reply())).isEqualTo("answer fraud-safety");
    }

    /**
     * A usability tester in the middle of a scam asked about the card, or told what the caller does now: "银行卡要挂失吗"
     * got the social security card's redirect ("我答不准"), "他让我对着镜头眨眼" a choice led by tips for passing a face
     * scan. Mid-scam, a message that is no clear question of its own is about the scam: the steps again, which say
     * what to do with the card. Also after a detail of the steps ("要报警吗" → "马上拨打 110") or the steps repeated,
     * where the chat so far no longer read as a scam and the card redirect came back (the three-message chats).
     * And a scam told over two messages: the first only says that someone called or came to help with the
     * certification (a choice led by the fraud entry), the second what the caller then wanted, which alone came near
     * nothing ("没太明白"; a blind set of 70 chats, 2026-12-06, had four such). And "下一步咋办" once the steps were given
     * twice (blind tester16 got "没太明白" after "我妈已经扫了，还输了银行卡密码"), and its Cantonese "咁佢應該點做" (tester17).
     * Blind tester20 (2026-12-07): a flyer's QR code got "not sure", then "扫了 让填银行卡密码" and "我还没填呢 接下来咋弄" got
     * "没太明白" twice, though the two first messages together raise the alarm; and "我已经下了 要删吗" after the warning about
     * an unofficial app. And asking what number to call: the steps are the numbers, the bank's first.
     *
     * @param chat the messages before the last one, separated by " / "
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"有人冒充社保局让我填银行卡号 我填了, 银行卡要挂失吗", "有人冒充社保局让我填银行卡号 我填了, 银行卡要冻结吗",
            "有人加我微信说帮我做认证 让我开视频 我开了, 他让我对着镜头眨眼", "有人打电话说是社保局的 让我报验证码, 会怎么样",
            "给了对方身份证号和银行卡号 会怎样 / 要报警吗, 银行卡要挂失吗", "有人冒充社保局让我填银行卡号 我填了 / 银行卡要冻结吗, 卡要挂失吗",
            "接到电话说帮我做认证, 他要我开视频", "有人上门说帮老人认证, 他把我妈身份证拿走了",
            "家族群里有人发了个二维码，说扫码领养老金补贴顺便认证 / 我妈已经扫了，还输了银行卡密码, 下一步咋办",
            "有人打电话说帮我认证 让我说验证码 / 我已经说了, 接下来呢",
            "我老豆收到個短信話要喺2月尾之前做人臉識別 唔係就停發退休金 係咪真嘅 / 條短信有條link 佢撳咗, 咁佢應該點做",
            "小区门口有人发传单 扫码领养老补贴顺带认证, 扫了 让填银行卡密码",
            "小区门口有人发传单 扫码领养老补贴顺带认证 / 扫了 让填银行卡密码, 我还没填呢 接下来咋弄",
            "有个退休认证通app让下载 说认证更快 能用吗, 我已经下了 要删吗",
            // Blind tester24 (2026-12-07): the number to call is the bank's first, not only 12333's (the office entry).
            "收到短信说社保卡要过期了点链接激活 是真的吗 / 我已经点了 还填了银行卡, 打啥电话",
            // Blind tester27 (2026-12-07): after saying the code was given, a worry the chat cannot read got "没太明白".
            "刚才有个人打电话说是社保局的 要我把手机收到的验证码告诉他 不然停发养老金 / 我已经给他了, 卡里的钱还没少 要紧不",
            // Blind tester33 (2026-12-07): the screen shared is more than a short "done it"; what now got "没太明白".
            "有人让我下载一个叫退休认证通的app 说以后认证都用这个 靠谱吗 / 我已经装了 还开了那个屏幕共享, 现在咋办 要不要卸载",
            // Blind tester36 (2026-12-07): the police got whom to ask about certification; a remedy got "没太明白".
            "刚才有个电话说是社保局的 说我养老认证要交200块手续费 不交就停发 / 我已经转了200过去了 咋办, 能报警吗 打什么电话",
            "我二姨把手机验证码给了一个说是社保的人 会咋样 / 对方说让她做认证 不然养老金就没了, 现在要怎么补救",
            // Blind tester37: the bank, not the card, named (it was redirected to the social security card's matters).
            "收到短信说社保卡过期需激活 我点了链接 填了银行卡号跟密码 / 卡里钱还没少 是不是就没事了, 要去银行挂失吗",
            // Blind tester48 (2026-12-08): the cards photographed got the whole warning again, a bare 挂失 the card's redirect.
            "我们村有个人说帮老人做养老认证 一个人收20块 我爸让他弄了 这个正规吗, 他还把我爸身份证和银行卡拿去拍照了",
            "我们村有个人说帮老人做养老认证 一个人收20块 我爸让他弄了 这个正规吗 / 他还把我爸身份证和银行卡拿去拍照了, 那我现在要做啥 挂失吗"})
    void midScamAFollowUpThatIsNoNewQuestionGetsTheStepsAgain(String chat, String then) {
        assertThat(Outcome.of(replyAfter(chat, then))).isEqualTo("answer fraud-safety");
    }

    /** Mid-scam, the step for what was done comes first: freezing the card for a card number given, 110 for money sent. */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource({"有人冒充社保局让我填银行卡号 我填了, 银行卡要挂失吗, 银行卡背面的客服电话", "有人冒充社保局让我填银行卡号 我填了, 我已经转了钱怎么办, 110"})
    void midScamTheStepForWhatWasDoneComesFirst(String scam, String then, String step) {
        conversations.reply("chat", scam);

        Reply reply = conversations.reply("chat", then);

        assertThat(reply).isInstanceOfSatisfying(Reply.Answer.class, steps -> assertThat(steps.pointAsked()).hasValueSatisfying(
                point -> assertThat(point).contains(step)));
    }

    @Test
    void midScamANewQuestionOfItsOwnIsStillAnsweredOnItsOwn() {
        conversations.reply("chat", "有人冒充社保局让我填银行卡号 我填了");

        assertThat(Outcome.of(conversations.reply("chat", "支付宝怎么做养老认证"))).isEqualTo("answer alipay-self");
    }

    /**
     * "还是不行" after the answer on failed face scans got a choice led by how often to certify, and "换了光线也不行" that
     * answer's sentence on trying a brighter place — the very thing tried (a usability tester). The ways on that the
     * entry names for when it fails come instead, under a line that says so. On a blind set of 30 such follow-ups
     * (2026-12-06) 11 → 18 got an entry that fits first, 7 → 4 a detail or answer of another. "还是不中" is Henan for "还是不行"
     * (blind tester30 got "没太明白").
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"刷脸老是不过, 还是不行", "刷脸老是不过, 换了光线也不行", "認證失敗怎麼辦, 仲係唔得", "認證失敗怎麼辦, 搞唔掂點算", "刷连老是不过, 光线挺亮的还是不中"})
    void whenTheAnswersWayDidNotWorkTheWaysOnAreOffered(String first, String then) {
        Reply reply = replyAfter(first, then);

        assertThat(reply).isInstanceOfSatisfying(Reply.Clarify.class, choice -> {
            assertThat(choice.reason()).isEqualTo(Reply.ClarifyReason.DID_NOT_WORK);
            assertThat(choice.candidates().get(0).id()).isEqualTo("offline-certification");
        });
        assertThat(new TextRenderer().render(reply).text()).startsWith(Phrases.OTHER_WAYS_PROMPT);
    }

    /**
     * The ways on are said, not asked back as questions: blind testers judged "还有别的办法没" → a list of three entries'
     * questions a menu where the ways should have been given (tester31, chat 1). Each is listed by its way in one line, the
     * full answer a number away.
     */
    @Test
    void theWaysOnAreListedByWhatEachWayIs() {
        Reply reply = replyAfter("刷脸老是不过", "还有别的办法没");
        String text = new TextRenderer().render(reply).text();

        assertThat(reply).isInstanceOfSatisfying(Reply.Clarify.class, choice -> {
            assertThat(choice.reason()).isEqualTo(Reply.ClarifyReason.DID_NOT_WORK);
            assertThat(text).contains("1) 不用手机：带上身份证").doesNotContain(choice.candidates().get(0).entry().title())
                    .contains(Phrases.OTHER_WAYS_HINT);
        });
        assertThat(Outcome.of(conversations.reply("chat", "1"))).isEqualTo("answer offline-certification");
    }

    /**
     * 70 two-message chats written blind by a helper from the entries' titles and first sentences (follow-ups-stuck.tsv,
     * 2026-12-06): 30 say the answer's way did not work or does not suit ("换了地方还是刷不过", "他不在身边", "都装不上"),
     * 20 ask a detail, 10 turn to a neighbouring matter, 10 tell of a scam. Run before any change: 11 of the 30 with an
     * entry that fits first, 9 of 20 details, 8 neighbours redirected, 4 of 10 scams with the fraud entry first. The
     * rules for a way that did not work, for a scam told over two messages and for a fee that "restores" a pension were
     * chosen on it, so it is a development set now: 15, 10, 8 and 9; 18 stuck ones since short messages saying the way
     * cannot be followed count too ("我腿不好去不了", "她用的老人机", "窗口说办不了"). Several misses are fair replies all the same
     * ("社区说这里办不了" after the offline answer gets its "先打12333或问问社区，弄清本地哪些地方能办").
     */
    @Test
    void followUpsSayingTheWayDidNotWorkGetAnotherWay() throws IOException {
        FollowUps run = FollowUps.run("follow-ups-stuck.tsv", 2, engine, clock);

        assertThat(run.missesOfKind("stuck")).as("stuck follow-ups without a fitting entry first").hasSizeLessThanOrEqualTo(12);
        assertThat(run.missesOfKind("scam")).as("scams without the fraud entry first").hasSizeLessThanOrEqualTo(1);
        assertThat(run.redirected()).as("neighbouring matters redirected").isGreaterThanOrEqualTo(8);
        assertThat(run.wrongAnswers()).as("a neighbour answered").noneMatch(miss -> miss.split("\t")[2].equals("-"));
    }

    /**
     * A second set of 70 (follow-ups-later.tsv, another helper, the same brief plus 10 new questions mid-chat), run once
     * on the build before this session's follow-up rules and once after them, before anything was tuned on it: stuck
     * 12 of 25 both times (one wrong detail — "弄了半天还是不行" after the Alipay answer got its step on searching — became
     * a choice of the ways on, labelled the face-scan entry, offered second), details 10 → 12 of 20 (cost questions),
     * all 10 new questions, 8 neighbours and 7 scams as before; no answer of another entry added. Then tuned on: short
     * messages saying the way cannot be followed count too (stuck 14 of 25). Details 11 of 20 since "她不会用手机，能用我的
     * 手机给她认证吗" joined the entry on helping a parent (a tester got the counter's answer): "给我奶奶弄认证 她不会用手机" is
     * now answered with that entry at once, and "非得本人吗" after the answer gets a choice led by what certification is,
     * where after the choice before it got that answer.
     */
    @Test
    void aSecondSetOfFollowUpsKeepsItsMeasuredLevels() throws IOException {
        FollowUps run = FollowUps.run("follow-ups-later.tsv", 2, engine, clock);

        assertThat(run.missesOfKind("stuck")).as("stuck follow-ups without a fitting entry first").hasSizeLessThanOrEqualTo(11);
        assertThat(run.missesOfKind("detail")).as("details without their entry first").hasSizeLessThanOrEqualTo(9);
        assertThat(run.missesOfKind("new")).as("new questions mid-chat without their entry first").isEmpty();
        assertThat(run.missesOfKind("scam")).as("scams without the fraud entry first").isEmpty();
        assertThat(run.redirected()).as("neighbouring matters redirected").isGreaterThanOrEqualTo(8);
    }

    /**
     * A third set of 60 (follow-ups-third.tsv, 35 of them stuck in many words: "页面一直转圈", "我腿不好去不了", "没那个选项",
     * "刷了三次都失败了 不让刷了"), run once on the build before this session's follow-up rules, once after the rules for
     * a way that did not work, and once after short messages saying it cannot be followed counted too: stuck 17 → 19 → 20
     * of 35 with a fitting entry first (another entry's detail or answer 4 → 5 → 4), details 7 → 8 of 15, scams 4 → 5 of
     * 5, neighbours 5 of 5 throughout. Then "回不去" (far from home) left that list: 21.
     */
    @Test
    void aThirdSetOfFollowUpsKeepsItsMeasuredLevels() throws IOException {
        FollowUps run = FollowUps.run("follow-ups-third.tsv", 2, engine, clock);

        assertThat(run.missesOfKind("stuck")).as("stuck follow-ups without a fitting entry first").hasSizeLessThanOrEqualTo(14);
        assertThat(run.missesOfKind("detail")).as("details without their entry first").hasSizeLessThanOrEqualTo(7);
        assertThat(run.missesOfKind("scam")).as("scams without the fraud entry first").isEmpty();
        assertThat(run.redirected()).as("neighbouring matters redirected").isGreaterThanOrEqualTo(5);
    }

    /**
     * A follow-up that the answer just given speaks to in its own lines gets those lines (testers): "没有那个按钮" after the
     * Alipay answer got a choice led by certifying without a card (read as "没有…卡"), "找不到社保办理" the answer on which
     * office to call — the answer's own help for what cannot be found; "还是不行" after certifying abroad got a choice led
     * by how often to certify — that entry names no other entry as a way on, and its own help says what to do when the
     * check fails; "她在医院呢 下不了床" after the home-visit answer got the ways on, as if that answer had failed — it tells
     * of the very case home visits are for.
     *
     * @param expected what the detail contains, several parts separated by "|"
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"支付宝怎么认证, 没有那个按钮, alipay-self, 找不到上面说的按钮",
            "zhifubao zenme renzheng, 找不到社保办理, alipay-self, 找不到上面说的按钮",
            "我在国外怎么认证, 还是不行, abroad-certification, 使领馆|纸质表",
            "在美国用领事App认证, 核验不了, abroad-certification, 使领馆|纸质表",
            // Blind tester25: the general failure entry, confident alone, sent someone abroad to the counter.
            "婆婆在美国帮我们带孩子 国内的养老金要认证咋弄, 那个app认证不通过咋办, abroad-certification, 使领馆|纸质表",
            "帮我妈问下 她住院了 这个月要认证 怎么办, 她在医院呢 下不了床, home-visit, 住院"})
    void aFollowUpTheAnswerSpeaksToGetsItsOwnLines(String first, String then, String entry, String expected) {
        Reply reply = replyAfter(first, then);

        assertThat(reply).isInstanceOfSatisfying(Reply.Detail.class, detail -> {
            assertThat(detail.entry().id()).isEqualTo(entry);
            assertThat(detail.sentence()).contains(expected.split("\\|"));
        });
    }

    /**
     * After the ways on, "还有别的办法吗" got the same ways again (a tester: the counter offered again to someone whose
     * legs are bad). Now the reply says who helps in person, and a number still picks one of the ways.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"还有别的办法吗", "那咋办", "要是还不行呢"})
    void whenTheWaysOnDidNotWorkEitherTheReplySaysWhoHelpsInPerson(String message) {
        conversations.reply("chat", "刷脸老是不过");
        Reply ways = conversations.reply("chat", "我腿脚不好去不了");

        Reply again = conversations.reply("chat", message);
        Reply picked = conversations.reply("chat", "1");

        assertThat(again).isInstanceOfSatisfying(Reply.SmallTalk.class, inPerson -> {
            assertThat(inPerson.kind()).isEqualTo(Reply.SmallTalkKind.WAYS_ON_DID_NOT_WORK);
            assertThat(inPerson.text()).contains("12333");
        });
        assertThat(Outcome.of(picked)).isEqualTo("answer " + ways.candidates().get(0).id());
    }

    /**
     * What failed, named in the message, is answered with its entry even when the answer does not name that entry as a way on:
     * "刷脸刷了好几次都不行" after how to certify is the failed scan's (tester22 got the counter, a parent and the home visit; a
     * choice led by the failed scans left blind tester29 a menu for "她眨眼老是不过咋整" after helping a parent). The other ways
     * on are offered after it.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"养老金人正怎么弄, 刷脸刷了好几次都不行, failure-help", "帮我妈认证咋弄, 她眨眼老是不过咋整, failure-help",
            "不用手机能去哪认证, 俺走不动道, home-visit"})
    void theWayThatFailedIsAnsweredWithTheOtherWaysNext(String first, String then, String entry) {
        Reply reply = replyAfter(first, then);

        assertThat(reply).isInstanceOfSatisfying(Reply.Answer.class, answer -> assertThat(answer.entry().id()).isEqualTo(entry));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"认证app注册不了, 12306核验老不通过", "帮我妈认证咋弄, 用我手机行不行"})
    void aNeighbourThatFailsOrAQuestionWhetherSomethingWorksIsReadAsBefore(String first, String then) {
        Reply reply = replyAfter(first, then);

        assertThat(reply instanceof Reply.Clarify choice && choice.reason() == Reply.ClarifyReason.DID_NOT_WORK)
                .as("offered other ways: %s", Outcome.of(reply)).isFalse();
    }

    /**
     * After a redirect, a message that comes near nothing is about that matter ("要去哪里办手续" after the death
     * redirect, which a tester got "没太明白" for): the redirect again, since it says where to go — shortened to where to
     * ask, as the paragraph is right above (blind testers 44 and 46 got it whole three and four times in a row).
     */
    @Test
    void aFollowUpAfterARedirectThatComesNearNothingGetsTheRedirectAgain() {
        Reply first = conversations.reply("chat", "我爸去世了 养老金怎么办 还要认证吗");

        Reply then = conversations.reply("chat", "要去哪里办手续");
        Reply third = conversations.reply("chat", "他个人账户里剩的钱能给家里人吗");

        assertThat(first).isInstanceOfSatisfying(Reply.Fallback.class,
                fallback -> assertThat(fallback.redirect()).contains("节哀", "12333"));
        for (Reply again : List.of(then, third)) {
            assertThat(again).isInstanceOfSatisfying(Reply.Fallback.class, fallback -> {
                assertThat(fallback.reason()).isEqualTo(Reply.FallbackReason.OUT_OF_SCOPE);
                assertThat(fallback.redirect()).isEqualTo(((Reply.Fallback) first).redirect());
                assertThat(fallback.redirectShown()).startsWith(Phrases.REDIRECT_AGAIN).contains("12333").doesNotContain("节哀");
            });
        }
    }

    /**
     * "那咋办" or "咁點算" right after an answer asks what to do now (a tester got a choice led by the entry just answered): the
     * answer's steps one at a time, from the first, when they are a procedure (not a list of cases, as for a failed
     * registration). "那去哪里办" asks where, which the first step need not say: read as before.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"养老金停发了, 那咋办, missed-deadline", "我老豆份長俸停咗 係咪冇做認證, 咁點算, missed-deadline",
            "能上门认证吗, 怎么弄, home-visit"})
    void askingWhatNowAfterAnAnswerWalksThroughItsSteps(String first, String then, String entry) {
        Reply reply = replyAfter(first, then);

        assertThat(reply).isInstanceOfSatisfying(Reply.StepDetail.class, step -> {
            assertThat(step.entry().id()).isEqualTo(entry);
            assertThat(step.number()).isEqualTo(1);
        });
    }

    /**
     * "我是广东的" after how often to certify got that whole answer again (a tester): the answer's lines about the place
     * named. A place the answer names nowhere ("我们是山东济南的" got "没太明白", a tester
     * 2026-12-06, after the stopped pension) gets its tip that ways differ from place to place and whom to ask. A city is
     * read as its province, which the answers name ("廣州" after how to certify got that tip, blind tester42).
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"认证是每年固定哪个月, 我是广东的, 广东", "认证过了没有怎么查, 我是上海的, 上海", "认证是每年固定哪个月, 我在广州, 广东",
            "养老认证在哪弄, 廣州, 广东"})
    void namingWhereOneIsAfterAnAnswerGetsWhatItSaysOfThatPlace(String first, String then, String place) {
        assertThat(detailOfTheAnswerAfter(first, then).sentence().lines()).isNotEmpty().allMatch(line -> line.contains(place));
    }

    /**
     * A follow-up answered on its own with the answer just given, about one point of it, gets that point (testers got
     * the whole answer again: "在手机上认证完了多久能恢复发放" after a stopped pension's); asking the whole question again
     * gets the whole answer. Saying the button that answer names is not there gets its help for that (a tester got the
     * Alipay steps again for "找不到社保待遇资格认证").
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"忘了认证养老金停了咋办 | 在手机上认证完了多久能恢复发放 | 下个月恢复发放",
            "养老认证是干啥的 | 要钱吗 | 不收费", "支付宝老提示先实名认证是啥意思 | 身份证过期了呢 | 新身份证",
            "支付宝怎么认证 | 找不到社保待遇资格认证 | 搜不到，就搜“电子社保卡”小程序"})
    void aFollowUpAnsweredWithTheSameAnswerGetsThePointItAsks(String first, String then, String point) {
        assertThat(detailOfTheAnswerAfter(first, then).sentence()).contains(point);
    }

    /**
     * Asking how again gets the whole answer, whatever line shares a word with it: "中国领事app咋弄" after the abroad answer
     * got its step on downloading the app (blind tester30).
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"支付宝怎么认证, 支付宝咋认证, alipay-self", "我住在加拿大女儿家 养老金要认证, 中国领事app咋弄, abroad-certification"})
    void askingHowAgainGetsTheWholeAnswer(String first, String then, String entry) {
        assertThat(Outcome.of(replyAfter(first, then))).isEqualTo("answer " + entry);
    }

    /**
     * A follow-up that comes nearest the entry an answer offers next, but nearly as near the answer itself, which the
     * classifier finds likelier, is about that answer: "健在證明去哪開" after certifying abroad is the abroad answer's
     * certificate of life at the consulate, not Hong Kong's (blind tester41, living in the US, got Hong Kong's answer).
     */
    @Test
    void aDetailTheAnswerItselfIsLikelierAboutStaysWithThatAnswer() {
        Reply reply = replyAfter("我移民美國了 入了美籍 國內的養老金還能領嗎 認證怎麼弄", "健在證明去哪開");

        assertThat(reply).isInstanceOfSatisfying(Reply.Detail.class, detail -> {
            assertThat(detail.entry().id()).isEqualTo("abroad-certification");
            assertThat(detail.sentence()).contains("健在证明", "使领馆");
        });
    }

    /**
     * Asking whether a child may certify with the parent's ID card and the child's own face gets a plain "the elder must scan"
     * (fact F27): held-out tester44 was quoted only that some apps may not support helping others.
     */
    @Test
    void certifyingWithAParentsIdCardAndOnesOwnFaceIsToldTheElderMustScan() {
        conversations.reply("chat", "我在国外 我妈在老家 我能远程帮她认证吗");
        conversations.reply("chat", "她不识字 手机也不会用");

        Reply reply = conversations.reply("chat", "我拿她身份证用我手机自己认证行不行");

        assertThat(new TextRenderer().render(reply).text()).contains("必须是老人本人");
    }

    /**
     * A place the answer names nowhere that the entry it offers first speaks of gets that entry's lines about it: "河南"
     * after how to certify is Henan's own app, in the other apps' entry (blind tester42 got the tip that names differ).
     */
    @Test
    void namingAPlaceTheAnswerOffersNextGetsThoseLines() {
        Reply reply = replyAfter("在哪认证啊", "河南");

        assertThat(reply).isInstanceOfSatisfying(Reply.Detail.class, detail -> {
            assertThat(detail.entry().id()).isEqualTo("other-channels");
            assertThat(detail.sentence()).contains("豫事办");
        });
    }

    @Test
    void namingAPlaceTheAnswerNamesNowhereGetsItsTipOnPlacesDiffering() {
        assertThat(detailOfTheAnswerAfter("忘了认证 养老金停了怎么办", "我们是山东济南的").sentence()).contains("12333").doesNotContain("济南");
    }

    /** The reply to {@code then} right after {@code first} was answered: checked to be a detail of that same answer. */
    /** {@code reply} is a detail of {@code entry}: its line that has {@code words}. */
    private static void assertTheLine(Reply reply, String entry, String words) {
        assertThat(reply).isInstanceOfSatisfying(Reply.Detail.class, detail -> {
            assertThat(detail.entry().id()).isEqualTo(entry);
            assertThat(detail.sentence()).contains(words);
        });
    }

    /** The reply to {@code then} in a chat that began with {@code first}. */
    /** The reply to {@code then} after the messages of {@code chat}, separated by " / ". */
    private Reply replyAfter(String chat, String then) {
        for (String earlier : chat.split(" / ")) {
            conversations.reply("chat", earlier);
        }
        return conversations.reply("chat", then);
    }

    private Reply.Detail detailOfTheAnswerAfter(String first, String then) {
        Reply.Answer answer = (Reply.Answer) conversations.reply("chat", first);

        Reply reply = conversations.reply("chat", then);

        assertThat(reply).isInstanceOf(Reply.Detail.class);
        assertThat(((Reply.Detail) reply).entry()).isEqualTo(answer.entry());
        return (Reply.Detail) reply;
    }

    /**
     * "下一步" after the whole answer quoted its short answer, then got "没太明白" (a tester): it starts the walk-through of a
     * procedure. After a list of cases ("收不到验证码" got the registration answer) "然后呢" is no step.
     */
    @Test
    void goingOnAfterTheWholeAnswerWalksThroughItsSteps() {
        conversations.reply("chat", "支付宝怎么认证");

        Reply first = conversations.reply("chat", "下一步");
        Reply second = conversations.reply("chat", "然后呢");

        assertThat(first).isInstanceOfSatisfying(Reply.StepDetail.class, step -> assertThat(step.number()).isEqualTo(1));
        assertThat(second).isInstanceOfSatisfying(Reply.StepDetail.class, step -> assertThat(step.number()).isEqualTo(2));
    }

    @Test
    void goingOnAfterAListOfCasesIsNoStep() {
        conversations.reply("chat", "认证App注册不了怎么办");

        assertThat(conversations.reply("chat", "然后呢")).isNotInstanceOf(Reply.StepDetail.class);
    }

    @Test
    void askingWhereAfterAnAnswerIsNoWalkThrough() {
        conversations.reply("chat", "刷脸老是不过");

        assertThat(conversations.reply("chat", "那去哪里办")).isNotInstanceOf(Reply.StepDetail.class);
    }

    /**
     * "能上门吗" after the home-visit answer got "各地叫法可能不一样，拿不准可以打12333问能不能上门" as the point asked (a tester):
     * a tip nearly every answer carries is never the detail; the answer's own line is.
     */
    @Test
    void aDetailIsNeverTheTipMostAnswersCarry() {
        conversations.reply("chat", "我妈瘫痪在床 去不了社保局 也不会手机");

        Reply reply = conversations.reply("chat", "能上门吗");

        assertThat(reply).isInstanceOfSatisfying(Reply.Detail.class, detail -> {
            assertThat(detail.entry().id()).isEqualTo("home-visit");
            assertThat(detail.sentence()).contains("上门认证").doesNotContain("各地叫法");
        });
    }

    /**
     * A follow-up that, read with the redirected question, is that matter still keeps the redirect (a tester: "密码也忘了"
     * after the card's redirect got the certification app's answer, "也是在支付宝上吗" after the old-age allowance's the
     * Alipay steps, "需要本人去吗" after subsistence allowance's the notarisation redirect).
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"社保卡丢了怎么补办 | 密码也忘了", "高龄补贴认证 | 也是在支付宝上吗", "农村低保年审怎么弄 | 需要本人去吗",
            // A third message is read with the first (a tester, 2026-12-06: read with "需要带什么材料" alone it went to 医保's).
            "我妈去世了，社保那边要办什么手续？能领多少钱？她是企业退休的，天津的。 / 需要带什么材料 | 个人账户里的钱能取出来吗"})
    void aFollowUpThatIsTheRedirectedMatterStillKeepsTheRedirect(String chat, String then) {
        List<Reply> earlier = Arrays.stream(chat.split(" / ")).map(message -> conversations.reply("chat", message)).toList();
        Reply redirect = earlier.get(earlier.size() - 1);

        Reply reply = conversations.reply("chat", then);

        assertThat(redirect).isInstanceOf(Reply.Fallback.class);
        assertThat(reply).isInstanceOfSatisfying(Reply.Fallback.class,
                fallback -> assertThat(fallback.redirect()).isEqualTo(((Reply.Fallback) redirect).redirect()));
    }

    /**
     * "那咋弄" after an answer that showed the point asked is about that point: after "它说您不属于本次认证范围" (the failed
     * scan's answer, with its line on that message) a tester got that answer's first step, to retry the scan. So are "那去哪弄"
     * and "那我该找谁" when the point says where to go.
     */
    @ParameterizedTest
    // "那去哪弄" from blind tester27, who got a choice of failed scans and how to certify; "那我该找谁" from tester29, who got the
    // line on home visits
    @ValueSource(strings = {"那咋弄", "那去哪弄", "那我该找谁"})
    void askingWhatNowAfterAnAnswerThatShowedThePointAskedGetsThatPoint(String whatNow) {
        Reply answer = conversations.reply("chat", "它说您不属于本次认证范围");

        Reply reply = conversations.reply("chat", whatNow);

        assertThat(answer).isInstanceOfSatisfying(Reply.Answer.class, shown -> assertThat(shown.pointAsked()).isPresent());
        assertThat(reply).isInstanceOfSatisfying(Reply.Detail.class, detail -> assertThat(detail.sentence()).contains("12333"));
    }

    /** After the fraud entry's answer, "咋办" gets all of its urgent steps again, whatever point that answer showed (a tester's chat). */
    @Test
    void askingWhatNowAfterTheFraudAnswerGetsAllItsUrgentSteps() {
        conversations.reply("chat", "收到短信说养老金资格认证到期 点链接认证 不然停发 是真的吗");
        Reply told = conversations.reply("chat", "我已经点了 填了身份证号");

        Reply reply = conversations.reply("chat", "咋办");

        assertThat(told).isInstanceOfSatisfying(Reply.Answer.class, answer -> assertThat(answer.pointAsked()).isPresent());
        assertThat(reply).isInstanceOfSatisfying(Reply.Answer.class, again -> assertThat(again.entry().id()).isEqualTo("fraud-safety"));
    }

    /**
     * Mid-scam, the fraud entry's answer again right after itself is its urgent steps under "别慌", without the warning and the
     * entries offered next that are right above: blind tester40 got the whole entry four times in one chat. Asking how to
     * tell a real notice gets the whole answer again, whose warning says it.
     */
    @Test
    void theFraudAnswerRightAfterItselfShowsItsStepsWithoutTheWarning() {
        Reply first = conversations.reply("chat", "刚才有人打电话说是社保局的 说我养老金认证过期了 要我报银行卡号和验证码给他帮我弄");
        String again = new TextRenderer().render(conversations.reply("chat", "他说不弄下个月就停发 我有点慌")).text();
        String howToTell = new TextRenderer().render(conversations.reply("chat", "那我以后咋知道哪个是真的")).text();

        FaqEntry fraud = ((Reply.Answer) first).entry();
        assertThat(fraud.id()).isEqualTo("fraud-safety");
        assertThat(again).contains(Phrases.STEPS_AGAIN).contains(fraud.steps()).doesNotContain(fraud.summary().strip())
                .doesNotContain(Phrases.RELATED_HEADING);
        assertThat(howToTell).contains(fraud.summary().strip());
    }

    /**
     * Once the person said the scam went on, a question about doing it properly from now on is a question of its own, not
     * the urgent steps again (blind tester48: "以后我自己帮我爸弄 用哪个app" after the cards were photographed).
     */
    @Test
    void aQuestionAboutDoingItFromNowOnAfterTheScamWentOnIsNotTheStepsAgain() {
        conversations.reply("chat", "我们村有个人说帮老人做养老认证 一个人收20块 我爸让他弄了 这个正规吗");
        conversations.reply("chat", "他还把我爸身份证和银行卡拿去拍照了");

        Reply reply = conversations.reply("chat", "以后我自己帮我爸弄 用哪个app");

        assertThat(reply.candidates()).isNotEmpty();
        assertThat(reply.candidates().get(0).id()).isEqualTo("for-others");
    }

    /**
     * Right after the fraud warning, a question about one thing it says gets that line, not the warning again or "没太明白":
     * how to check a caller (blind tester42 got a choice of where to call and how to certify), how to tell such a scam next
     * time (held-out tester44 got "没太明白"), the real web address (tester44) and which ways are the official ones (blind
     * testers 40, 42 and 44 got the warning again, or its first paragraph).
     *
     * @param chat the messages before the question, separated by " / "
     */
    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "刚才有个人打电话说是社保局的 说帮我做认证 让我报手机上收到的验证码 | 那咋个核实他是不是社保局的 | 12333核实",
            "微信群有人发二维码 说扫码领养老金补贴 顺便认证 / 扫了 让填银行卡 / 没填 现在要紧吗 | 以后遇到这种咋分辨 | 不会要您的银行卡号",
            "短信里有个链接 说是人社局官网 网址是rsj-renzheng.com 能点吗 | 那真的官网是哪个 | www.mohrss.gov.cn",
            "有人让我下个叫退休认证通的app 说是官方的 真的吗 | 那正规的该用哪个 | 只用官方渠道认证：国家社会保险公共服务平台、电子社保卡",
            "有人让我下个叫退休认证通的app 说是官方的 真的吗 | 那正规的是哪些 | 只用官方渠道认证：国家社会保险公共服务平台、电子社保卡",
            "有人让我下个叫退休认证通的app 说是官方的 真的吗 | 到底哪个app才是真的 | 只用官方渠道认证：国家社会保险公共服务平台、电子社保卡"})
    void askingAboutOneThingTheFraudWarningSaysGetsThatLine(String chat, String then, String line) {
        Reply reply = replyAfter(chat, then);

        assertThat(reply).isInstanceOfSatisfying(Reply.Detail.class, detail -> {
            assertThat(detail.entry().id()).isEqualTo("fraud-safety");
            assertThat(detail.sentence()).contains(line);
        });
    }

    /** Another neighbouring matter after a redirect gets its own redirect ("那医保报销呢" after the housing fund: a tester got 12329). */
    @Test
    void anotherNeighbourAfterARedirectGetsItsOwnRedirect() {
        Reply first = conversations.reply("chat", "公积金咋提取");

        Reply then = conversations.reply("chat", "那医保报销呢");

        assertThat(first).isInstanceOf(Reply.Fallback.class);
        assertThat(then).isInstanceOfSatisfying(Reply.Fallback.class, fallback -> assertThat(fallback.redirect())
                .isNotEqualTo(((Reply.Fallback) first).redirect()).contains("医保"));
    }

    /** A new question after a redirect is read as before: "我妈刷脸老是不过" is no more about how much pensions rise. */
    @Test
    void aNewQuestionAfterARedirectIsAnswered() {
        conversations.reply("chat", "养老金涨多少");

        assertThat(Outcome.of(conversations.reply("chat", "我妈刷脸老是不过"))).isEqualTo("answer failure-help");
    }

    /**
     * "那我先认证" after the card's redirect got that redirect again (a tester): a message that names the subject turns
     * back to it, led by the entry the redirected question came near (certifying without the card).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"社保卡丢了怎么补办", "社保卡丢了怎么补办 / 密码也忘了"})
    void aFollowUpAfterARedirectThatNamesTheSubjectTurnsBackToIt(String chat) {
        // The longer chat read as one sentence is the app's forgotten password: it was answered so before the subject.
        Reply then = replyAfter(chat, "那我先认证");

        assertThat(then).isInstanceOf(Reply.Clarify.class);
        assertThat(then.candidates()).first().extracting(ScoredEntry::id).isEqualTo("no-social-security-card");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"有人打电话说帮我认证 让我说验证码, 我没说", "有人打电话说帮我认证 让我说验证码, 谢谢你说了这么多",
            "支付宝怎么认证, 我已经说了"})
    void onlyAfterTheFraudStepsAndWithoutNegationIsItTooLate(String first, String then) {
        conversations.reply("chat", first);

        assertThat(conversations.decide("chat", then).rule()).isNotEqualTo(Decision.Rule.SAFETY);
    }

    /**
     * 48 two-message chats (follow-ups-refine.tsv, written by a helper who never saw the replies):
     * 36 whose second message refines a vague first one, 12 whose second is a new question. Measured
     * 2026-12-04: 32 with their entry first in an answer or a choice (14 "didn't follow") before the
     * second message was read with the first; 45 after (2 "didn't follow"). The rule was chosen on
     * this file among five variants (also: the messages as two sentences — 40; not after a fallback — 43).
     * 44 since a first question the classifier finds likely is answered at the clarify floor (2026-12-05):
     * "支付宝上的社保认证弄不了" is answered with the Alipay entry where it got a choice, and "提示身份证过期
     * 我去年换了新的" after that answer is the ID-card redirect, where after the choice it had been read with
     * the question (real-name verification).
     */
    @Test
    void detailsAddedAfterAChoiceFindTheirEntry() throws IOException {
        FollowUps run = FollowUps.run("follow-ups-refine.tsv", 2, engine, clock);

        run.assertEntryFirstAtLeast(44);
        run.assertAnsweredRightAtLeast(43);   // 36 before the two together were held to a first question's levels (2026-12-07)
        assertThat(run.wrongAnswers()).as("answered outright with another entry").isEmpty();
        assertThat(run.missesOfKind("new-question")).as("a new question after a choice is read on its own").isEmpty();
    }

    /**
     * 40 more (follow-ups-refine-2.tsv, a second helper, run once after the rule was chosen on the
     * file above): 24 refining, 8 new questions, 8 turning to a neighbouring matter. 24 → 28 with the
     * entry first, "didn't follow" 9 → 3; the new questions and the neighbours replied to as before.
     * 27 since a phrasing "登录不上去怎么办" joined the login entry: "登不上" is now answered with it
     * outright, and the detail sent after that answer gets a choice of the other entries.
     */
    @Test
    void detailsAddedAfterAChoiceHoldOnChatsTheRuleWasNotChosenOn() throws IOException {
        FollowUps run = FollowUps.run("follow-ups-refine-2.tsv", 2, engine, clock);

        run.assertEntryFirstAtLeast(27);
        assertThat(run.wrongAnswers()).as("answered outright with another entry, or a neighbour answered").isEmpty();
        assertThat(run.missesOfKind("neighbour")).as("neighbours still turned away").hasSize(8)
                .allSatisfy(row -> assertThat(row).contains("→ fallback"));
    }

    /**
     * 30 three-message chats giving the details a bit at a time (follow-ups-refine-three.tsv, a third
     * helper, run once after the rule was chosen): 23 with the entry first before a detail was read
     * with the question before it, 27 after ("didn't follow" 6 → 2); 28 (none "didn't follow", 12 → 14
     * answered outright) once a third message is read with both earlier ones, also after a "didn't
     * follow" (the older three-message chats: 22 either way, one more answered outright). 27 since
     * choices are ordered with the entry classifier (2026-12-05): "年审的事 / 养老金在安徽领 人在上海 /
     * 想去这边社保局窗口当面办" gets a choice led by offline certification (0.39) before the local
     * office's help (0.47) — the price of 20-odd first questions more with their entry first.
     */
    @Test
    void detailsGivenOverThreeMessagesFindTheirEntry() throws IOException {
        FollowUps run = FollowUps.run("follow-ups-refine-three.tsv", 3, engine, clock);

        run.assertEntryFirstAtLeast(27);
        assertThat(run.wrongAnswers()).as("answered outright with another entry").isEmpty();
        assertThat(run.missesOfKind("new-question")).as("a new question is read on its own").isEmpty();
    }

    /**
     * Every chat of a follow-up file, each in a fresh chat: {@code messages} columns of messages, then
     * the entry expected for the last one ({@code -} for a neighbouring matter, to be redirected), then
     * (optionally) the kind of the row.
     */
    private record FollowUps(int rows, int first, int answeredRight, List<String> wrongAnswers, List<String> missRows, int redirected,
                             int messages) {

        static FollowUps run(String file, int messages, DialogEngine engine, Clock clock) throws IOException {
            List<String> rows = Files.readAllLines(Path.of("src/test/resources/org/pensionbot/dialog/" + file)).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            int first = 0;
            int answeredRight = 0;
            List<String> wrongAnswers = new java.util.ArrayList<>();
            List<String> missRows = new java.util.ArrayList<>();
            int redirected = 0;
            for (String row : rows) {
                String[] columns = row.split("\t");
                Conversations chat = new Conversations(engine, clock);
                for (int earlier = 0; earlier < messages - 1; earlier++) {
                    chat.reply("chat", columns[earlier]);
                }

                Reply reply = chat.reply("chat", columns[messages - 1]);

                // "offline-certification|home-visit": either fits, the first best.
                List<String> expected = List.of(columns[messages].split("\\|"));
                if (reply instanceof Reply.Fallback fallback && fallback.reason() == Reply.FallbackReason.OUT_OF_SCOPE) {
                    redirected++;
                }
                if (reply.action() == Action.ANSWER && !expected.contains(reply.candidates().get(0).id())) {
                    wrongAnswers.add(row + " → " + Outcome.of(reply));
                } else if (reply.action() == Action.ANSWER) {
                    answeredRight++;
                }
                if (!reply.candidates().isEmpty() && expected.contains(reply.candidates().get(0).id()) && !(reply instanceof Reply.Fallback)) {
                    first++;
                } else {
                    missRows.add(row + " → " + Outcome.of(reply));
                }
            }
            return new FollowUps(rows.size(), first, answeredRight, wrongAnswers, missRows, redirected, messages);
        }

        String misses() {
            return String.join("\n", missRows);
        }

        /** At least {@code expected} chats got their entry first; the misses are listed when not. */
        void assertEntryFirstAtLeast(int expected) {
            assertThat(first).as("chats with the entry first, of %d; misses:%n%s", rows, misses()).isGreaterThanOrEqualTo(expected);
        }

        /**
         * At least {@code expected} chats were answered (an answer or a detail of one) with their entry, not offered it in a
         * choice: a choice led by the entry meant still costs the person a turn.
         */
        void assertAnsweredRightAtLeast(int expected) {
            assertThat(answeredRight).as("chats answered with their entry, of %d; misses:%n%s", rows, misses()).isGreaterThanOrEqualTo(expected);
        }

        List<String> missesOfKind(String kind) {
            int kindColumn = messages + 1;
            return missRows.stream().filter(row -> row.split("\t").length > kindColumn && row.split("\t")[kindColumn].startsWith(kind)).toList();
        }
    }

    @Test
    void contextEndsAfterAQuietSpell() {
        conversations.reply("chat", "养老认证多久做一次");
        clock.advance(Conversations.QUIET_SPELL.plusMinutes(1));

        assertThat(conversations.decide("chat", "那过期了呢").rule()).isNotEqualTo(Decision.Rule.CONTEXT);
    }

    @Test
    void chatsDoNotShareContext() {
        conversations.reply("one", "支付宝怎么认证");

        assertThat(conversations.decide("other", "1").rule()).isNotEqualTo(Decision.Rule.CHOICE);
    }

    @Test
    void aClearNewQuestionIsAnsweredOnItsOwn() {
        conversations.reply("chat", "支付宝怎么认证");

        Decision decision = conversations.decide("chat", "在国外怎么认证");

        assertThat(decision.rule()).isEqualTo(Decision.Rule.CONFIDENT);
        assertThat(Outcome.of(decision.reply())).isEqualTo("answer abroad-certification");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"字太小了看不清", "看不懂 你说的啥", "你说的啥 我听不懂", "太复杂了 搞不来", "字太小了 你说简单点"})
    void beingLostOrUnableToReadTheScreenGetsHowToGoOnKeepingTheChoices(String text) {
        conversations.reply("chat", "支付宝怎么认证");

        Reply reply = conversations.reply("chat", text);

        assertThat(reply).isInstanceOfSatisfying(Reply.SmallTalk.class, said -> assertThat(said.text()).contains("家里人", "12333"));
        assertThat(Outcome.of(conversations.reply("chat", "1"))).startsWith("answer ");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"谢谢你啊 闺女", "好的 明白了", "谢谢 姑娘", "谢啦", "麻烦你了", "你真好", "行 我试试", "我去试试看", "好的谢谢你啊 你真有耐心"})
    void warmSmallTalkIsRecognised(String text) {
        conversations.reply("chat", "支付宝怎么认证");

        assertThat(conversations.decide("chat", text).rule()).isEqualTo(Decision.Rule.SMALL_TALK);
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-03T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
