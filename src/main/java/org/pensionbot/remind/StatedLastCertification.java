package org.pensionbot.remind;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pensionbot.corpus.Menus;
import org.pensionbot.search.PlaceNames;
import org.pensionbot.search.TextNormalizer;

/**
 * A message that tells when the person (or a relative) last certified, and at most asks whether or when the
 * next one is due: "上次是去年3月弄的", "我是去年6月份认证的 今年什么时候要认证", "我妈前年12月认证的，现在还要认证吗",
 * "今年还没认证，去年是5月做的". The FAQ can only give the general rule (12 months from the last time); the month
 * told gives the date, and whether it has already passed, which is what the person needs to know.
 *
 * <p>Only a message made of the statement and such a question counts: whatever else it says ("去年6月认证的，
 * 今天有人打电话让我重新认证", "去年6月认证失败了") is a question of its own and stays with the FAQ. A month after
 * this one is not a last certification. Stateless and thread-safe.
 */
final class StatedLastCertification {

    /** What the message says. */
    record Stated(YearMonth lastCertified, boolean yearSaid, boolean forSomeoneElse) {
    }

    /** Longer messages tell more than a month; the FAQ reads them. */
    private static final int MAX_CHARACTERS = 40;

    /** Who certified, when it is said: the writer or a relative (any other word before the month rejects the message). */
    private static final String WHO = "(?:我|俺|我妈|我爸|我妈妈|我爸爸|我老伴|老伴|我父亲|我母亲|父亲|母亲|我娘|我爹|我婆婆|我公公"
            + "|我奶奶|我爷爷|我姥姥|我姥爷|我外婆|我外公|老人|我家老人|家里老人|他|她)?";
    private static final String LAST_TIME = "(?:上次|上一次|上回|上一回|最近一次|前一次|之前|以前)";
    /** Doing it: "认证", "年审", "做的人脸认证", "做过年审", "在支付宝上认证", or just "弄", "做", "办". */
    private static final String DONE = "(?:(?:(?:做|弄|办|搞)(?:的|了|过)?)?(?:在[^，。]{1,6}上)?"
            + "(?:人脸认证|刷脸认证|人脸识别|资格认证|养老认证|社保认证|认证|年审|验证|刷脸|认的证|刷的脸)"
            + "|做|弄|办|搞|认)";
    private static final String PAST = "(?:的|嘅|过的|过了|过|了|完的|好的|好了|完了)?";
    /** The day, or part of the month: "20号", "10日", "初", "中旬". */
    private static final String ABOUT = "(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:号|日)|初|底|中旬|上旬|下旬|中)?"
            + "(?:的时候|那会儿?|左右)?(?:就)?";

    /**
     * A month told as remembered, not known: "应该是去年十月", "好像是前年5月" (blind tester23's "她上次认证应该是去年十月" got a
     * choice). The date computed from it is as sure as the memory, and the reply says, as always, to ask 12333 when unsure.
     */
    private static final String HEDGE = "(?:应该|好像|大概|大约|估计|可能|记得|差不多)?";

    /** "我是去年6月份认证的", "上次是去年3月弄的", "我2026年6月15日做的人脸认证"; and "上次认证是去年3月". */
    private static final Pattern MONTH_THEN_DONE = Pattern.compile(
            WHO + "(?:也)?" + HEDGE + "(?:是|在)?" + LAST_TIME + "?" + HEDGE + "(?:是|在)?" + SpokenMonth.REGEX + ABOUT + DONE + PAST);
    private static final Pattern DONE_THEN_MONTH = Pattern.compile(
            WHO + "(?:的)?" + LAST_TIME + DONE + HEDGE + "(?:是|在)" + SpokenMonth.REGEX + ABOUT + "(?:" + DONE + PAST + ")?");
    /**
     * What a result page shows, copied or read out: "显示您已于2024年3月完成认证" (blind tester26 asked what it meant and was told
     * only that it had passed, though that was long enough ago to be past due).
     */
    private static final Pattern SHOWN_DONE = Pattern.compile("(?:页面上?|上面|app里|手机上|屏幕上)?(?:显示|写着|写的是|提示)?(?:的是)?"
            + "(?:您|你)?已于" + SpokenMonth.REGEX + ABOUT + "完成(?:了)?(?:养老保险待遇资格认证|待遇资格认证|资格认证|认证)?");
    /** "我刚认证完", "刚弄好": this month. */
    private static final Pattern JUST_DONE = Pattern.compile(WHO + "(?:是)?(?:刚刚|刚|才)" + DONE + "(?:完|好|过)?(?:了|的)?");

    /** Where the person lives, said with the month: "我是广州的 去年6月认证过" (held-out tester43 got a choice). */
    private static final String WHERE = "(?:我是|我在|俺是|俺在|我们是|我们在|我们这是|住在|家在)?(?:" + PlaceNames.alternation()
            + ")(?:省|市)?(?:的|人)?";
    private static final String SOON = "(?:今年|现在|下次|下一次|明年|这次|这回|这一回|下回|这个月|年底前|今年年底)?";
    /** How late at most: "这回最晚啥时候" (blind tester41 got "没把握"). */
    private static final String AT_THE_LATEST = "(?:最晚|最迟|最后)?";
    private static final String AGAIN = "(?:还)?";
    private static final String DO = "(?:再去认证|再认证|去认证|做认证|认证|年审|刷脸|补做|补认证|补|做|弄|办|认)";
    /**
     * What may come with the statement, and only that: when or whether to certify again, whether it is past or too late,
     * or "not yet this year".
     */
    private static final Pattern QUESTION = Pattern.compile("(?:"
            + "(?:那|那么|请问|所以|想问一下|问一下|我想问)*"
            + "(?:"
            + WHERE + "|"
            + WHO + SOON + AGAIN + "(?:应该|该|要|得)?(?:在)?" + AT_THE_LATEST + "(?:什么时候|啥时候|几月份?|哪个月|什么时间|哪天|几时)"
            + "(?:要|该|得|能|可以|开始)?(?:再)?" + DO + "?"
            + "|" + WHO + SOON + AGAIN + "(?:要不要|用不用|需不需要|需要|要|用|得|需|该)(?:再)?" + DO + "?(?:了)?(?:吗|么|不|没|嘛)?"
            + "|(?:是不是|是否|会不会)?(?:已经|快|快要)?(?:过期|到期|超期|逾期|过了期限)(?:了)?(?:吗|没有|没|么|嘛)?"
            + "|" + SOON + "(?:的)?(?:截止|期限|到期)(?:日期|时间)?(?:是|在|到)?(?:哪天|几号|什么时候|啥时候|哪一天|几月几号)"
            + "|" + SOON + AGAIN + "(?:没|没有|忘了|忘记了)" + DO + "?(?:了)?"
            + "|" + SOON + AGAIN + DO + "?(?:还)?(?:来得及|晚|行|可以|能行)(?:吗|不|么|嘛|不晚)?"
            + "|(?:是不是|是否)?(?:该|要|得)" + DO + "了(?:吗|吧|么)?"
            + "|(?:下次|下一次|下回)"
            + "|(?:这|这个|那)?(?:是)?(?:啥|什么)意思"
            + ")"
            + "(?:呢|啊|呀|吧|哦|嘛|谢谢|谢谢你)*"
            + ")*");
    private static final Pattern MONTH = Pattern.compile(SpokenMonth.REGEX);
    private static final Pattern SPACES_AND_PUNCTUATION = Pattern.compile("[\\s\\p{P}\\p{S}]+");
    private static final Pattern RELATIVE = Pattern.compile("[妈爸娘爹伴奶爷姥婆公亲老他她]");

    private StatedLastCertification() {
    }

    /**
     * The reply to {@code text} when it tells a last certification month: when to certify again and what that means
     * today ({@link ReminderTexts#dueAfter}), with the reminder offered while it is not yet due and how to certify. A
     * follow-up is then read with how to certify, or, past the date, with what to do when it was missed.
     */
    static Optional<ReminderMessage> reply(String text, Instant now, Menus menus) {
        return in(text, CertificationCycle.monthOf(now)).map(stated -> {
            CertificationCycle.Phase phase = new CertificationCycle(stated.lastCertified()).phaseAt(now);
            Optional<String> howTo = stated.forSomeoneElse() ? menus.howToOthers() : menus.howToSelf();
            // Past its date, "要是已经停发了呢" and "怎么弄" are about the missed certification.
            Optional<String> followUp = phase == CertificationCycle.Phase.OVERDUE ? menus.missedEntry().or(() -> howTo) : howTo;
            return new ReminderMessage("", ReminderTexts.dueAfter(stated, now), ReminderChoices.afterStatedMonth(stated, phase, menus),
                    Optional.empty(), followUp);
        });
    }

    /** What {@code text} tells, read in the month {@code current}; empty when it tells no last certification or says more. */
    static Optional<Stated> in(String text, YearMonth current) {
        if (text == null || text.codePointCount(0, text.length()) > MAX_CHARACTERS) {
            return Optional.empty();
        }
        String letters = SPACES_AND_PUNCTUATION.matcher(TextNormalizer.basicForm(text)).replaceAll("");
        Function<String, Optional<Month>> monthSaid = said -> month(said, current);
        return statement(MONTH_THEN_DONE, letters, monthSaid)
                .or(() -> statement(DONE_THEN_MONTH, letters, monthSaid))
                .or(() -> statement(SHOWN_DONE, letters, monthSaid))
                .or(() -> statement(JUST_DONE, letters, said -> Optional.of(new Month(current, true, ""))));
    }

    /** A statement of this shape with nothing but the questions allowed before and after it, and the month it tells. */
    private static Optional<Stated> statement(Pattern shape, String letters, Function<String, Optional<Month>> monthSaid) {
        Matcher statement = shape.matcher(letters);
        while (statement.find()) {
            if (QUESTION.matcher(letters.substring(0, statement.start())).matches()
                    && QUESTION.matcher(letters.substring(statement.end())).matches()) {
                return monthSaid.apply(statement.group()).map(month -> new Stated(month.month(), month.yearSaid(),
                        RELATIVE.matcher(letters.replace(month.said(), "")).find()));
            }
        }
        return Optional.empty();
    }

    /** @param said the month as written in the statement (a relative's word is looked for in the rest) */
    private record Month(YearMonth month, boolean yearSaid, String said) {
    }

    /** The month of the statement; a month said without a year is the latest one that has begun. */
    private static Optional<Month> month(String statement, YearMonth current) {
        Matcher match = MONTH.matcher(statement);
        if (!match.find()) {
            return Optional.empty();
        }
        int number = SpokenMonth.monthNumber(match);
        Optional<Integer> year = SpokenMonth.year(match, current);
        YearMonth month = year.map(y -> YearMonth.of(y, number)).orElseGet(() -> {
            YearMonth thisYear = YearMonth.of(current.getYear(), number);
            return thisYear.isAfter(current) ? thisYear.minusYears(1) : thisYear;
        });
        return month.isAfter(current) ? Optional.empty() : Optional.of(new Month(month, year.isPresent(), match.group()));
    }
}
