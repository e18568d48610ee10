package org.pensionbot.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.store.Database;

/** The /remind conversation as a user goes through it, button by button. Today is 28 November 2026. */
class ReminderConversationTest {

    static final long CHAT = 6_100_200_300L;
    static final long STRANGER = 6_999_888_777L;

    @TempDir
    Path dir;

    final TestClock clock = TestClock.at("2026-11-28T12:00");
    Database database;
    ReminderStore store;
    ReminderConversation conversation;

    @BeforeEach
    void open() {
        database = Database.open("jdbc:sqlite:" + dir.resolve("pension-bot.db"));
        store = new ReminderStore(database, clock);
        conversation = new ReminderConversation(store, clock, TestMenus.supplier());
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** Presses the button labelled {@code label} under {@code message}; checks every reply is sendable. */
    ReminderMessage press(ReminderMessage message, String label) {
        return reply(conversation.onButton(CHAT, Messages.dataOf(message, label)));
    }

    static ReminderMessage reply(ReminderMessage message) {
        Messages.assertSendable(message);
        return message;
    }

    ReminderMessage remind() {
        return reply(conversation.onCommand(CHAT, ""));
    }

    @Test
    void remindWithoutRemindersAsksForTheLastMonthWithTwelveMonthButtonsAndIDontRemember() {
        ReminderMessage question = remind();

        assertThat(Messages.plain(question)).contains("上一次认证是哪个月", "不记得了");
        assertThat(Messages.labels(question)).containsExactly(
                "今年11月", "今年10月", "今年9月", "今年8月", "今年7月", "今年6月",
                "今年5月", "今年4月", "今年3月", "今年2月", "今年1月", "去年12月", "不记得了");
        assertThat(Messages.dataOf(question, "今年11月")).isEqualTo("r:m:202611");
        assertThat(Messages.dataOf(question, "去年12月")).isEqualTo("r:m:202512");
        assertThat(question.choices()).hasSize(5);
    }

    @Test
    void aMonthThenMyselfSetsUpTheReminderAndSaysWhenItWillCome() throws Exception {
        ReminderMessage whom = press(remind(), "今年5月");
        assertThat(Messages.plain(whom)).contains("上次认证是 2026年5月", "给谁");
        assertThat(Messages.labels(whom)).containsExactly("我自己", "妈妈", "爸爸", "老伴", "其他人（打字告诉我）");

        ReminderMessage saved = press(whom, "我自己");

        assertThat(Messages.plain(saved)).contains("给您自己的提醒设好了", "2027年5月31日", "2027年4月1日 上午提醒您",
                "2027年5月1日 上午再提醒一次", "认证一般每12个月一次", "12333");
        assertThat(store.list(CHAT)).singleElement().satisfies(r -> {
            assertThat(r.recipient()).isEqualTo(Recipient.SELF);
            assertThat(r.lastCertified()).isEqualTo(YearMonth.of(2026, 5));
        });
    }

    @Test
    void iDontRememberSuggestsCertifyingNowAndCountsFromThisMonth() throws Exception {
        ReminderMessage whom = press(remind(), "不记得了");
        assertThat(Messages.plain(whom)).contains("建议这个月就去认证一次", "从这个月开始算", "可能已经暂停发放", "会补发");

        ReminderMessage saved = press(whom, "妈妈");

        assertThat(Messages.plain(saved)).contains("给「妈妈」的提醒设好了", "建议这个月就去认证一次", "开始计算：2026年11月",
                "2027年11月30日").doesNotContain("上次认证");
        assertThat(Messages.dataOf(saved, "📖 怎么帮家人认证")).isEqualTo("a:for-others");
        assertThat(store.list(CHAT)).singleElement().extracting(Reminder::lastCertified).isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void aMonthWhoseFirstReminderIsPastGetsTheSecondAndAdviceToCertifySoon() throws Exception {
        ReminderMessage saved = press(press(remind(), "去年12月"), "我自己");

        assertThat(Messages.plain(saved)).contains("2026年12月31日", "离期限不远了", "2026年12月1日 上午再提醒您一次");
        assertThat(Messages.dataOf(saved, "📖 怎么认证")).isEqualTo("a:alipay-self");
    }

    @Test
    void someoneElseIsNamedByTypingAndTheNameIsCleaned() throws Exception {
        ReminderMessage ask = press(press(remind(), "今年3月"), "其他人（打字告诉我）");
        assertThat(Messages.plain(ask)).contains("怎么称呼", "10个字以内");

        ReminderMessage saved = reply(conversation.onText(CHAT, " 王阿姨😊 ").orElseThrow());

        assertThat(Messages.plain(saved)).contains("给「王阿姨」的提醒设好了");
        assertThat(store.list(CHAT)).singleElement().satisfies(r -> {
            assertThat(r.recipient()).isEqualTo(new Recipient("王阿姨", false));
            assertThat(r.lastCertified()).isEqualTo(YearMonth.of(2026, 3));
        });
        assertThat(conversation.onText(CHAT, "王阿姨")).as("no longer waiting").isEmpty();
    }

    @Test
    void textIsAnOrdinaryQuestionUnlessTheBotAskedForAName() {
        assertThat(conversation.onText(CHAT, "妈妈")).isEmpty();
    }

    @Test
    void aQuestionTypedInsteadOfANameIsLeftForTheFaqAndTheWaitEnds() throws Exception {
        press(press(remind(), "今年3月"), "其他人（打字告诉我）");

        assertThat(conversation.onText(CHAT, "支付宝怎么做养老认证呀？")).isEmpty();
        assertThat(conversation.onText(CHAT, "奶奶")).isEmpty();
        assertThat(store.list(CHAT)).isEmpty();
    }

    @Test
    void aShortQuestionTypedInsteadOfANameIsNotTakenForOne() throws Exception {
        press(press(remind(), "今年3月"), "其他人（打字告诉我）");

        assertThat(conversation.onText(CHAT, "怎么认证")).isEmpty();
        assertThat(conversation.onText(CHAT, "奶奶")).isEmpty();
        assertThat(store.list(CHAT)).isEmpty();
    }

    @Test
    void somethingWithNoLettersIsAskedForAgain() throws Exception {
        press(press(remind(), "今年3月"), "其他人（打字告诉我）");

        assertThat(conversation.onText(CHAT, "😊😊")).hasValueSatisfying(m -> assertThat(Messages.plain(m)).contains("没看明白"));
        assertThat(conversation.onText(CHAT, "奶奶")).isPresent();
    }

    @Test
    void theWaitForANameEndsAfterFifteenMinutes() throws Exception {
        press(press(remind(), "今年3月"), "其他人（打字告诉我）");

        clock.advance(PendingNames.TIMEOUT);

        assertThat(conversation.onText(CHAT, "奶奶")).isEmpty();
    }

    @Test
    void remindWithRemindersListsThemWithChangeAndDeleteButtons() throws Exception {
        store.add(CHAT, Recipient.SELF, YearMonth.of(2026, 5), true);
        store.add(CHAT, Recipient.relative("妈妈"), YearMonth.of(2026, 2), true);

        ReminderMessage list = remind();

        assertThat(Messages.plain(list)).contains("您设了 2 个提醒", "1. 我自己", "上次认证：2026年5月", "下次提醒：2027年4月1日",
                "2. 妈妈", "下次提醒：2027年1月1日", "/remind off", "12333");
        assertThat(Messages.labels(list)).containsExactly("修改 我自己", "删除 我自己", "修改 妈妈", "删除 妈妈", "➕ 再加一个", "全部关闭");
    }

    @Test
    void changingTheMonthRestartsTheCycle() throws Exception {
        store.add(CHAT, Recipient.relative("妈妈"), YearMonth.of(2026, 2), true);

        ReminderMessage months = press(remind(), "修改 妈妈");
        assertThat(Messages.plain(months)).contains("「妈妈」上一次认证的月份");
        ReminderMessage changed = press(months, "今年8月");

        assertThat(Messages.plain(changed)).contains("给「妈妈」的提醒改好了", "2027年8月31日");
        assertThat(store.list(CHAT)).singleElement().extracting(Reminder::lastCertified).isEqualTo(YearMonth.of(2026, 8));
    }

    @Test
    void deletingAsksFirstAndNoKeepsTheReminder() throws Exception {
        store.add(CHAT, Recipient.relative("妈妈"), YearMonth.of(2026, 2), true);

        ReminderMessage confirm = press(remind(), "删除 妈妈");
        assertThat(Messages.plain(confirm)).contains("要删除给「妈妈」的提醒吗");
        assertThat(store.list(CHAT)).hasSize(1);

        ReminderMessage kept = press(confirm, "不删了");
        assertThat(Messages.plain(kept)).contains("您设了 1 个提醒");
        assertThat(store.list(CHAT)).hasSize(1);
    }

    @Test
    void deletingAfterYesRemovesTheReminder() throws Exception {
        store.add(CHAT, Recipient.SELF, YearMonth.of(2026, 5), true);
        store.add(CHAT, Recipient.relative("妈妈"), YearMonth.of(2026, 2), true);

        ReminderMessage done = press(press(remind(), "删除 妈妈"), "确定删除");

        assertThat(Messages.plain(done)).contains("已删除给「妈妈」的提醒", "您设了 1 个提醒");
        assertThat(store.list(CHAT)).extracting(r -> r.recipient().label()).containsExactly("我自己");
    }

    @Test
    void aSixthReminderIsRefusedKindly() throws Exception {
        for (String name : List.of("我自己", "妈妈", "爸爸", "奶奶", "外婆")) {
            store.add(CHAT, Recipient.named(name).orElseThrow(), YearMonth.of(2026, 5), true);
        }

        ReminderMessage list = remind();
        assertThat(Messages.labels(list)).doesNotContain("➕ 再加一个");
        ReminderMessage refused = reply(conversation.onButton(CHAT, "r:n"));

        assertThat(Messages.plain(refused)).contains("最多设 5 个提醒");
        assertThat(store.list(CHAT)).hasSize(5);
    }

    @Test
    void tappingTheSamePersonTwiceKeepsOneReminder() throws Exception {
        ReminderMessage whom = press(remind(), "今年5月");

        press(whom, "妈妈");
        ReminderMessage again = press(whom, "妈妈");

        assertThat(Messages.plain(again)).contains("给「妈妈」的提醒已经有了");
        assertThat(store.list(CHAT)).hasSize(1);
    }

    @Test
    void remindOffDeletesEverythingOfTheChat() throws Exception {
        store.add(CHAT, Recipient.SELF, YearMonth.of(2026, 5), true);
        store.add(CHAT, Recipient.relative("妈妈"), YearMonth.of(2026, 2), true);

        ReminderMessage done = reply(conversation.onCommand(CHAT, "off"));

        assertThat(Messages.plain(done)).contains("全部提醒都关闭了", "记录也都删除了");
        assertThat(store.list(CHAT)).isEmpty();
        assertThat(Messages.plain(reply(conversation.onCommand(CHAT, "off")))).contains("还没有设过提醒");
    }

    @Test
    void theTurnAllOffButtonAsksFirst() throws Exception {
        store.add(CHAT, Recipient.SELF, YearMonth.of(2026, 5), true);

        ReminderMessage confirm = press(remind(), "全部关闭");
        assertThat(store.list(CHAT)).hasSize(1);
        press(confirm, "确定全部关闭");

        assertThat(store.list(CHAT)).isEmpty();
    }

    @Test
    void aButtonCarryingAnotherChatsReminderFindsNothing() throws Exception {
        Reminder theirs = store.add(STRANGER, Recipient.relative("妈妈"), YearMonth.of(2026, 2), true).orElseThrow();
        String id = Long.toString(theirs.id(), 36);

        for (String forged : List.of("r:dy:" + id, "r:ok:" + id, "r:e:" + id + ":202611", "r:c:" + id)) {
            assertThat(Messages.plain(reply(conversation.onButton(CHAT, forged)))).contains("已经删除");
        }
        assertThat(store.list(STRANGER)).containsExactly(theirs);
    }

    @Test
    void aMonthButtonFromAnOldMessageOffersTodaysMonths() {
        ReminderMessage reply = reply(conversation.onButton(CHAT, "r:m:202510"));

        assertThat(Messages.plain(reply)).contains("过期");
        assertThat(Messages.labels(reply)).startsWith("今年11月");
    }

    @Test
    void malformedButtonsAreTreatedAsExpired() {
        for (String data : List.of("r:", "r:zz", "r:w:202611:q", "r:d:!!", "r:ok:", "x:1", "r:m:2026111")) {
            assertThat(Messages.plain(reply(conversation.onButton(CHAT, data)))).as(data).contains("过期");
        }
    }

    @Test
    void remindersAreSetInPrivateChatsOnly() {
        assertThat(Messages.plain(reply(conversation.onCommand(-100_123L, "")))).contains("单独聊天");
    }

    @Test
    void theOfferButtonUnderAnAnswerStartsTheSetUp() {
        ReminderMessage question = reply(conversation.onButton(CHAT, ReminderConversation.offerUnder("alipay-self", TestMenus.get()).get(0).id()));

        assertThat(Messages.plain(question)).contains("上一次认证是哪个月");
    }

    @Test
    void aDatabaseFailureIsAnApologyNotAnException() {
        database.close();

        assertThat(Messages.plain(reply(conversation.onCommand(CHAT, "")))).contains("没能保存");
        assertThat(Messages.plain(reply(conversation.onButton(CHAT, "r:w:202611:s")))).contains("没能保存");
    }
}
