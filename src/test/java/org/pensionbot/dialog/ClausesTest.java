package org.pensionbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pensionbot.corpus.RealCorpus;
import org.pensionbot.search.FaqIndex;

/**
 * A question that blurs two entries as a whole, one of whose clauses is plainly the entry its choice would offer first,
 * (or came near nothing) is answered with that entry; a clause that is plainly another entry does not overrule the whole.
 * A message asking two questions, each plainly an entry of its choice, gets the first answered and the second offered.
 */
class ClausesTest {

    private static DialogEngine engine;

    @BeforeAll
    static void startEngine() {
        FaqIndex index = RealCorpus.index();
        engine = new DialogEngine(() -> index);
    }

    @Test
    void theClauseThatAsksTheQuestionSettlesTheChoice() {
        // As a whole: helping a relative 0.69, other apps 0.67 (the choice's first by the classifier); the last clause alone
        // is the other apps' at 0.88. (The first example, a clause quoting a failure message, is now the screen-message rule's.)
        Decision decision = engine.decide("家里老人只用微信，能在微信里做养老认证吗");

        assertThat(decision.rule()).isEqualTo(Decision.Rule.CLAUSE);
        assertThat(Outcome.of(decision.reply())).isEqualTo("answer other-channels");
    }

    @Test
    void aClauseAlsoSettlesAQuestionThatCameNearNothingAsAWhole() {
        // As a whole below the clarify floor; "刷脸总失败" alone is the failure entry's.
        Decision decision = engine.decide("化疗后头发掉光了人也瘦了一圈，刷脸总失败");

        assertThat(decision.rule()).isEqualTo(Decision.Rule.CLAUSE);
        assertThat(Outcome.of(decision.reply())).isEqualTo("answer failure-help");
    }

    @ParameterizedTest
    @ValueSource(strings = {"人在北京 养老金在河南领 怎么认证", "养老金资格认证流程详解:怎样才算完成?"})
    void aClauseThatIsTheGeneralHowToDoesNotOverruleTheWholeQuestion(String question) {
        // "怎么认证" and the heading before the colon are, alone, the general how-to; the questions ask about certifying
        // away from home and about how to tell it is done.
        assertThat(Outcome.of(engine.reply(question))).isNotEqualTo("answer how-to-certify");
    }

    @Test
    void twoQuestionsInOneMessageGetTheFirstAnsweredAndTheSecondOfferedFirst() {
        // As a whole a choice between the how-to and the annual review; each clause alone is answered outright with one of
        // them. A choice would make the person pick one of their own two questions.
        Decision decision = engine.decide("我妈的养老认证怎么弄 每年啥时候弄");

        assertThat(decision.rule()).isEqualTo(Decision.Rule.TWO_QUESTIONS);
        assertThat(Outcome.of(decision.reply())).isEqualTo("answer how-to-certify");
        assertThat(((Reply.Answer) decision.reply()).related()).first().extracting(entry -> entry.id()).isEqualTo("annual-review");
    }

    @Test
    void aClauseThatTellsIsNotASecondQuestion() {
        // "人在北京" alone is answered with the other apps, but it tells where the person is; it asks nothing.
        assertThat(AskingWords.asks("人在北京")).isFalse();
        assertThat(AskingWords.asks("刚帮我奶奶刷完脸")).isFalse();
        assertThat(AskingWords.asks("每年啥时候弄")).isTrue();
        assertThat(AskingWords.asks("认证要钱吗")).isTrue();
        assertThat(engine.decide("人在北京 养老金在河南领 怎么认证").rule()).isNotEqualTo(Decision.Rule.TWO_QUESTIONS);
    }

    @Test
    void clausesAreCutAtPunctuationAndSpacesNotAtAColon() {
        assertThat(Clauses.of("我人在台灣工作，爸爸在大陸領養老金 刷臉一直失敗")).containsExactly("我人在台灣工作", "爸爸在大陸領養老金", "刷臉一直失敗");
        assertThat(Clauses.of("养老金资格认证流程详解:怎样才算完成?")).isEmpty();
        assertThat(Clauses.of("急死了，支付宝怎么认证")).as("a clause under four characters asks nothing").isEmpty();
    }

    @Test
    void aMessageOfManyClausesIsReadByItsSentencesNotClauseByClause() {
        // Each clause is one more search: a worried story of dozens of clauses, or a 10,000-character paste, must not cost
        // them; search reads such a message by its sentences.
        assertThat(Clauses.of("支付宝怎么认证，".repeat(1250))).isEmpty();
        assertThat(Clauses.of("我妈七十八了，一个人住老家，我在外地打工，她不会用智能手机，眼睛也不好，村里没人帮她，我能用我的手机帮她认证吗"))
                .isEmpty();
        assertThat(Clauses.of("我妈七十八了 不会用手机 眼睛也不好 村里没人帮 我在外地 能帮她认证吗")).hasSize(Clauses.MAX_CLAUSES);
    }
}
