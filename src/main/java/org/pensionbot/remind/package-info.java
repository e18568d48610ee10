/**
 * Yearly certification reminders, so that nobody's pension is suspended because they forgot.
 *
 * <h2>Flow</h2>
 * {@link org.pensionbot.remind.Reminders} wires the parts. The user talks to the
 * {@link org.pensionbot.remind.ReminderConversation} ({@code /remind}, buttons {@code r:...}, a
 * typed name); it keeps reminders in the {@link org.pensionbot.remind.ReminderStore}. The
 * {@link org.pensionbot.remind.ReminderScheduler} claims what is due and hands it to a
 * {@link org.pensionbot.remind.ReminderOutbox}, the channel's rate-limited queue. The dates come
 * from {@link org.pensionbot.remind.CertificationCycle}; the words from {@code ReminderTexts}.
 * Nothing here knows about Telegram updates: the channel passes chat ids, text and button data in
 * and sends the {@link org.pensionbot.remind.ReminderMessage}s it gets back.
 *
 * <h2>Dates</h2>
 * Last certified in month M: the cycle ends on the last day of M+12; reminders at 10:00
 * Asia/Shanghai on the 1st of M+11 and, if "我已认证" was not pressed, on the 1st of M+12.
 * "不记得了" counts from the current month; "我已认证" restarts from the month it is pressed. Every
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
