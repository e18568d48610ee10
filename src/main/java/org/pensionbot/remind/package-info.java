/**
 * Yearly certification reminders, so that nobody's pension is suspended because they forgot.
 *
 * <h2>Flow</h2>
 * Channel-free: everything here speaks in plain text and {@link org.pensionbot.dialog.Choice}s
 * (labels and opaque {@code r:...} ids, {@code ReminderChoices}); channels escape, render and
 * transport. {@link org.pensionbot.remind.Reminders} wires the parts for a channel that can write
 * to a chat later (Telegram). The user talks to the {@link org.pensionbot.remind.ReminderConversation}
 * ({@code /remind}, a typed request recognised by {@link org.pensionbot.remind.ReminderIntent},
 * choices {@code r:...}, a typed name); it keeps reminders in the
 * {@link org.pensionbot.remind.ReminderStore}. The {@link org.pensionbot.remind.ReminderScheduler}
 * claims what is due and hands it to a {@link org.pensionbot.remind.ReminderOutbox}, the channel's
 * rate-limited queue. A channel that cannot write later (the web page) uses the
 * {@link org.pensionbot.remind.CalendarReminderDialog}, the same choices ending with a
 * {@link org.pensionbot.remind.CalendarReminder} (an {@code .ics} file) and nothing stored. The
 * dates come from {@link org.pensionbot.remind.CertificationCycle}; the words from
 * {@code ReminderTexts}; the how-to entries a reminder links from {@code menus.yml}.
 *
 * <h2>Dates</h2>
 * Last certified in month M: the cycle ends on the last day of M+12; reminders at 10:00
 * Asia/Shanghai on the 1st of M+11 and, if "我已认证" was not pressed, on the 1st of M+12.
 * "不记得了" counts from the current month; "我已认证" asks whether it was this month or last month
 and restarts from that month. Every
 * reminder says the cycle is generally 12 months, there is no national fixed date, local rules
 * differ, and to ask 12333.
 *
 * <h2>Privacy</h2>
 * Unlike the event log, the reminder table keeps the real chat id, because a reminder must be
 * sent to it months later; logs show only its last three digits. With it are kept the label the
 * user chose (letters only, at most 10) and the month. {@code /remind off} deletes all of a
 * chat's rows; a chat that blocked the bot is paused and its rows deleted after
 * {@link org.pensionbot.remind.ReminderScheduler#INACTIVE_KEPT}.
 */
package org.pensionbot.remind;
