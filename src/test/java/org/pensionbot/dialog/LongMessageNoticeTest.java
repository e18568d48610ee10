package org.pensionbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pensionbot.console.TextRenderer;
import org.pensionbot.corpus.RealCorpus;
import org.pensionbot.search.FaqIndex;

/** A message longer than what the bot reads is answered from its start, and the person is told so. */
class LongMessageNoticeTest {

    private static final String NEED = "我妈八十岁了，今年的养老认证在支付宝上怎么弄？";

    private static DialogEngine engine;

    @BeforeAll
    static void startEngine() {
        var index = RealCorpus.index();
        engine = new DialogEngine(() -> index);
    }

    @Test
    void aMessageLongerThanWhatIsReadSaysOnlyItsStartWasRead() {
        String story = NEED + "她身体还行，就是眼睛不太好，手机也不会用，平时都是我帮她弄的。".repeat(40);
        assertThat(story.codePointCount(0, story.length())).isGreaterThan(FaqIndex.MAX_READ_CHARS);

        String shown = new TextRenderer().whole(engine.reply(story));

        assertThat(shown).startsWith(Phrases.LONG_MESSAGE_NOTICE).contains("前面的 " + FaqIndex.MAX_READ_CHARS + " 个字");
    }

    @Test
    void aMessageReadWholeHasNoSuchNotice() {
        String shown = new TextRenderer().whole(engine.reply(NEED + "她眼睛不太好，手机也不会用，平时都是我帮她弄的。"));

        assertThat(shown).doesNotContain(Phrases.LONG_MESSAGE_NOTICE);
    }

    @Test
    void aPersonalNumberWarningComesFirstWhenBothApply() {
        String story = "我妈身份证11010519491231002X，" + NEED + "她手机也不会用。".repeat(80);

        assertThat(Phrases.notices(engine.reply(story))).containsExactly(Phrases.PERSONAL_DATA_WARNING, Phrases.LONG_MESSAGE_NOTICE);
    }
}
