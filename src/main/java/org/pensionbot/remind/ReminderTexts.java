package org.pensionbot.remind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.pensionbot.dialog.Phrases;
import org.pensionbot.remind.CertificationCycle.Phase;
import org.pensionbot.remind.CertificationCycle.Schedule;
import org.pensionbot.remind.CertificationCycle.Stage;

/**
 * Everything the reminder feature says, in simple, warm Simplified Chinese for elderly readers
 * (short sentences, dates written out, one idea per line). Plain text: channels escape and format it.
 *
 * <p>Every reminder and every confirmation of a schedule carries {@link #CYCLE_NOTE}: the cycle is
 * generally 12 months, there is no national fixed date, local rules differ, ask 12333. The same
 * reminder text goes out on Telegram and into the web's calendar file ({@link #reminderTitle},
 * {@link #reminderBody}). Stateless and thread-safe.
 */
final class ReminderTexts {

    /** Local rules differ: the last word on any date. */
    static final String LOCAL_RULES = "各地规定可能不一样，请以当地社保部门为准。拿不准的话，可以打 " + Phrases.HOTLINE + " 问一问。";
    static final String CYCLE_NOTE = "认证一般每12个月一次，全国没有统一的固定日期，" + LOCAL_RULES;

    static final String DONT_REMEMBER = "不记得了";
    static final String SOMEONE_ELSE = "其他人（打字告诉我）";
    static final String OTHER_FAMILY = "其他家人";
    static final String HOW_TO_SELF_BUTTON = "📖 怎么认证";
    static final String HOW_TO_OTHERS_BUTTON = "📖 怎么帮家人认证";
    static final String CONFIRMED_BUTTON = "✅ 我已认证";
    static final String LIST_BUTTON = "查看我的提醒";
    static final String ADD_BUTTON = "➕ 再加一个";
    static final String OFF_BUTTON = "全部关闭";

    /** The choice offered under how-to answers. */
    static final String OFFER_BUTTON = "⏰ 提醒我明年认证";
    /** The choice under a told last certification month that is not due yet: the reminder, its month known. */
    static final String REMIND_BEFORE_BUTTON = "⏰ 快到期时提醒我";

    private static final String MONTH_HINT = "如果比这些月份更早，或者记不清了，就点「" + DONT_REMEMBER + "」。";

    static final String ASK_NAME = "请直接打字告诉我，怎么称呼这位家人？10个字以内就行，比如：奶奶、王阿姨。";
    static final String NAME_AGAIN = "这个称呼我没看明白。请只用文字，10个字以内，比如：奶奶、王阿姨。";
    static final String GROUP_CHAT = "提醒要在和我单独聊天时设置，这样别人看不到您家人的称呼。请点开我的头像，私聊我后发送“提醒我”。";
    static final String GONE = "这个提醒已经删除了。想重新设置，发“提醒我”就行。";
    static final String EXPIRED = "这个按钮已经过期了。请发“提醒我”重新开始。";
    static final String EXPIRED_MONTH = "这个按钮已经过期了。请重新选一下上一次认证的月份：";
    static final String FAILED = "抱歉，刚才没能保存，请过几分钟再试一次。";
    static final String OFF_DONE = "好的，全部提醒都关闭了，相关的记录也都删除了。以后想用，发“提醒我”就行。";
    static final String OFF_NOTHING = "这里还没有设过提醒，不用关闭。想设置的话，发“提醒我”就行。";
    static final String CONFIRM_OFF = "要关闭全部提醒吗？关闭后，我会删掉您在这里设的所有提醒和相关记录。";
    static final String NONE_LEFT = "现在没有提醒了。想再设置，发“提醒我”就行。";

    /** The label of the link to the calendar file on channels that cannot write later (the web). */
    static final String CALENDAR_LINK = "📅 下载日历提醒";

    private ReminderTexts() {
    }

    static String askMonth() {
        return "⏰ 我来帮您记着认证的日子，快到期时提醒您。\n\n请问上一次认证是哪个月？请点下面的按钮。\n" + MONTH_HINT;
    }

    /**
     * {@link #askMonth()} where the months are numbered lines to type, not buttons (the terminal
     * asks for the number under the list).
     */
    static String askMonthByNumber() {
        return "⏰ 我来帮您记着认证的日子，快到期时提醒您。\n\n请问上一次认证是哪个月？\n"
                + "如果比这些月份更早，或者记不清了，就选「" + DONT_REMEMBER + "」。";
    }

    static String askMonthAgain(Recipient recipient) {
        return "请重新选一下" + who(recipient) + "上一次认证的月份：\n" + MONTH_HINT;
    }

    static String askWhom(YearMonth chosen) {
        return "好的，上次认证是 " + month(chosen) + "。\n\n这个提醒是给谁的？";
    }

    /**
     * After "不记得了", or a month typed from before every offered one ("去年10月"): a certification that old may
     * be overdue, and the person should hear what that means for the money (suspended, not cancelled, back-paid).
     */
    static String askWhomUnknownMonth() {
        return "没关系。建议这个月就去认证一次，我从这个月开始算。\n"
                + "上次认证要是已经超过12个月（各地规定可能不一样），养老金可能已经暂停发放。别着急：认证通过后会恢复发放，停发的钱一般会补发。"
                + "\n\n这个提醒是给谁的？";
    }

    /** After a reminder was set up, changed or confirmed: what will happen, and when. */
    static String saved(Reminder reminder, Instant now, String opening) {
        CertificationCycle cycle = reminder.cycle();
        StringBuilder text = new StringBuilder(opening).append("\n\n");
        text.append(cycleStart(reminder)).append('\n');
        text.append("认证期限：一般在 ").append(date(cycle.deadline())).append(" 前再认证一次\n");
        if (reminder.stage() == Stage.FIRST) {
            text.append("我会在 ").append(date(reminder.nextDueAt())).append(" 上午提醒您；如果到时还没认证，")
                    .append(date(cycle.secondReminder())).append(" 上午再提醒一次。");
        } else if (reminder.nextDueAt().isAfter(now)) {
            text.append("离期限不远了，建议早点去认证。我会在 ").append(date(reminder.nextDueAt())).append(" 上午再提醒您一次。");
        } else {
            text.append("按这个月份算，期限已经过了，请尽快去认证。");
        }
        return text.append("\n\n").append(CYCLE_NOTE).toString();
    }

    static String created(Reminder reminder, boolean unknownMonth, boolean replaced, Instant now) {
        String opening = replaced
                ? "好的，" + forWhom(reminder.recipient()) + "的提醒已经有了，我按新的月份重新算。"
                : "好的，" + forWhom(reminder.recipient()) + "的提醒设好了。";
        if (unknownMonth) {
            opening += "\n建议这个月就去认证一次，点下面的按钮看看怎么做。";
        }
        return saved(reminder, now, opening);
    }

    static String changed(Reminder reminder, Instant now) {
        return saved(reminder, now, "好的，" + forWhom(reminder.recipient()) + "的提醒改好了。");
    }

    static String confirmed(Reminder reminder, Instant now) {
        return saved(reminder, now, "太好了！已记下：" + who(reminder.recipient()) + "在 "
                + month(reminder.lastCertified()) + " 认证过。");
    }

    static String list(List<Reminder> reminders) {
        StringBuilder text = new StringBuilder("您设了 ").append(reminders.size()).append(" 个提醒：\n");
        int number = 1;
        for (Reminder reminder : reminders) {
            text.append('\n').append(number++).append(". ").append(reminder.recipient().label()).append('\n');
            text.append("   ").append(cycleStart(reminder)).append('\n');
            text.append("   下次提醒：").append(date(reminder.nextDueAt())).append('\n');
        }
        text.append("\n想关掉全部提醒，点「").append(OFF_BUTTON).append("」，或者发送 /remind off。\n\n").append(CYCLE_NOTE);
        return text.toString();
    }

    static String full() {
        return "每个聊天最多设 " + ReminderStore.MAX_PER_CHAT + " 个提醒，现在已经满了。可以先删掉一个，再加新的。";
    }

    static String confirmDelete(Reminder reminder) {
        return "要删除" + forWhom(reminder.recipient()) + "的提醒吗？删除后就不再提醒了。";
    }

    static String deleted(Reminder reminder) {
        return "已删除" + forWhom(reminder.recipient()) + "的提醒。";
    }

    /**
     * The reminder itself, worded for how close the end of the cycle is at {@code now}; {@code next}
     * is what was scheduled after it, so the text can say whether another reminder follows.
     */
    static String reminder(Reminder reminder, Instant now, Schedule next) {
        CertificationCycle cycle = reminder.cycle();
        StringBuilder text = new StringBuilder();
        text.append(reminderBody(reminder.recipient(), reminder.lastCertified(), reminder.monthKnown(), cycle.phaseAt(now),
                cycle.deadline())).append("\n\n");
        if (next.stage() == Stage.SECOND && next.lastCertified().equals(reminder.lastCertified())) {
            text.append("认证好了，请点「我已认证」。还没认证的话，").append(date(next.dueAt())).append(" 我再提醒一次。");
        } else {
            text.append("认证好了，请点「我已认证」，我从那个月重新算。没点的话，我就按这个月算，明年再提醒您。");
        }
        return text.toString();
    }

    /** The reminder's heading, above {@link #reminder}: "⏰ 养老金资格认证提醒". */
    static String reminderHeading(Reminder reminder) {
        return "⏰ " + reminderTitle(reminder.recipient());
    }

    /** What the reminder is about: "养老金资格认证提醒" or "提醒：「妈妈」的养老金资格认证". */
    static String reminderTitle(Recipient recipient) {
        return recipient.self() ? "养老金资格认证提醒" : "提醒：" + quoted(recipient) + "的养老金资格认证";
    }

    /** When the person certified, the deadline and what to do, and the cycle note: the same on every channel. */
    static String reminderBody(Recipient recipient, YearMonth lastCertified, boolean monthKnown, Phase phase, LocalDate deadline) {
        StringBuilder text = new StringBuilder();
        if (monthKnown) {
            text.append(who(recipient)).append("上次认证是在 ").append(month(lastCertified)).append("。");
        } else {
            text.append(who(recipient)).append("的认证周期，我是从 ").append(month(lastCertified)).append(" 开始算的。");
        }
        String due = date(deadline);
        switch (phase) {
            case UPCOMING -> text.append("一般要在 ").append(due).append(" 前再认证一次，还有一个月左右，可以准备起来了。");
            case LAST_MONTH -> text.append("这个月是最后一个月，一般要在 ").append(due).append(" 前再认证一次，请尽快去做。");
            case OVERDUE -> text.append("按12个月算，期限（").append(due).append("）已经过了。还没认证的话，请尽快认证。")
                    .append("就算养老金暂停发放了，认证以后一般会恢复，停发的月份也会补发。");
        }
        if (!recipient.self()) {
            text.append("\n\n帮家人认证时，需要本人在手机前刷脸。");
        }
        return text.append("\n\n").append(CYCLE_NOTE).toString();
    }

    /**
     * The reply to a last certification month told in a message ({@link StatedLastCertification}): the date to
     * certify again by, counted as the reminders count it, and what that means today. Past it: check first (it may
     * have been done automatically, "静默认证"), else certify soon; a paused pension resumes with the missed months.
     */
    static String dueAfter(StatedLastCertification.Stated stated, Instant now) {
        CertificationCycle cycle = new CertificationCycle(stated.lastCertified());
        String who = stated.forSomeoneElse() ? "家人" : "您";
        StringBuilder text = new StringBuilder("上次认证是在 ").append(month(stated.lastCertified())).append("。");
        if (!stated.yearSaid()) {
            text.append("（没说哪一年，我按最近的一个").append(stated.lastCertified().getMonthValue()).append("月算。）");
        }
        text.append("\n认证一般12个月一次，按这个算，要在 ").append(date(cycle.deadline())).append(" 前再认证一次。\n\n");
        switch (cycle.phaseAt(now)) {
            case UPCOMING -> text.append(CertificationCycle.monthOf(now).plusMonths(1).equals(cycle.dueMonth())
                    ? "离期限不到两个月了，可以准备起来了。" : "现在还没到时候，不用着急。");
            case LAST_MONTH -> text.append("这个月就是最后一个月，请在月底前去认证。");
            case OVERDUE -> text.append("这个日子已经过了。别着急：\n")
                    .append("1. 先查一查：有的地方会自动认证（叫“静默认证”），可能已经替").append(who)
                    .append("认证过了。打开平时认证用的App或页面就能看到。\n")
                    .append("2. 还没认证的话，请尽快去认证。\n")
                    .append("3. 就算养老金暂停发放了，认证以后一般会恢复，停发的月份也会补发。");
        }
        if (stated.forSomeoneElse()) {
            text.append("\n\n帮家人认证时，需要本人在手机前刷脸。");
        }
        return text.append("\n\n").append(LOCAL_RULES).toString();
    }

    /**
     * The calendar event's text. The event repeats every year, so it names no year and no date
     * that only one cycle has: "上次认证是在 2026年5月，要在 2027年5月31日 前…" would still say
     * so in 2029. What holds every year is the month to certify by.
     */
    static String calendarBody(Recipient recipient, YearMonth dueMonth, boolean monthKnown) {
        StringBuilder text = new StringBuilder(who(recipient)).append("一般每年要在 ").append(dueMonth.getMonthValue())
                .append("月底 前认证一次（").append(monthKnown ? "按上次认证的月份" : "从开始提醒的月份").append("算，12个月一次）。")
                .append("还有一个月左右，可以准备起来了。");
        if (!recipient.self()) {
            text.append("\n\n帮家人认证时，需要本人在手机前刷脸。");
        }
        return text.append("\n\n").append(CYCLE_NOTE).toString();
    }

    /** "我已认证": which month, since it may have been done before this month began. */
    static String askCertifiedWhen(Reminder reminder) {
        return "太好了！" + who(reminder.recipient()) + "是哪个月认证的？请点下面的按钮。";
    }

    static String thisMonth(YearMonth month) {
        return "这个月（" + month.getMonthValue() + "月）";
    }

    static String lastMonth(YearMonth month) {
        return "上个月（" + month.getMonthValue() + "月）";
    }

    /** The end of the web's dialog: what the calendar file does and how to add it, in numbered steps. */
    static String calendarReady(Recipient recipient, CertificationCycle cycle, boolean unknownMonth, Instant now) {
        return calendarDates(recipient, cycle, unknownMonth, now)
                + "怎么放进手机日历：\n"
                + "1. 点下面的「" + CALENDAR_LINK + "」。\n"
                + "2. 手机问用什么打开时，选「日历」。\n"
                + "3. 再点「添加」或「存储」，就放好了。\n\n"
                + "这个网页不会记住您和家人的任何信息，提醒只在您自己的手机日历里。\n\n"
                + CYCLE_NOTE;
    }

    /** The end of the terminal's dialog: the calendar file was saved as {@code file}; how to add it. */
    static String calendarSaved(Recipient recipient, CertificationCycle cycle, boolean unknownMonth, Instant now,
                                       String file) {
        return calendarDates(recipient, cycle, unknownMonth, now)
                + "日历提醒已经存成文件：\n" + file + "\n\n"
                + "怎么放进日历：\n"
                + "1. 把这个文件发到手机上，或者在电脑上找到它。\n"
                + "2. 点开它，问用什么打开时，选「日历」。\n"
                + "3. 再点「添加」或「存储」，就放好了。\n\n"
                + CYCLE_NOTE;
    }

    private static String calendarDates(Recipient recipient, CertificationCycle cycle, boolean unknownMonth, Instant now) {
        StringBuilder text = new StringBuilder("好的，").append(forWhom(recipient)).append("的日历提醒做好了。");
        if (unknownMonth) {
            text.append("\n建议这个月就去认证一次。");
        }
        text.append("\n\n认证期限：一般在 ").append(date(cycle.deadline())).append(" 前再认证一次。\n");
        if (now.isBefore(cycle.firstReminder())) {
            text.append("日历会在 ").append(date(cycle.firstReminder())).append(" 上午提醒您，以后每年这个时候再提醒一次。\n\n");
        } else {
            // The first reminder of this cycle is past: say so, rather than let the calendar keep quiet until next year.
            text.append("离期限不远了，建议早点去认证。日历从明年开始，每年 ")
                    .append(cycle.firstReminder().atZone(CertificationCycle.ZONE).getMonthValue()).append("月1日 上午提醒您。\n\n");
        }
        return text.toString();
    }

    /** Closes the calendar event's description, where Telegram's reminder names its buttons. */
    static final String CALENDAR_CLOSING = "这是每年重复的提醒。认证好了就不用管它；如果认证的月份变了，"
            + "请在小助手里发“提醒我”，重新下载一个日历提醒，并删掉这个旧的。";

    /**
     * The month the cycle counts from, claimed as a certification only when the user gave it:
     * after "不记得了", or a year nobody confirmed, it is only where counting started.
     */
    private static String cycleStart(Reminder reminder) {
        return (reminder.monthKnown() ? "上次认证：" : "开始计算：") + month(reminder.lastCertified());
    }

    /** "26年11月": compact enough for three buttons in a row on a small phone. */
    /**
     * A month button: "今年3月", "去年12月" as people say them (the offered months are the twelve up to this one);
     * "26年3月" was easy to misread.
     */
    static String shortMonth(YearMonth month, YearMonth current) {
        if (month.getYear() == current.getYear()) {
            return "今年" + month.getMonthValue() + "月";
        }
        return month.getYear() == current.getYear() - 1 ? "去年" + month.getMonthValue() + "月" : month(month);
    }

    static String month(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    static String date(Instant instant) {
        return date(instant.atZone(CertificationCycle.ZONE).toLocalDate());
    }

    /** "您" or "「妈妈」". */
    static String who(Recipient recipient) {
        return recipient.self() ? "您" : quoted(recipient);
    }

    /** "给您自己" or "给「妈妈」". */
    static String forWhom(Recipient recipient) {
        return recipient.self() ? "给您自己" : "给" + quoted(recipient);
    }

    static String buttonLabel(String verb, Recipient recipient) {
        return verb + " " + recipient.label();
    }

    private static String quoted(Recipient recipient) {
        return "「" + recipient.label() + "」";
    }
}
