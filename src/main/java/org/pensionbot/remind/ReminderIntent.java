package org.pensionbot.remind;

import java.util.regex.Pattern;
import org.pensionbot.search.TextNormalizer;

/**
 * Recognises a typed request for the reminder ("提醒我", "到期提醒我", "提醒我明年认证", "设置提醒",
 * "怎么设置提醒"),
 * so that it starts the reminder dialog before the FAQ is searched, the way small talk is
 * recognised before retrieval.
 *
 * <p>Only a whole message of one of a few short request shapes counts, never a message that
 * merely contains "提醒": "社保会提醒我做认证吗" and "认证到期有短信提醒吗" are questions about
 * official notices and stay with the FAQ. Stateless and thread-safe.
 */
public final class ReminderIntent {

    /**
     * How a newcomer learns that reminders exist and how to ask for one: every channel that offers
     * the reminder dialog says it in its greeting and help.
     */
    public static final String INTRODUCTION = "⏰ 怕忘了每年的认证？发“提醒我”，我帮您记着日子，快到期时提醒您。";

    /** Politeness and filler around a request, dropped before matching. */
    private static final Pattern LEADING = Pattern.compile("^(请你|请|麻烦你|麻烦|小助手|你好|您好|帮我|给我|你|您)+");
    private static final Pattern TRAILING = Pattern.compile("(吧|呀|啊|哦|呢|哈|呗|好吗|好不好|行吗|行不行|可以吗|谢谢|谢谢你)+$");

    /**
     * When: "每年", "明年", "到期", "快到期的时候", "每年到时候"... (at most two of them). "能提前几天提醒我吗" asks
     * for the reminder as it is, which comes a month ahead; it got "答不上来".
     */
    private static final String WHEN = "(每年|明年|到期前几天|提前几天|提前一点|提前点|提前一个月|提前|早点|早一点|到期|到期了|到期前|到时候|到时|快到期的时候|快到期时|快到期了|快到期|下次|该认证的时候|该认证时|以后){0,2}";
    /** Whom, when it is not the writer: "提醒我妈认证" asks for a reminder as much as "提醒我认证". */
    private static final String WHOM = "(我|我妈|我爸|我妈妈|我爸爸|我老伴|老伴|我家老人|家里老人|老人|我奶奶|我爷爷|我姥姥|我姥爷|我外婆|我外公)";
    /** What: the reminder itself, with its optional words. */
    private static final String REMINDER = "(认证|年审|认证到期|到期)?提醒";
    private static final String ONE = "(个|一个|一下|上)?";

    private static final Pattern REQUEST = Pattern.compile(
            "^(能不能|能|可以|可不可以|我要|我想|想|我需要|要)?(帮我|给我|帮忙)?" + WHEN + "(再)?(记得|记着)?"
                    + "(提醒" + WHOM + "|提醒一下" + WHOM + "|提醒下" + WHOM + "|提醒提醒" + WHOM + "|设置?" + ONE + REMINDER
                    + "|定" + ONE + REMINDER + "|开启?" + ONE + REMINDER + "|打开" + REMINDER + "|加" + ONE + REMINDER
                    + "|发" + ONE + REMINDER + "(给我)?"
                    + "|" + REMINDER + "设置|" + REMINDER + WHOM + ")"
                    + WHEN + "(一下)?(认证|去认证|做认证|我认证|我去认证|年审|养老认证|社保认证|功能)?(吗)?$"
                    // "帮我记着点认证的日子": keeping the date is what the reminder does.
                    + "|^(帮我|给我)?(记着|记住|记一下|记下)(点|一下)?" + WHOM + "?的?(认证|年审)的?(日子|时间|日期)$");

    /** Where a message's first clause ends: "帮我设置个提醒，我妈去年5月认证的" asks first, then tells. */
    private static final Pattern CLAUSE_END = Pattern.compile("[，,。.！!？?；;\\s]");

    /** "怎么设置提醒", "提醒怎么设": asking how to set the reminder is asking for it. */
    private static final Pattern HOW = Pattern.compile(
            "^(我)?(怎么|如何|咋|怎样|怎么样)(才能)?(设置?|定|开|开启|打开|加|弄)" + ONE + REMINDER + "(功能)?$"
                    + "|^" + REMINDER + "(怎么|如何|咋|怎样)(设置?|开|开启|打开|弄)$");

    private ReminderIntent() {
    }

    /**
     * True when {@code text} as a whole, or its first clause, asks to set up a reminder: the rest of such a
     * message tells when or for whom ("能帮我提醒我爸明年认证吗，他去年8月做的"), which the dialog asks next.
     */
    public static boolean isRequest(String text) {
        if (text == null || text.length() > 40) {
            return false;
        }
        // Width, case and script folded: "設置提醒" typed in Traditional characters is "设置提醒".
        String folded = TextNormalizer.basicForm(text);
        return asks(folded) || asks(CLAUSE_END.split(folded.strip(), 2)[0]);
    }

    private static boolean asks(String text) {
        String letters = text.replaceAll("[\\s\\p{P}\\p{S}]+", "");
        String core = TRAILING.matcher(LEADING.matcher(letters).replaceFirst("")).replaceFirst("");
        return !core.isEmpty() && (REQUEST.matcher(core).matches() || HOW.matcher(core).matches());
    }
}
