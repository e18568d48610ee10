package org.pensionbot.dialog;

import java.util.regex.Pattern;

/**
 * Recognises a message from someone who may be in the middle of a scam: they say they were
 * cheated, that they already gave away a card number, password or code, that a caller asked them
 * for what scammers ask for, or they ask whether a message, call or link is real. Such a person
 * needs the fraud entry's urgent steps at once — never a "which did you mean?" list or a redirect.
 *
 * <p>A rule, not retrieval, on purpose: these messages talk about bank cards, links and money, so
 * by meaning they sit between the fraud entry and the bank-card or payment redirects, and
 * retrieval alone clarified or redirected them (我已经把银行卡号和密码填进去了怎么办 → a 社保卡
 * redirect; a pasted scam SMS → a clarify list). A missed alarm can cost a pensioner their
 * savings; a false one shows safety advice to someone who did not need it.
 *
 * <p>Works on normalised text (Simplified, lower case). Thread-safe.
 */
final class ScamAlarm {

    /** What only the person should know. */
    private static final String SECRET = "(银行卡|卡号|密码|验证码|身份证号)";
    /** Whom it was given to, when said between the verb and its 了: "告诉他了", "发给对方了". */
    private static final String TO_WHOM = "(他|她|他们|对方|人家|别人|骗子|那人)?";

    /** Said they were cheated, or that money went where it should not have. */
    private static final Pattern CHEATED = Pattern.compile(
            "被骗|上当|受骗|骗走|骗了|遇到骗子|碰到骗子|被诈骗|诈骗了|钱被转走|钱没了|钱少了|追回");

    /**
     * A fear of being cheated, not a report of it: "我怕被骗钱，支付宝怎么认证" asks how to certify, and
     * "怎么防止被骗" how to stay safe, which retrieval answers. Taken out before {@link #CHEATED} is read;
     * "怕被骗了" (I fear I have been) still raises the alarm.
     */
    private static final Pattern FEARS_BEING_CHEATED = Pattern.compile(
            "(怕|担心|害怕|生怕|防止|防范|预防|提防|谨防|以免|免得|避免|小心|防)(被|会被|再被)?(上当受骗|上当|受骗|骗)(?!了)");

    /**
     * Gave away what only they should know: a disclosing verb in the past ("填进去了", "告诉了", "告诉他了")
     * next to the secret, in either order, or a verb with whom it went to before the secret and the
     * past after it ("告诉他银行卡号了"). Plain mentions ("认证要输密码吗", "要告诉他们密码吗") do not count.
     */
    private static final Pattern GAVE_AWAY = Pattern.compile(
            "(填|输|告诉|发给|报给|提供|说出|透露)" + TO_WHOM + "(了|过|进去)[^。！？?!]{0,12}" + SECRET
                    + "|" + SECRET + "[^。！？?!]{0,8}(填|输|告诉|给|发|报|提供)" + TO_WHOM + "(了|过|进去|出去)"
                    + "|(告诉|给|发给|报给)(他|她|他们|对方|人家|别人|骗子|那人)[^。！？?!]{0,8}" + SECRET + "[^。！？?!]{0,4}了"
                    + "|(转了|转过|汇了)[^。！？?!]{0,6}(钱|款|账)|已经转账|转账了");

    /** Asks whether a message, call, link or QR code is genuine. */
    private static final Pattern ASKS_IF_REAL = Pattern.compile(
            "(短信|电话|来电|链接|网址|二维码|通知|消息|app|软件|工作人员)[^。！？?!]{0,30}"
                    + "(是真的|真的假的|真的吗|是假的|是不是骗|是骗子|骗人|骗局|诈骗吗|可信|可靠|靠谱|能信|能不能信|安全吗|官方的吗|正规吗)");

    /**
     * Someone called or wrote and asked for what scammers ask for — to add them on WeChat, share
     * the screen, pay, scan a code, or read out a code, a card number or a password — even before
     * anything was given away: "有人打电话说我社保要停了让我加微信", "接着个电话…让我报银行卡号和验证码".
     * Official services ask for none of these.
     */
    private static final Pattern ASKED_BY_A_CALLER = Pattern.compile(
            "(打电话|打来电话|来电|电话|短信|发信息|发消息|陌生人|自称|冒充)[^。！？?!]{0,30}(让|叫|要|要求|喊)(我|他|她|老人|我妈|我爸)?"
                    + "[^。！？?!]{0,6}(加微信|加qq|加好友|加群|进群|屏幕共享|共享屏幕|开屏幕|转账|汇款|交钱|交费|付钱|打钱|扫码|扫二维码|开视频"
                    + "|(报|说|念|发|告诉他|提供)[^。！？?!]{0,4}(验证码|银行卡|卡号|密码))");

    /** A link in the message: pasted scam texts carry one. */
    private static final Pattern LINK = Pattern.compile("https?://|www\\.|\\.(cn|com|net|top|xyz|vip|cc)(/|\\b)");
    /** Links to government sites (they end in .gov.cn) are what the fraud entry recommends, not a warning sign. */
    private static final Pattern GOVERNMENT_LINK = Pattern.compile("[\\w./:-]*\\.gov\\.cn[\\w./?=&%-]*");
    /** What scam texts about pensions say to create urgency. */
    private static final Pattern PENSION_THREAT = Pattern.compile("停发|暂停发放|冻结|注销|过期|失效|逾期|补贴|补助|认证|激活");

    /**
     * "Done it" with nothing named: "我已经说了", "给他了", "刚才点进去了", "钱转过去了". Only short messages,
     * and not "没说", "不给" or thanks ("谢谢你说了这么多"): the words matter only right after the fraud
     * entry's steps, where they mean the secret or the money is gone ({@link #admitsItIsDone}).
     */
    private static final Pattern DONE_IT = Pattern.compile("(说|给|告诉|填|输|发|报|念|点|扫|转|汇|加|下载|装)[^。！？?!]{0,4}(了|过)");
    private static final Pattern NOT_DONE = Pattern.compile("没|不|别|谢");
    /** Longer messages say more than "done it": retrieval reads them. */
    private static final int MAX_DONE_IT_CHARS = 12;

    private ScamAlarm() {
    }

    /** Whether a short message says it was done — given, told, clicked, paid — with no negation. */
    static boolean admitsItIsDone(String normalizedText) {
        String text = normalizedText.strip();
        return text.codePointCount(0, text.length()) <= MAX_DONE_IT_CHARS
                && DONE_IT.matcher(text).find() && !NOT_DONE.matcher(text).find();
    }

    /** Whether {@code normalizedText} raises the alarm. */
    static boolean raisedBy(String normalizedText) {
        return CHEATED.matcher(FEARS_BEING_CHEATED.matcher(normalizedText).replaceAll(" ")).find()
                || GAVE_AWAY.matcher(normalizedText).find()
                || ASKS_IF_REAL.matcher(normalizedText).find()
                || ASKED_BY_A_CALLER.matcher(normalizedText).find()
                || (LINK.matcher(GOVERNMENT_LINK.matcher(normalizedText).replaceAll(" ")).find()
                        && PENSION_THREAT.matcher(normalizedText).find());
    }
}
