package org.pensionbot.remind;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * A yearly reminder as a calendar file (RFC 5545 iCalendar), for channels that cannot write to
 * the person months later: the web page offers it at the end of the reminder dialog and the
 * phone's own calendar does the reminding. Nothing about the person is kept anywhere; the file
 * is made again from the month and a one-letter "for whom" code each time it is asked for.
 *
 * <p>The event repeats every year ({@code RRULE:FREQ=YEARLY}) at 10:00 Asia/Shanghai on the 1st
 * of the month before the cycle's last month, the date of the first Telegram reminder. Its summary
 * is the Telegram reminder's title; its text says what that reminder says, in words true every
 * year (no year, no date of one cycle). Immutable.
 *
 * @param lastCertified the month the cycle counts from
 * @param monthKnown false after "不记得了" (counted from the month of the dialog)
 * @param whomCode {@code s} for the person themself, else a preset relative's code
 */
public record CalendarReminder(YearMonth lastCertified, boolean monthKnown, String whomCode) {

    /** The file's media type (RFC 5545 section 8.1). */
    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    /** The label of the link to the file: the dialog's text tells the reader to tap exactly this. */
    public static final String LINK_LABEL = ReminderTexts.CALENDAR_LINK;

    /** The file name offered for saving. */
    public static final String FILE_NAME = "pension-reminder.ics";

    /** The earliest and latest months a link may carry: anything else is a forged or broken link. */
    private static final YearMonth FIRST = YearMonth.of(2000, 1);
    private static final YearMonth LAST = YearMonth.of(2099, 12);

    private static final int FOLD_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public CalendarReminder {
        Objects.requireNonNull(lastCertified, "lastCertified");
        if (ReminderChoices.recipient(whomCode).isEmpty()) {
            throw new IllegalArgumentException("unknown recipient code '" + whomCode + "'");
        }
    }

    /**
     * The reminder a link's parameters describe, or empty for anything malformed.
     *
     * @param month {@code 202611}
     * @param whom the recipient code
     * @param unknown {@code "1"} when the month was counted from "不记得了"
     */
    public static Optional<CalendarReminder> fromLink(String month, String whom, String unknown) {
        Optional<YearMonth> parsed = ReminderChoices.parseMonth(month).filter(m -> !m.isBefore(FIRST) && !m.isAfter(LAST));
        if (parsed.isEmpty() || ReminderChoices.recipient(whom).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CalendarReminder(parsed.get(), !"1".equals(unknown), whom));
    }

    /** The query string of a link to this file: {@code month=202611&for=m}, plus {@code &unknown=1}. */
    public String linkQuery() {
        return "month=" + ReminderChoices.monthArg(lastCertified) + "&for=" + whomCode + (monthKnown ? "" : "&unknown=1");
    }

    public Recipient recipient() {
        return ReminderChoices.recipient(whomCode).orElseThrow();
    }

    public CertificationCycle cycle() {
        return new CertificationCycle(lastCertified);
    }

    /** The summary the event shows: the Telegram reminder's title. */
    public String summary() {
        return ReminderTexts.reminderTitle(recipient());
    }

    /** The event's text: like the Telegram reminder a month before the deadline, without a year in it. */
    public String description() {
        return ReminderTexts.calendarBody(recipient(), cycle().dueMonth(), monthKnown) + "\n\n" + ReminderTexts.CALENDAR_CLOSING;
    }

    /** The iCalendar file: CRLF line ends, long lines folded at 75 octets, text escaped. */
    public String ics(Instant now) {
        String start = cycle().firstReminder().atZone(CertificationCycle.ZONE).toLocalDateTime().format(LOCAL);
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//pension-bot//certification reminder//ZH");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        // A TZID parameter must name a VTIMEZONE in the file; China has had no daylight saving since 1991.
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:" + CertificationCycle.ZONE.getId());
        line(out, "BEGIN:STANDARD");
        line(out, "DTSTART:19700101T000000");
        line(out, "TZOFFSETFROM:+0800");
        line(out, "TZOFFSETTO:+0800");
        line(out, "TZNAME:CST");
        line(out, "END:STANDARD");
        line(out, "END:VTIMEZONE");
        line(out, "BEGIN:VEVENT");
        // The same reminder downloaded twice replaces itself in the calendar instead of doubling.
        line(out, "UID:pension-reminder-" + ReminderChoices.monthArg(lastCertified) + "-" + whomCode + "@pension-bot");
        line(out, "DTSTAMP:" + UTC.format(now));
        line(out, "DTSTART;TZID=" + CertificationCycle.ZONE.getId() + ":" + start);
        line(out, "DURATION:PT30M");
        line(out, "RRULE:FREQ=YEARLY");
        line(out, "SUMMARY:" + escape(summary()));
        line(out, "DESCRIPTION:" + escape(description()));
        line(out, "TRANSP:TRANSPARENT");
        line(out, "BEGIN:VALARM");
        line(out, "ACTION:DISPLAY");
        line(out, "TRIGGER:PT0M");
        line(out, "DESCRIPTION:" + escape(summary()));
        line(out, "END:VALARM");
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as {@code \n}. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /**
     * Appends a content line folded so that no line is longer than 75 octets (RFC 5545 3.1): a
     * continuation starts with one space, and a UTF-8 character is never split.
     */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > FOLD_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
