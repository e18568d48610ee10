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
import java.util.function.Supplier;
import org.pensionbot.corpus.Menus;
import org.pensionbot.dialog.Choice;
import org.pensionbot.dialog.ChoiceId;
import org.pensionbot.remind.ReminderChoices.Press;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reminder dialog for a channel that can write to a chat months later (Telegram): set up a
 * reminder with two taps (last certification month, then for whom), list, change and delete
 * reminders (deleting asks first), "我已认证" (this month or last month?), and {@code /remind off}.
 * It starts on {@code /remind}, on the offer under how-to answers, and on a typed request
 * ({@link ReminderIntent}: "提醒我", "设置提醒"). It decides what to say and returns channel-free
 * {@link ReminderMessage}s (plain text and {@link Choice}s); the channel renders and sends them.
 *
 * <p>State lives in the choices' ids and the database, so a button still works after a restart;
 * the only memory is the short wait for a typed name, or for a month or person typed instead of tapped ({@link #onText}). Every message from a chat
 * ({@link #onText} sees them all) resumes reminders to it if the chat had blocked the bot: someone
 * who writes to the bot can be written to. Reminders are set in private chats only; in a group
 * everyone would see the family's names. Never throws: a database failure becomes an apology.
 * Thread-safe.
 */
public final class ReminderConversation {

    /** The command, without the slash. */
    public static final String COMMAND = "remind";

    /** What Telegram's command menu shows for {@link #COMMAND}. */
    public static final String COMMAND_DESCRIPTION = "认证到期提醒";

    /** The {@link ChoiceId} prefix of every reminder choice ({@code r:...}). */
    public static final String CHOICE_PREFIX = ReminderChoices.PREFIX;

    private static final Logger log = LoggerFactory.getLogger(ReminderConversation.class);

    private static final Set<String> OFF_WORDS = Set.of("off", "stop", "关闭", "关掉", "取消");

    private final ReminderStore store;
    private final Clock clock;
    private final PendingNames pendingNames;
    private final ReminderQuestions reminderQuestions;
    private final Supplier<Menus> menus;

    /** @param menus the corpus's menus, asked afresh each time (they follow reloads): the how-to entries */
    public ReminderConversation(ReminderStore store, Clock clock, Supplier<Menus> menus) {
        this.store = store;
        this.clock = clock;
        this.menus = menus;
        this.pendingNames = new PendingNames(clock);
        this.reminderQuestions = new ReminderQuestions(clock);
    }

    /**
     * The "⏰ 提醒我明年认证" choice ({@code r:n}) that starts the set-up from under an answer, for
     * the answers {@code menus.yml} lists as {@code reminder-topics}; none under others.
     */
    public static List<Choice> offerUnder(String entryId, Menus menus) {
        return menus.reminderTopics().contains(entryId) ? List.of(ReminderChoices.offer()) : List.of();
    }

    /** {@code /remind} (lists the reminders, or starts a new one) and {@code /remind off}. */
    public ReminderMessage onCommand(long chatId, String arguments) {
        return remembered(chatId, command(chatId, arguments));
    }

    private ReminderMessage command(long chatId, String arguments) {
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

    /** A tapped choice whose id starts with {@code r:}. */
    public ReminderMessage onButton(long chatId, String callbackData) {
        return remembered(chatId, button(chatId, callbackData));
    }

    private ReminderMessage button(long chatId, String callbackData) {
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
                case ReminderChoices.NEW -> start(chatId);
                case ReminderChoices.MONTH -> monthChosen(press.arg(0));
                case ReminderChoices.WHOM -> whomChosen(chatId, press.arg(0), press.arg(1));
                case ReminderChoices.LIST -> listOrStart(chatId);
                case ReminderChoices.CHANGE -> withReminder(chatId, press.arg(0), this::askNewMonth);
                case ReminderChoices.CHANGE_MONTH -> withReminder(chatId, press.arg(0), r -> changeMonth(r, press.arg(1)));
                case ReminderChoices.DELETE -> withReminder(chatId, press.arg(0), this::confirmDelete);
                case ReminderChoices.DELETE_YES -> withReminder(chatId, press.arg(0), this::delete);
                case ReminderChoices.CONFIRMED -> withReminder(chatId, press.arg(0), this::askCertifiedWhen);
                case ReminderChoices.CONFIRMED_MONTH -> withReminder(chatId, press.arg(0), r -> certifiedIn(r, press.arg(1)));
                case ReminderChoices.OFF -> confirmOff(chatId);
                case ReminderChoices.OFF_YES -> off(chatId);
                default -> text(ReminderTexts.EXPIRED);
            };
        } catch (SQLException e) {
            return failed(chatId, e);
        }
    }

    /**
     * A text message from a private chat, before anything else reads it. Taken when it is the name
     * the bot asked for after "其他人", a request for a reminder ("提醒我", see
     * {@link ReminderIntent}), or the last certification month told ("上次是去年3月弄的", see
     * {@link StatedLastCertification}: when the next is due); empty otherwise — when the chat is not waiting for a name, or the
     * text is a command, a question or too long for a name — and the channel handles it as usual
     * (the FAQ answers it) and the wait ends. Any message also resumes the chat's reminders if it
     * had blocked the bot: the person is back.
     */
    public Optional<ReminderMessage> onText(long chatId, String text) {
        if (text == null || isGroup(chatId)) {
            return Optional.empty();
        }
        resume(chatId);
        Optional<Choice> typedAnswer = reminderQuestions.typedAnswer(Long.toString(chatId), text);
        if (typedAnswer.isPresent()) {
            return Optional.of(onButton(chatId, typedAnswer.get().id()));
        }
        Optional<TypedWhom.SomeoneElse> someoneElse = reminderQuestions.typedSomeoneElse(Long.toString(chatId), text);
        reminderQuestions.cancel(Long.toString(chatId));
        if (someoneElse.isPresent()) {   // "我姐姐" typed without tapping "其他人" first
            pendingNames.cancel(chatId);
            return Optional.of(remembered(chatId, forNamed(chatId, someoneElse.get().monthArg(), someoneElse.get().recipient())));
        }
        return typed(chatId, text).map(message -> remembered(chatId, message));
    }

    /** {@code message}, after noting whether it asks for a month or a person: an answer typed next answers it ({@link ReminderQuestions}). */
    private ReminderMessage remembered(long chatId, ReminderMessage message) {
        reminderQuestions.asked(Long.toString(chatId), message);
        return message;
    }

    private Optional<ReminderMessage> typed(long chatId, String text) {
        Optional<PendingNames.Pending> pending = pendingNames.peek(chatId);
        if (pending.isEmpty() || ReminderIntent.isRequest(text)) {
            if (!ReminderIntent.isRequest(text)) {
                return StatedLastCertification.reply(text, clock.instant(), menus.get());
            }
            pendingNames.cancel(chatId);
            try {
                return Optional.of(listOrStart(chatId));
            } catch (SQLException e) {
                return Optional.of(failed(chatId, e));
            }
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
        return Optional.of(forNamed(chatId, pending.get().monthArg(), recipient.get()));
    }

    /** The reminder for someone the person named by typing, from the month chosen before. */
    private ReminderMessage forNamed(long chatId, String monthArg, Recipient recipient) {
        Optional<YearMonth> month = resolveMonth(monthArg);
        if (month.isEmpty()) {
            return expiredMonth(ReminderChoices.MONTH, null);
        }
        try {
            return create(chatId, recipient, month.get(), isUnknown(monthArg));
        } catch (SQLException e) {
            return failed(chatId, e);
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
                ReminderChoices.months(currentMonth(), m -> ReminderChoices.id(ReminderChoices.MONTH, m)));
    }

    private ReminderMessage monthChosen(String monthArg) {
        Optional<YearMonth> month = resolveMonth(monthArg);
        if (month.isEmpty()) {
            return expiredMonth(ReminderChoices.MONTH, null);
        }
        String text = isUnknown(monthArg) ? ReminderTexts.askWhomUnknownMonth() : ReminderTexts.askWhom(month.get());
        return new ReminderMessage(text, ReminderChoices.whom(monthArg, true));
    }

    private ReminderMessage whomChosen(long chatId, String monthArg, String code) throws SQLException {
        Optional<YearMonth> month = resolveMonth(monthArg);
        if (month.isEmpty()) {
            return expiredMonth(ReminderChoices.MONTH, null);
        }
        if (ReminderChoices.WHOM_OTHER.equals(code)) {
            pendingNames.await(chatId, monthArg);
            return text(ReminderTexts.ASK_NAME);
        }
        Optional<Recipient> recipient = ReminderChoices.recipient(code);
        if (recipient.isEmpty()) {
            return text(ReminderTexts.EXPIRED);
        }
        return create(chatId, recipient.get(), month.get(), isUnknown(monthArg));
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
                ReminderChoices.afterSaving(reminder, unknownMonth, menus.get()));
    }

    private ReminderMessage askNewMonth(Reminder reminder) {
        String id = ReminderChoices.idArg(reminder.id());
        return new ReminderMessage(ReminderTexts.askMonthAgain(reminder.recipient()),
                ReminderChoices.months(currentMonth(), m -> ReminderChoices.id(ReminderChoices.CHANGE_MONTH, id, m)));
    }

    private ReminderMessage changeMonth(Reminder reminder, String monthArg) throws SQLException {
        Optional<YearMonth> month = resolveMonth(monthArg);
        if (month.isEmpty()) {
            return expiredMonth(ReminderChoices.CHANGE_MONTH, ReminderChoices.idArg(reminder.id()));
        }
        return restarted(reminder, month.get(), isUnknown(monthArg), false);
    }

    /**
     * "我已认证" under a reminder: the reminder goes out on the 1st, and people often certify at the
     * end of the month before and press the button days later, so ask rather than assume this month.
     */
    private ReminderMessage askCertifiedWhen(Reminder reminder) {
        return new ReminderMessage(ReminderTexts.askCertifiedWhen(reminder),
                ReminderChoices.certifiedWhen(reminder, currentMonth()));
    }

    /** The month picked after "我已认证": only this month or last month are offered, anything else is out of date. */
    private ReminderMessage certifiedIn(Reminder reminder, String monthArg) throws SQLException {
        YearMonth current = currentMonth();
        Optional<YearMonth> month = ReminderChoices.parseMonth(monthArg)
                .filter(m -> m.equals(current) || m.equals(current.minusMonths(1)));
        if (month.isEmpty()) {
            return askCertifiedWhen(reminder);
        }
        return restarted(reminder, month.get(), false, true);
    }

    private ReminderMessage restarted(Reminder reminder, YearMonth month, boolean unknownMonth, boolean certified)
            throws SQLException {
        Optional<Reminder> saved = store.restart(reminder.chatId(), reminder.id(), month, !unknownMonth);
        if (saved.isEmpty()) {
            return text(ReminderTexts.GONE);
        }
        log.info("chat {}: reminder in slot {} {}", reminder.maskedChat(), reminder.slot(), certified ? "confirmed" : "changed");
        Instant now = clock.instant();
        String text = certified ? ReminderTexts.confirmed(saved.get(), now) : ReminderTexts.changed(saved.get(), now);
        return new ReminderMessage(text, ReminderChoices.afterSaving(saved.get(), unknownMonth, menus.get()));
    }

    private ReminderMessage confirmDelete(Reminder reminder) {
        String id = ReminderChoices.idArg(reminder.id());
        return new ReminderMessage(ReminderTexts.confirmDelete(reminder),
                ReminderChoices.yesOrBackToList("确定删除", ReminderChoices.id(ReminderChoices.DELETE_YES, id), "不删了"));
    }

    private ReminderMessage delete(Reminder reminder) throws SQLException {
        store.delete(reminder.chatId(), reminder.id());
        log.info("chat {}: reminder in slot {} deleted", reminder.maskedChat(), reminder.slot());
        List<Reminder> left = store.list(reminder.chatId());
        String done = ReminderTexts.deleted(reminder) + "\n\n";
        if (left.isEmpty()) {
            return text(done + ReminderTexts.NONE_LEFT);
        }
        return new ReminderMessage(done + ReminderTexts.list(left), ReminderChoices.list(left));
    }

    private ReminderMessage confirmOff(long chatId) throws SQLException {
        if (store.list(chatId).isEmpty()) {
            return text(ReminderTexts.OFF_NOTHING);
        }
        return new ReminderMessage(ReminderTexts.CONFIRM_OFF,
                ReminderChoices.yesOrBackToList("确定全部关闭", ReminderChoices.id(ReminderChoices.OFF_YES), "不关了"));
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
        return new ReminderMessage(ReminderTexts.list(reminders), ReminderChoices.list(reminders));
    }

    private ReminderMessage full(long chatId) throws SQLException {
        List<Reminder> reminders = store.list(chatId);
        return new ReminderMessage(ReminderTexts.full() + "\n\n" + ReminderTexts.list(reminders),
                ReminderChoices.list(reminders));
    }

    /** A month button from an old message: offer today's months again. */
    private ReminderMessage expiredMonth(String action, String id) {
        Function<String, ChoiceId> data = id == null
                ? m -> ReminderChoices.id(action, m)
                : m -> ReminderChoices.id(action, id, m);
        return new ReminderMessage(ReminderTexts.EXPIRED_MONTH,
                ReminderChoices.months(currentMonth(), data));
    }

    /** Runs {@code action} on the chat's reminder named by a button; a deleted or foreign one is "gone". */
    private ReminderMessage withReminder(long chatId, String idArg, ReminderAction action) throws SQLException {
        OptionalLong id = ReminderChoices.parseId(idArg);
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
        return ReminderChoices.parseMonth(monthArg)
                .filter(m -> !m.isAfter(current) && !m.isBefore(current.minusMonths(11)));
    }

    private static boolean looksLikeAQuestion(String text) {
        return text.contains("?") || text.contains("？") || text.contains("吗") || text.contains("怎么");
    }

    private static boolean isUnknown(String monthArg) {
        return ReminderChoices.UNKNOWN_MONTH.equals(monthArg);
    }

    private YearMonth currentMonth() {
        return CertificationCycle.monthOf(clock.instant());
    }

    /** Telegram group and channel ids are negative; users' private chats positive. */
    private static boolean isGroup(long chatId) {
        return chatId < 0;
    }

    private static ReminderMessage text(String text) {
        return ReminderMessage.text(text);
    }

    /** Resumes the chat's reminders if it had blocked the bot; a failure only waits for the next message. */
    private void resume(long chatId) {
        try {
            if (store.markChatActive(chatId) > 0) {
                log.info("chat {}: wrote again after blocking the bot; reminders resumed", Reminder.maskChat(chatId));
            }
        } catch (SQLException e) {
            log.warn("chat {}: reminders could not be resumed: {}", Reminder.maskChat(chatId), e.getMessage());
        }
    }

    private static ReminderMessage failed(long chatId, SQLException e) {
        log.warn("chat {}: reminder not saved: {}", Reminder.maskChat(chatId), e.getMessage());
        return text(ReminderTexts.FAILED);
    }
}
