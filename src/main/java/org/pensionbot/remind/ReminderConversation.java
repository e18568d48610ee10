package org.pensionbot.remind;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.pensionbot.remind.ReminderButtons.Press;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * The {@code /remind} conversation: set up a reminder with two taps (last certification month,
 * then for whom), list, change and delete reminders (deleting asks first), confirm "我已认证", and
 * {@code /remind off}. It decides what to say and returns it; the channel sends it.
 *
 * <p>State lives in the buttons' data and the database, so a button still works after a restart;
 * the only memory is the short wait for a typed name ({@link #onText}). Every call that touches a
 * chat also resumes reminders to it if the chat had blocked the bot: someone who writes to the bot
 * can be written to. Reminders are set in private chats only; in a group everyone would see the
 * family's names. Never throws: a database failure becomes an apology. Thread-safe.
 */
public final class ReminderConversation {

    /** The command, without the slash. */
    public static final String COMMAND = "remind";

    /** What Telegram's command menu shows for {@link #COMMAND}. */
    public static final String COMMAND_DESCRIPTION = "认证到期提醒";

    /** The {@code callback_data} prefix of every reminder button ({@code r:...}). */
    public static final String BUTTON_PREFIX = ReminderButtons.PREFIX;

    private static final Logger log = LoggerFactory.getLogger(ReminderConversation.class);

    private static final Set<String> OFF_WORDS = Set.of("off", "stop", "关闭", "关掉", "取消");

    private final ReminderStore store;
    private final Clock clock;
    private final PendingNames pendingNames;

    public ReminderConversation(ReminderStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.pendingNames = new PendingNames(clock);
    }

    /**
     * The "⏰ 提醒我明年认证" button ({@code r:n}) that starts the set-up from under an answer; which
     * answers offer it is the corpus's choice ({@code reminder-topics} in {@code menus.yml}).
     */
    public static InlineKeyboardButton offerButton() {
        return ReminderButtons.button(ReminderTexts.OFFER_BUTTON, ReminderButtons.data(ReminderButtons.NEW));
    }

    /** {@code /remind} (lists the reminders, or starts a new one) and {@code /remind off}. */
    public ReminderMessage onCommand(long chatId, String arguments) {
        if (isGroup(chatId)) {
            return text(ReminderTexts.GROUP_CHAT);
        }
        pendingNames.cancel(chatId);
        String argument = arguments == null ? "" : arguments.strip().toLowerCase(Locale.ROOT);
        try {
            if (OFF_WORDS.contains(argument)) {
                return off(chatId);
            }
            store.markChatActive(chatId);
            return listOrStart(chatId);
        } catch (SQLException e) {
            return failed(chatId, e);
        }
    }

    /** A press of a button whose data starts with {@code r:}. */
    public ReminderMessage onButton(long chatId, String callbackData) {
        Optional<Press> parsed = Press.parse(callbackData);
        if (parsed.isEmpty()) {
            return text(ReminderTexts.EXPIRED);
        }
        if (isGroup(chatId)) {
            return text(ReminderTexts.GROUP_CHAT);
        }
        pendingNames.cancel(chatId);
        Press press = parsed.get();
        try {
            store.markChatActive(chatId);
            return switch (press.action()) {
                case ReminderButtons.NEW -> start(chatId);
                case ReminderButtons.MONTH -> monthChosen(press.arg(0));
                case ReminderButtons.WHOM -> whomChosen(chatId, press.arg(0), press.arg(1));
                case ReminderButtons.LIST -> listOrStart(chatId);
                case ReminderButtons.CHANGE -> withReminder(chatId, press.arg(0), this::askNewMonth);
                case ReminderButtons.CHANGE_MONTH -> withReminder(chatId, press.arg(0), r -> changeMonth(r, press.arg(1)));
                case ReminderButtons.DELETE -> withReminder(chatId, press.arg(0), this::confirmDelete);
                case ReminderButtons.DELETE_YES -> withReminder(chatId, press.arg(0), this::delete);
                case ReminderButtons.CONFIRMED -> withReminder(chatId, press.arg(0), this::confirmed);
                case ReminderButtons.OFF -> confirmOff(chatId);
                case ReminderButtons.OFF_YES -> off(chatId);
                default -> text(ReminderTexts.EXPIRED);
            };
        } catch (SQLException e) {
            return failed(chatId, e);
        }
    }

    /**
     * A text message, if it is the name the bot asked for after "其他人"; empty when the chat is
     * not waiting for a name, or the text is a command, a question or too long for a name: the
     * channel then handles it as usual (the FAQ answers it) and the wait ends.
     */
    public Optional<ReminderMessage> onText(long chatId, String text) {
        Optional<PendingNames.Pending> pending = pendingNames.peek(chatId);
        if (pending.isEmpty() || text == null) {
            return Optional.empty();
        }
        if (text.strip().startsWith("/") || looksLikeAQuestion(text)) {
            pendingNames.cancel(chatId);
            return Optional.empty();
        }
        Optional<Recipient> recipient = Recipient.named(text);
        if (recipient.isEmpty()) {
            if (Recipient.clean(text).isEmpty()) {
                return Optional.of(text(ReminderTexts.NAME_AGAIN));
            }
            pendingNames.cancel(chatId);
            return Optional.empty();
        }
        pendingNames.cancel(chatId);
        String monthArg = pending.get().monthArg();
        Optional<YearMonth> month = resolveMonth(monthArg);
        if (month.isEmpty()) {
            return Optional.of(expiredMonth(ReminderButtons.MONTH, null));
        }
        try {
            return Optional.of(create(chatId, recipient.get(), month.get(), isUnknown(monthArg)));
        } catch (SQLException e) {
            return Optional.of(failed(chatId, e));
        }
    }

    private ReminderMessage start(long chatId) throws SQLException {
        if (store.list(chatId).size() >= ReminderStore.MAX_PER_CHAT) {
            return full(chatId);
        }
        return askMonth();
    }

    private ReminderMessage askMonth() {
        return new ReminderMessage(ReminderTexts.askMonth(),
                ReminderButtons.keyboard(ReminderButtons.months(currentMonth(), m -> ReminderButtons.data(ReminderButtons.MONTH, m))));
    }

    private ReminderMessage monthChosen(String monthArg) {
        Optional<YearMonth> month = resolveMonth(monthArg);
        if (month.isEmpty()) {
            return expiredMonth(ReminderButtons.MONTH, null);
        }
        String html = isUnknown(monthArg) ? ReminderTexts.askWhomUnknownMonth() : ReminderTexts.askWhom(month.get());
        return new ReminderMessage(html, ReminderButtons.keyboard(ReminderButtons.whom(monthArg)));
    }

    private ReminderMessage whomChosen(long chatId, String monthArg, String code) throws SQLException {
        Optional<YearMonth> month = resolveMonth(monthArg);
        if (month.isEmpty()) {
            return expiredMonth(ReminderButtons.MONTH, null);
        }
        if (ReminderButtons.WHOM_OTHER.equals(code)) {
            pendingNames.await(chatId, monthArg);
            return text(ReminderTexts.ASK_NAME);
        }
        Recipient recipient;
        if (ReminderButtons.WHOM_SELF.equals(code)) {
            recipient = Recipient.SELF;
        } else if (code != null && ReminderButtons.PRESETS.containsKey(code)) {
            recipient = Recipient.relative(ReminderButtons.PRESETS.get(code));
        } else {
            return text(ReminderTexts.EXPIRED);
        }
        return create(chatId, recipient, month.get(), isUnknown(monthArg));
    }

    private ReminderMessage create(long chatId, Recipient recipient, YearMonth month, boolean unknownMonth) throws SQLException {
        boolean replaced = store.list(chatId).stream().anyMatch(r -> r.recipient().label().equals(recipient.label()));
        Optional<Reminder> saved = store.add(chatId, recipient, month, !unknownMonth);
        if (saved.isEmpty()) {
            return full(chatId);
        }
        Reminder reminder = saved.get();
        log.info("chat {}: reminder {} (slot {}, next {})", reminder.maskedChat(), replaced ? "restarted" : "set up",
                reminder.slot(), reminder.stage().column());
        Instant now = clock.instant();
        return new ReminderMessage(ReminderTexts.created(reminder, unknownMonth, replaced, now),
                ReminderButtons.keyboard(ReminderButtons.afterSaving(reminder, unknownMonth)));
    }

    private ReminderMessage askNewMonth(Reminder reminder) {
        String id = ReminderButtons.idArg(reminder.id());
        return new ReminderMessage(ReminderTexts.askMonthAgain(reminder.recipient()), ReminderButtons.keyboard(
                ReminderButtons.months(currentMonth(), m -> ReminderButtons.data(ReminderButtons.CHANGE_MONTH, id, m))));
    }

    private ReminderMessage changeMonth(Reminder reminder, String monthArg) throws SQLException {
        Optional<YearMonth> month = resolveMonth(monthArg);
        if (month.isEmpty()) {
            return expiredMonth(ReminderButtons.CHANGE_MONTH, ReminderButtons.idArg(reminder.id()));
        }
        return restarted(reminder, month.get(), isUnknown(monthArg), false);
    }

    private ReminderMessage confirmed(Reminder reminder) throws SQLException {
        return restarted(reminder, currentMonth(), false, true);
    }

    private ReminderMessage restarted(Reminder reminder, YearMonth month, boolean unknownMonth, boolean certified)
            throws SQLException {
        Optional<Reminder> saved = store.restart(reminder.chatId(), reminder.id(), month, !unknownMonth);
        if (saved.isEmpty()) {
            return text(ReminderTexts.GONE);
        }
        log.info("chat {}: reminder in slot {} {}", reminder.maskedChat(), reminder.slot(), certified ? "confirmed" : "changed");
        Instant now = clock.instant();
        String html = certified ? ReminderTexts.confirmed(saved.get(), now) : ReminderTexts.changed(saved.get(), now);
        return new ReminderMessage(html, ReminderButtons.keyboard(ReminderButtons.afterSaving(saved.get(), unknownMonth)));
    }

    private ReminderMessage confirmDelete(Reminder reminder) {
        String id = ReminderButtons.idArg(reminder.id());
        return new ReminderMessage(ReminderTexts.confirmDelete(reminder), ReminderButtons.keyboard(
                ReminderButtons.yesOrBackToList("确定删除", ReminderButtons.data(ReminderButtons.DELETE_YES, id), "不删了")));
    }

    private ReminderMessage delete(Reminder reminder) throws SQLException {
        store.delete(reminder.chatId(), reminder.id());
        log.info("chat {}: reminder in slot {} deleted", reminder.maskedChat(), reminder.slot());
        List<Reminder> left = store.list(reminder.chatId());
        String done = ReminderTexts.deleted(reminder) + "\n\n";
        if (left.isEmpty()) {
            return text(done + ReminderTexts.NONE_LEFT);
        }
        return new ReminderMessage(done + ReminderTexts.list(left), ReminderButtons.keyboard(ReminderButtons.list(left)));
    }

    private ReminderMessage confirmOff(long chatId) throws SQLException {
        if (store.list(chatId).isEmpty()) {
            return text(ReminderTexts.OFF_NOTHING);
        }
        return new ReminderMessage(ReminderTexts.CONFIRM_OFF, ReminderButtons.keyboard(
                ReminderButtons.yesOrBackToList("确定全部关闭", ReminderButtons.data(ReminderButtons.OFF_YES), "不关了")));
    }

    private ReminderMessage off(long chatId) throws SQLException {
        int deleted = store.deleteChat(chatId);
        if (deleted == 0) {
            return text(ReminderTexts.OFF_NOTHING);
        }
        log.info("chat {}: all {} reminder(s) deleted", Reminder.maskChat(chatId), deleted);
        return text(ReminderTexts.OFF_DONE);
    }

    private ReminderMessage listOrStart(long chatId) throws SQLException {
        List<Reminder> reminders = store.list(chatId);
        if (reminders.isEmpty()) {
            return askMonth();
        }
        return new ReminderMessage(ReminderTexts.list(reminders), ReminderButtons.keyboard(ReminderButtons.list(reminders)));
    }

    private ReminderMessage full(long chatId) throws SQLException {
        List<Reminder> reminders = store.list(chatId);
        return new ReminderMessage(ReminderTexts.full() + "\n\n" + ReminderTexts.list(reminders),
                ReminderButtons.keyboard(ReminderButtons.list(reminders)));
    }

    /** A month button from an old message: offer today's months again. */
    private ReminderMessage expiredMonth(String action, String id) {
        Function<String, String> data = id == null
                ? m -> ReminderButtons.data(action, m)
                : m -> ReminderButtons.data(action, id, m);
        return new ReminderMessage("这个按钮已经过期了。请重新选一下上一次认证的月份：",
                ReminderButtons.keyboard(ReminderButtons.months(currentMonth(), data)));
    }

    /** Runs {@code action} on the chat's reminder named by a button; a deleted or foreign one is "gone". */
    private ReminderMessage withReminder(long chatId, String idArg, ReminderAction action) throws SQLException {
        OptionalLong id = ReminderButtons.parseId(idArg);
        if (id.isEmpty()) {
            return text(ReminderTexts.EXPIRED);
        }
        Optional<Reminder> reminder = store.find(chatId, id.getAsLong());
        return reminder.isPresent() ? action.apply(reminder.get()) : text(ReminderTexts.GONE);
    }

    @FunctionalInterface
    private interface ReminderAction {
        ReminderMessage apply(Reminder reminder) throws SQLException;
    }

    /**
     * The month a button stands for: "不记得了" is the current month; any other must be one of the
     * twelve offered today (older buttons, and forged ones, are out of date).
     */
    private Optional<YearMonth> resolveMonth(String monthArg) {
        YearMonth current = currentMonth();
        if (isUnknown(monthArg)) {
            return Optional.of(current);
        }
        return ReminderButtons.parseMonth(monthArg)
                .filter(m -> !m.isAfter(current) && !m.isBefore(current.minusMonths(11)));
    }

    private static boolean looksLikeAQuestion(String text) {
        return text.contains("?") || text.contains("？") || text.contains("吗") || text.contains("怎么");
    }

    private static boolean isUnknown(String monthArg) {
        return ReminderButtons.UNKNOWN_MONTH.equals(monthArg);
    }

    private YearMonth currentMonth() {
        return CertificationCycle.monthOf(clock.instant());
    }

    /** Telegram group and channel ids are negative; users' private chats positive. */
    private static boolean isGroup(long chatId) {
        return chatId < 0;
    }

    private static ReminderMessage text(String html) {
        return new ReminderMessage(html, null);
    }

    private static ReminderMessage failed(long chatId, SQLException e) {
        log.warn("chat {}: reminder not saved: {}", Reminder.maskChat(chatId), e.getMessage());
        return text(ReminderTexts.FAILED);
    }
}
