package org.pensionbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.RealCorpus;
import org.pensionbot.search.ScoredEntry;

/** Clear questions get one answer from the real corpus, with its steps, tips and related entries. */
class AnsweringTest {

    private static DialogEngine engine;

    @BeforeAll
    static void startEngine() {
        var index = RealCorpus.index();
        engine = new DialogEngine(() -> index);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "支付宝怎么认证, alipay-self",
            "帮我妈认证, for-others",
            "忘了认证养老金停了怎么办, missed-deadline",
            "認證失敗怎麼辦, failure-help",
            "在国外怎么认证, abroad-certification",
            "认证结果怎么查, check-result",
            "养老认证要带什么材料, materials-needed",
            "多久认证一次, annual-review",
            // "How often" was once the same word as "how long": this got a choice with how long a review takes.
            "认证多久一次, annual-review",
            // In-domain questions whose only words were shared with a neighbour's phrasing (学位认证在哪里办,
            // 低保年审…) were redirected there.
            "认证在哪弄, how-to-certify",
            "养老金如何进行年审?, how-to-certify",
            "退休人员年审在哪里办, how-to-certify",
            // Cantonese "does it cost money" (a blind tester, 2026-12-06: "didn't follow"): the answer says it is free.
            "要唔要俾錢, what-is-certification",
            // Who must certify includes, in some places, those paid unemployment benefit monthly (domain facts F3, F6): not
            // the unemployment-benefit redirect, which an out-of-scope example had claimed it for (a blind tester, 2026-12-06).
            "领失业金的也要做认证吗, what-is-certification",
            // Two blind testers asked how the two face checks differ and got "not sure" (0.34): the other apps explain both.
            "眨眼认证和读数认证有啥子区别, other-channels",
            // Northeastern "come to our home" is a home visit (blind tester39 got a menu).
            "能让人上家来整不, home-visit",
            // Monthly work-injury benefits are certified too (F3; blind tester38 got a choice with the survivors' entry).
            "我领的是工伤长期待遇 也要年审吗, what-is-certification",
    })
    void clearQuestionIsAnsweredWithItsEntry(String question, String expectedId) {
        assertThat(Outcome.of(engine.reply(question))).isEqualTo("answer " + expectedId);
    }

    @Test
    void aVeryCloseMatchIsAnsweredThoughAnotherEntryIsNear() {
        Reply reply = engine.reply("机关事业单位退休人员如何进行养老金领取资格认证?");

        assertThat(Outcome.of(reply)).isEqualTo("answer how-to-certify");
        assertThat(reply.candidates().get(0).confidence() - reply.candidates().get(1).confidence())
                .as("a lead smaller than the ordinary margin").isLessThan(DecisionThresholds.DEFAULT_MARGIN);
    }

    /**
     * Below the answering level, but far ahead of every other entry: these used to get a choice of
     * one entry, or of the entry and one with no real claim (DecisionThresholds#answerWithClearLead).
     * ("身份证过期了，怎样修改支付宝实名认证?" was one until the real-name entry had more phrasings: 0.60 now.)
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "我不会用手机怎么办?, offline-certification",
            "如果长辈没有智能手机怎么办?, offline-certification",
    })
    void aQuestionFarAheadOfEveryOtherEntryIsAnsweredThoughNoPhrasingSaysItSo(String question, String expectedId) {
        Reply reply = engine.reply(question);

        assertThat(Outcome.of(reply)).isEqualTo("answer " + expectedId);
        assertThat(reply.candidates().get(0).confidence()).as("below the ordinary answering level")
                .isLessThan(DecisionThresholds.DEFAULT_ANSWER);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"我在外地怎么帮奶奶弄", "在外地打工怎么帮老家奶奶认证"})
    void aRelativeAwayFromHomeGetsHelpingAnElderNeverLivingElsewhere(String question) {
        // The relative is away, the grandmother at home: the entry for a pensioner who lives
        // elsewhere ("不用回去…") answers another question. It used to win outright for the second.
        Reply reply = engine.reply(question);

        assertThat(Outcome.of(reply)).isEqualTo("answer for-others");
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiterString = " => ", value = {
            // "平时就用微信" and "支付宝" in the story once put the Alipay entry first.
            "我不怎么用支付宝，平时就用微信。听说养老认证不一定非要用支付宝，还有别的手机软件也能做。都有哪些可以用？ => other-channels",
            // "帮我妈…做了认证" once put helping a relative first; what is asked is how to check.
            "我幫我媽在支付寶上做了養老認證，最後那個畫面一閃就過去了。現在不知道到底通過了沒有，有沒有地方可以查認證結果？ => check-result",
    })
    void inALongMessageTheSentenceThatAsksDecidesNotTheStoryAroundIt(String question, String expectedId) {
        Reply reply = engine.reply(question);

        assertThat(reply.candidates()).as(Outcome.of(reply)).first().extracting(ScoredEntry::id).isEqualTo(expectedId);
    }

    /**
     * Real questions (tests-real-dev.tsv) whose choice used to start with an entry that only shares a
     * word or two with one of its phrasings: first comes the entry the question is about as a whole
     * (search's Fusion.choiceOrder), the other stays on offer — or, since the classifier reads words as
     * well as vectors (2026-12-05), the entry is answered outright ("认证结果丢失怎么办?"). Not here any
     * more: "佛山养老待遇资格认证有效期是多久?" (how often, labelled), now a near tie with the result entry
     * first (0.687, 0.682), whose phrasings say 有效期.
     */
    @ParameterizedTest(name = "{0} → {1} first, {2} still offered")
    @CsvSource({
            "认证结果丢失怎么办?, check-result, failure-help",
            "退休人员错过认证怎么办?, missed-deadline, how-to-certify",
    })
    void aOneSentenceChoiceStartsWithTheEntryTheQuestionIsAboutAsAWhole(String question, String first, String alsoOffered) {
        Reply reply = engine.reply(question);

        assertThat(reply).as(Outcome.of(reply)).isInstanceOfAny(Reply.Clarify.class, Reply.Answer.class);
        assertThat(reply.candidates()).extracting(ScoredEntry::id).as(Outcome.of(reply)).startsWith(first).contains(alsoOffered);
    }

    @Test
    void greetingFollowedByAQuestionIsAnswered() {
        assertThat(Outcome.of(engine.reply("你好，支付宝怎么认证"))).isEqualTo("answer alipay-self");
    }

    /**
     * A question about one point of an entry sees the tip on it with the answer, not only behind "更多" (usability
     * testers, 2026-12-05: the reason for "不属于本次认证范围" sat in the tips while the steps said to retry the scan;
     * tester17, 2026-12-06: "按手印", which the synonyms read as the tip's 按指纹).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "认证时提示不属于本次认证范围是怎么回事 | failure-help | 不属于本次认证范围",
            "领工伤长期待遇的人也要做这个认证吗 | what-is-certification | 工伤长期待遇",
            "听说12月31号前不认证就停发，是真的吗 | annual-review | 辟谣",
            "认证还要按手印不 以前都是按手印 | how-to-certify | 按指纹",
            // tester19: the app was named, and the answer gave the e-social card's path only (F22).
            "我公公领的广东城乡居民养老 粤省事上怎么认证 | other-channels | 养老资格认证",
            // tester22's "会不会罚款" got "没太明白": fines are for benefits obtained by fraud (F16), a missed one is suspended (F15).
            "没按时认证会罚款吗 | missed-deadline | 冒领",
    })
    void aQuestionAboutOnePointSeesTheTipOnItWithTheAnswer(String question, String entry, String tipSays) {
        Reply.Answer answer = answerTo(question);

        assertThat(answer.entry().id()).isEqualTo(entry);
        assertThat(answer.pointAsked()).hasValueSatisfying(point -> assertThat(answer.entry().tips()).contains(point))
                .hasValueSatisfying(point -> assertThat(point).contains(tipSays));
    }

    /**
     * Someone asked for a "fee" hears in the fraud answer's first lines that certification is free (F39): testers 21 and 22
     * got the warning and steps with that fact behind "更多".
     */
    @Test
    void aFeeAskedForCertificationGetsTheFraudAnswerSayingItIsFree() {
        Reply.Answer answer = answerTo("认证要交钱吗 有人说要交50块手续费");

        assertThat(answer.entry().id()).isEqualTo("fraud-safety");
        assertThat(answer.entry().summary()).contains("不收费");
    }

    /**
     * "读数认证是啥" gets the other apps' answer, whose steps say what reading the digits is (F19): testers 22–24 asked, and
     * the explanation sat in help under a step, which the answer shows only when walking through the steps.
     */
    @Test
    void whatReadingTheDigitsIsSaysItInTheSteps() {
        Reply.Answer answer = answerTo("读数认证是啥意思");

        assertThat(answer.entry().steps()).anySatisfy(step -> assertThat(step).contains("读数认证").contains("念出屏幕上的4位数字"));
    }

    /**
     * A tip that alone in its entry has a very rare word of the question is shown, though the model reads the question
     * as near the answer as a whole: the one condition asked about (a blind tester, 2026-12-06: someone with foreign
     * nationality got the consular App's steps and no word that it may not verify them).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "已经加入外国国籍了，还能用中国领事app做养老金认证吗 | abroad-certification | 外国国籍",
            "社保会不会到养老院给老人集中认证？我奶奶住养老院出不去 | home-visit | 养老院",
    })
    void aTipThatAloneHasTheAskedWordIsShownWithTheAnswer(String question, String entry, String tipSays) {
        Reply.Answer answer = answerTo(question);

        assertThat(answer.entry().id()).isEqualTo(entry);
        assertThat(answer.pointAsked()).hasValueSatisfying(point -> assertThat(point).contains(tipSays));
    }

    /**
     * A relative far away is told in the first lines what to do when no one at home can hold the phone, not only the
     * steps of someone standing beside the elder (blind tester18: "我在上海工作 我妈在安徽农村", F29).
     */
    @Test
    void aRelativeFarAwayIsToldInTheShortAnswerWhoCanHelpAtHome() {
        Reply.Answer answer = answerTo("我在上海工作 我妈在安徽农村 她的养老认证我怎么帮她弄");

        assertThat(answer.entry().id()).isEqualTo("for-others");
        assertThat(answer.entry().summary()).contains("子女在外地").contains("上门认证");
    }

    /**
     * Asked what to prepare for a home visit, the materials answer says in its first lines what some places ask for then
     * (F31; blind testers 17 and 18 got only what the phone and the counter need).
     */
    @Test
    void whatToPrepareForAHomeVisitIsInTheMaterialsShortAnswer() {
        Reply.Answer answer = answerTo("上门认证要准备什么材料");

        assertThat(answer.entry().id()).isEqualTo("materials-needed");
        assertThat(answer.entry().summary()).contains("上门认证").contains("病历");
    }

    /** Asked about an unofficial "certification app", the fraud answer says at once not to install it (F40; testers 16–18). */
    @Test
    void anUnofficialAppGetsTheFraudAnswerThatSaysNotToInstallIt() {
        Reply.Answer answer = answerTo("有个退休认证通app让下载 说认证更快 能用吗");

        assertThat(answer.entry().id()).isEqualTo("fraud-safety");
        assertThat(answer.entry().summary()).contains("来路不明的“认证App”别下载");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"支付宝怎么认证", "养老金领取怎么认证", "怎么帮我妈认证", "养老认证多久做一次", "不用手机咋认证"})
    void aQuestionAboutTheWholeAnswerSeesNoTipPickedOut(String question) {
        assertThat(answerTo(question).pointAsked()).isEmpty();
    }

    @Test
    void procedureAnswerCarriesItsSteps() {
        Reply.Answer answer = answerTo("支付宝怎么认证");

        assertThat(answer.entry().steps()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void answerCarriesTips() {
        Reply.Answer answer = answerTo("支付宝怎么认证");

        assertThat(answer.entry().tips()).isNotEmpty();
    }

    @Test
    void answerOffersTwoOrThreeRelatedEntries() {
        Reply.Answer answer = answerTo("支付宝怎么认证");

        assertThat(answer.related()).hasSizeBetween(2, 3).extracting(FaqEntry::id).doesNotContain("alipay-self");
    }

    @Test
    void aCloseRunnerUpIsOfferedFirstSoThatTheOtherReadingIsOneTapAway() {
        // Asks how to certify for an elderly relative on Alipay (for-others) and what to prepare
        // (materials-needed); whichever is answered, the other must be offered first.
        Reply.Answer answer = answerTo("我家里有老人需要进行社保认证，听说可以用支付宝操作，但我不太清楚具体的流程。"
                + "我想了解下，在支付宝上给老年人做社保认证该怎么做，需要准备什么，有哪些步骤，会不会很复杂，希望能得到详细的解答。");
        ScoredEntry runnerUp = answer.candidates().get(1);

        assertThat(runnerUp.confidence()).isGreaterThanOrEqualTo(answer.confidence() - DialogEngine.CLARIFY_WINDOW);
        assertThat(List.of(answer.entry().id(), runnerUp.id())).containsExactlyInAnyOrder("for-others", "materials-needed");
        assertThat(answer.related()).hasSizeBetween(2, 3).first().isEqualTo(runnerUp.entry());
    }

    @Test
    void aFarRunnerUpLeavesTheEntrysOwnRelatedOnes() {
        Reply.Answer answer = answerTo("上门认证怎么申请");

        assertThat(answer.candidates().get(1).confidence()).isLessThan(answer.confidence() - DialogEngine.CLARIFY_WINDOW);
        assertThat(answer.related()).extracting(FaqEntry::id).containsExactlyElementsOf(answer.entry().related().stream().limit(3).toList());
    }

    @Test
    void answerConfidenceIsTheTopCandidates() {
        Reply.Answer answer = answerTo("支付宝怎么认证");

        assertThat(answer.confidence()).isEqualTo(answer.candidates().get(0).confidence());
    }

    @Test
    void answerForAnIdGivesThatEntry() {
        assertThat(engine.answerFor("for-others")).hasValueSatisfying(answer ->
                assertThat(answer.entry().id()).isEqualTo("for-others"));
    }

    @Test
    void answerForAnIdOffersRelatedEntriesThatExist() {
        Reply.Answer answer = engine.answerFor("for-others").orElseThrow();

        assertThat(answer.related()).hasSizeBetween(2, 3)
                .allSatisfy(related -> assertThat(engine.corpus().entry(related.id())).contains(related));
    }

    @Test
    void answerForAnIdAsksItsStandardQuestion() {
        Reply.Answer answer = engine.answerFor("for-others").orElseThrow();

        assertThat(answer.question()).isEqualTo(answer.entry().title());
    }

    @Test
    void answerForAnUnknownIdIsEmpty() {
        assertThat(engine.answerFor("no-such-entry")).isEmpty();
    }

    @Test
    void answerForNullIsEmpty() {
        assertThat(engine.answerFor(null)).isEmpty();
    }

    @Test
    void popularTopicsAreRealEntries() {
        assertThat(engine.popularTopics()).isNotEmpty()
                .allSatisfy(entry -> assertThat(engine.corpus().entry(entry.id())).isPresent());
    }

    /** The reply to a question that must be answered outright. */
    private static Reply.Answer answerTo(String question) {
        Reply reply = engine.reply(question);
        assertThat(Outcome.of(reply)).as(question).startsWith("answer ");
        return (Reply.Answer) reply;
    }
}
