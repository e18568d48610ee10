package org.pensionbot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.RealCorpus;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.dialog.Reply;

/** The terminal chat a newcomer sees first, driven by a scripted keyboard on the real corpus. */
class TerminalChatTest {

    private static DialogEngine engine;
    private static Corpus corpus;

    @BeforeAll
    static void startEngine() {
        var index = RealCorpus.index();
        engine = new DialogEngine(() -> index);
        corpus = index.corpus();
    }

    @Test
    void opensWithTheWelcomeText() throws IOException {
        assertThat(chat("退出")).startsWith(TerminalChat.WELCOME);
    }

    @Test
    void questionGetsItsAnswerWithSteps() throws IOException {
        String alipay = corpus.entry("alipay-self").orElseThrow().steps().get(0);

        assertThat(chat("支付宝怎么认证", "退出")).contains("【" + title("alipay-self") + "】").contains("1. " + alipay);
    }

    @Test
    void typingOneAfterAnAnswerOpensTheFirstEntryOfferedNext() throws IOException {
        String firstOffered = firstOfferedAfter("支付宝怎么认证");

        assertThat(chat("支付宝怎么认证", "1", "退出")).contains("【" + title(firstOffered) + "】");
    }

    @Test
    void fullWidthDigitOpensTheEntryToo() throws IOException {
        String firstOffered = firstOfferedAfter("支付宝怎么认证");

        assertThat(chat("支付宝怎么认证", "１", "退出")).contains("【" + title(firstOffered) + "】");
    }

    @Test
    void quittingEndsTheChatBeforeLaterLines() throws IOException {
        assertThat(chat("退出", "支付宝怎么认证")).doesNotContain(title("alipay-self")).contains("再见");
    }

    @Test
    void endOfInputEndsTheChat() throws IOException {
        assertThat(chat("支付宝怎么认证")).endsWith("再见！祝您身体健康。" + System.lineSeparator());
    }

    @Test
    void personalNumberIsWarnedAbout() throws IOException {
        assertThat(chat("我的电话13812345678，支付宝怎么认证", "退出")).contains("请不要在聊天里发身份证号");
    }

    @Test
    void emptyLineGetsAPoliteAskToType() throws IOException {
        assertThat(chat("", "退出")).contains("请用文字告诉我您想问什么");
    }

    /** Runs a whole chat with one typed line per argument and returns everything printed. */
    private static String chat(String... lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            new TerminalChat(engine).run(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")), out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String title(String id) {
        return corpus.entry(id).orElseThrow().title();
    }

    /** The id of the first entry the answer to {@code question} offers next. */
    private static String firstOfferedAfter(String question) {
        Reply reply = engine.reply(question);
        assertThat(reply).as(question).isInstanceOf(Reply.Answer.class);
        return ((Reply.Answer) reply).related().get(0).id();
    }
}
