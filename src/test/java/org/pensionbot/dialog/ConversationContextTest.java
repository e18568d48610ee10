package org.pensionbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pensionbot.corpus.RealCorpus;

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

    @ParameterizedTest(name = "{0} → {1} → {2}")
    @CsvSource({
            "支付宝怎么认证, 我妈的能这样弄吗, for-others",
            "帮我妈认证怎么弄, 那要带什么材料, materials-needed",
            "老人卧床怎么认证, 那上门要带什么材料, materials-needed",
            "养老认证多久做一次, 那过期了呢, missed-deadline",
    })
    void aFollowUpIsReadWithTheLastTopic(String first, String followUp, String expected) {
        conversations.reply("chat", first);

        Decision decision = conversations.decide("chat", followUp);

        assertThat(decision.rule()).isEqualTo(Decision.Rule.CONTEXT);
        assertThat(decision.reply().candidates().get(0).id()).isEqualTo(expected);
    }

    /**
     * The written follow-up pairs (follow-ups.tsv, written before the rule was run): most get the
     * intended entry first, and none gets a confident answer from another entry. Measured 11 of 16
     * when the rule searched the follow-up on its own (6 of 16 searching it with the topic's question).
     */
    @Test
    void writtenFollowUpsMostlyGetTheirEntryFirstAndNeverAWrongAnswer() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("src/test/resources/org/pensionbot/dialog/follow-ups.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        int first = 0;
        for (String row : rows) {
            String[] pair = row.split("\t");
            Conversations chat = new Conversations(engine, clock);
            chat.reply("chat", pair[0]);

            Reply reply = chat.reply("chat", pair[1]);

            if (reply instanceof Reply.Answer answer) {
                assertThat(answer.entry().id()).as(row).isEqualTo(pair[2]);
            }
            if (!reply.candidates().isEmpty() && reply.candidates().get(0).id().equals(pair[2]) && !(reply instanceof Reply.Fallback)) {
                first++;
            }
        }
        assertThat(first).as("follow-ups with their entry first, of " + rows.size()).isGreaterThanOrEqualTo(11);
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
    @ValueSource(strings = {"谢谢你啊 闺女", "好的 明白了", "谢谢 姑娘"})
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
