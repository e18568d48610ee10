package org.pensionbot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.RealCorpus;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.dialog.Reply;
import org.pensionbot.remind.CalendarReminder;

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
    void aQuestionAboutOnePointSeesThatTipUnderTheShortAnswer() throws IOException {
        String answer = reply(chat("认证时提示不属于本次认证范围是怎么回事", "退出"), 1);

        assertThat(answer).contains("👉 您问的这一点：提示“您不属于本次认证范围”");
    }

    /**
     * A choice of one comes with what its entry says in brief: "要准备啥材料伐" after the home-visit answer is offered the
     * materials, whose brief says what to bring (blind tester17 got a bare title for such a choice).
     */
    @Test
    void aChoiceOfOneShowsWhatItsEntrySaysInBrief() throws IOException {
        String choice = reply(chat("阿拉老头子今年八十三了 养老金认证要哪能弄", "伊脚骨不好 出不了门的", "要准备啥材料伐", "退出"), 3);

        assertThat(choice).contains("我不太确定是不是这个意思").contains(corpus.entry("materials-needed").orElseThrow().brief().orElseThrow())
                .contains("1) " + title("materials-needed")).doesNotContain("2) ");
    }

    /**
     * What the answer just given says too is that answer's line, not a choice: "要唔要錢" after the counter's answer, which
     * says certification is free (blind tester17 got a choice of what certification is).
     */
    @Test
    void aFollowUpAboutWhatTheAnswerSaysTooGetsItsLine() throws IOException {
        String detail = reply(chat("我阿媽啲養老金要年審 點樣搞", "佢喺鄉下 唔識用手機", "要唔要錢", "退出"), 3);

        assertThat(detail).contains("【" + title("offline-certification") + "】").contains("不收费").doesNotContain("我不太确定");
    }

    @Test
    void theAnswerHoldsBackItsTipsAndSaysHowToSeeThem() throws IOException {
        FaqEntry alipay = corpus.entry("alipay-self").orElseThrow();

        String firstAnswer = reply(chat("支付宝怎么认证", "退出"), 1);

        assertThat(firstAnswer).contains("还有 " + alipay.tips().size() + " 条小提示：输入 0 或“更多”查看。");
        alipay.tips().forEach(tip -> assertThat(firstAnswer).doesNotContain(tip));
    }

    @Test
    void typingMoreShowsTheTipsOfTheLastAnswerAsTheNextMessage() throws IOException {
        FaqEntry alipay = corpus.entry("alipay-self").orElseThrow();

        for (String more : List.of("更多", "更多提示", "0", "０", "更多。")) {
            String tips = reply(chat("支付宝怎么认证", more, "退出"), 2);

            assertThat(tips).as(more).startsWith("小助手：小提示：");
            alipay.tips().forEach(tip -> assertThat(tips).as(more).contains("· " + tip));
        }
    }

    @Test
    void afterTheTipsANumberStillOpensAnEntryOfferedWithTheAnswer() throws IOException {
        String firstOffered = firstOfferedAfter("支付宝怎么认证");

        assertThat(reply(chat("支付宝怎么认证", "更多", "1", "退出"), 3)).contains("【" + title(firstOffered) + "】");
    }

    @Test
    void moreWithNoTipsToShowSaysSoKindly() throws IOException {
        assertThat(reply(chat("你好", "更多", "退出"), 2)).contains("我还没有回答您的问题呢").contains("直接打字问我");
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

    @Test
    void aReminderRequestEndsWithACalendarFileSavedWhereTheChatSays(@TempDir Path folder) throws IOException {
        String transcript = chatIn(folder, "提醒我明年认证", "1", "1", "退出");

        assertThat(reply(transcript, 1)).contains("1) ").contains("请回复序号").doesNotContain("按钮");
        assertThat(reply(transcript, 2)).contains("1) ").contains("请回复序号");
        Path file = folder.resolve(CalendarReminder.FILE_NAME).toAbsolutePath().normalize();
        assertThat(reply(transcript, 3)).contains("日历提醒做好了").contains(file.toString());
        assertThat(Files.readString(file)).startsWith("BEGIN:VCALENDAR").contains("RRULE:FREQ=YEARLY");
    }

    @Test
    void aMonthAndAPersonTypedInsteadOfTheirNumbersAnswerTheDialog(@TempDir Path folder) throws IOException {
        String transcript = chatIn(folder, "提醒我", "3月份", "给我妈的", "退出");

        assertThat(reply(transcript, 2)).contains("3月").contains("这个提醒是给谁的").doesNotContain("答不上来");
        assertThat(reply(transcript, 3)).contains("给「妈妈」的日历提醒做好了");
    }

    @Test
    void aToldLastMonthLongPastIsOverdueWithHowToCertifyOffered(@TempDir Path folder) throws IOException {
        String transcript = chatIn(folder, "我是前年3月份认证的 现在还要认证吗", "1", "退出");

        assertThat(reply(transcript, 1)).contains("上次认证是在", "已经过了", "补发").doesNotContain("答不上来");
        assertThat(reply(transcript, 2)).contains("【" + title(corpus.menus().howToSelf().orElseThrow()) + "】");
    }

    /**
     * A follow-up typed after a told month's due date is read with how to certify, or, past the date, with what to do
     * when it was missed (a tester got "答不上来").
     */
    @Test
    void aFollowUpToAToldMonthsDueDateIsReadWithHowToCertifyOrTheMissedCertification(@TempDir Path folder) throws IOException {
        String notYet = chatIn(folder, "上次认证是今年1月 什么时候要再认证", "那我现在就去弄 怎么弄", "退出");
        String past = chatIn(folder, "我是前年3月份认证的 现在还要认证吗", "那我现在就去弄 怎么弄", "退出");

        assertThat(reply(notYet, 2)).contains("【" + title(corpus.menus().howToSelf().orElseThrow()) + "】").doesNotContain("答不上来");
        assertThat(reply(past, 2)).contains("【" + title(corpus.menus().missedEntry().orElseThrow()) + "】").doesNotContain("答不上来");
    }

    @Test
    void aRequestAfterAToldMonthsDueDateAsksOnlyForWhom(@TempDir Path folder) throws IOException {
        String transcript = chatIn(folder, "上次认证是今年1月 什么时候要再认证", "提醒我", "退出");

        assertThat(reply(transcript, 1)).contains("上次认证是在", "快到期时提醒我");
        assertThat(reply(transcript, 2)).contains("这个提醒是给谁的").doesNotContain("上一次认证是哪个月");
    }

    @Test
    void aCalendarFileThatCannotBeSavedGetsAKindWordAndTheChatGoesOn(@TempDir Path folder) throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("a-file"), "");

        String transcript = chatIn(notAFolder, "提醒我", "1", "1", "支付宝怎么认证", "退出");

        assertThat(reply(transcript, 3)).contains(TerminalReminders.CANNOT_SAVE);
        assertThat(reply(transcript, 4)).contains("【" + title("alipay-self") + "】");
    }

    @Test
    void aNumberOutsideTheReminderChoicesAsksForOneOfThem(@TempDir Path folder) throws IOException {
        assertThat(reply(chatIn(folder, "提醒我", "99", "退出"), 2)).contains("请回复 1–");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void theHowToChoiceUnderAFinishedReminderOpensItsEntry(@TempDir Path folder) throws IOException {
        String howTo = corpus.menus().howToSelf().orElseThrow();

        String transcript = chatIn(folder, "提醒我", "1", "1", "1", "退出");

        assertThat(reply(transcript, 4)).contains("【" + title(howTo) + "】");
    }

    @Test
    void aTypedQuestionLeavesTheReminderDialog(@TempDir Path folder) throws IOException {
        String transcript = chatIn(folder, "提醒我", "支付宝怎么认证", "1", "退出");

        assertThat(reply(transcript, 2)).contains("【" + title("alipay-self") + "】");
        assertThat(reply(transcript, 3)).contains("【" + title(firstOfferedAfter("支付宝怎么认证")) + "】");
        assertThat(folder).isEmptyDirectory();
    }

    /** The bot's {@code n}-th reply (1-based) in a chat transcript. */
    private static String reply(String transcript, int n) {
        String[] turns = transcript.split("\n您：");
        assertThat(turns.length).as("turns in %s", transcript).isGreaterThan(n);
        return turns[n].strip();
    }

    /** Runs a whole chat with one typed line per argument and returns everything printed. */
    private static String chat(String... lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            new TerminalChat(engine).run(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")), out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Like {@link #chat}, with reminders' calendar files saved in {@code folder}. */
    private static String chatIn(Path folder, String... lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            new TerminalChat(engine, Clock.systemUTC(), folder)
                    .run(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")), out);
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
