package org.pensionbot.dialog;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pensionbot.search.FaqIndex;

/**
 * The kind of thing a short follow-up asks for, by its question words, and how a line of an answer that gives such a
 * thing looks: "要打啥电话问" wants a number to call, "网址是啥" a web address, "多久认一次" how often, "什么时候开始" when,
 * "审核要多久" a length of time, "能绑几个人" a count, "要钱不" a fee, "点哪个" which button, "找谁申请" whom to turn to.
 * This is the answer type of classic question answering: the sentence model reads "网址是啥" after helping a parent as
 * near nothing in particular, while the answer's one line with an address says it.
 *
 * <p>The question words are a closed class of the language, as {@link AskingWords}'s are; the look of an answer is
 * its form (digits after a verb of calling, a dotted address, digits before a unit of time or a counter), except for
 * whom to turn to, which the corpus names with the few words for offices and service points it uses throughout.
 */
enum AskedFor {

    /** "要打啥电话问", "热线是多少": a line that says to call a number ("打12333问清楚", "拨打 110 报警"). */
    NUMBER_TO_CALL("电话号?码?(是|打)?(多少|啥|什么|几)|(打|拨)?(什么|啥|哪个|哪)电话|热线|(打|拨)(什么|啥|哪个)号",
            "(打|拨|电话|热线)\\D{0,8}\\d{3,}"),
    /** "网址是啥", "官网是哪个": a line with a web address ("si.12333.gov.cn"). */
    WEB_ADDRESS("(网址|网站|官网|网页)(是|在)?(多少|啥|什么|哪)|(什么|啥|哪个)(网址|网站|官网|网页)",
            "(?i)[a-z0-9-]+(\\.[a-z0-9-]+)+"),
    /**
     * "多久认一次", "一年做几回": a line that says how often ("…180天一次，…每月一次", "以后一般每12个月做一次"). Before a length
     * of time, which "多久" asks too: after the abroad answer, how long the review takes is no answer to how often.
     */
    HOW_OFTEN("(多久|多长时间|多少天|几个?月|几年)(认证?|认|做|弄|办|验证|年审|刷脸)?一(次|回)|一年(认证?|认|做|弄|办)?几(次|回)",
            "[0-9]+\\s*(天|个月|年)一次|每个?(月|年)一次|每\\s*[0-9]+\\s*个月"),
    /**
     * "什么时候开始认证", "哪个月做": a line that says when ("有的从开始领养老金的下个月起算12个月", "一般下个月恢复发放").
     * After a length of time: "多久" asks how long, not when. Not what was forgotten ("我忘了上次哪天弄的" tells, and asks no
     * date the answer has), nor a line on a rumour, whose date is the rumour's ("“12月不认证、1月就停发”…已经辟谣").
     */
    WHEN("(什么|啥)时候|几月|哪个月|哪天|哪一天",
            "^(?!.*(辟谣|别轻信)).*([0-9一二三四五六七八九十]+月|下个?月|月底|年底|起算|个月内)", "忘|记不|不记得|不知道"),
    /** "审核要多久", "几个工作日能好": a line with a length of time ("一般10个工作日内有结果"). */
    HOW_LONG("多久|多长时间|多少天|(?<![好那这前后])几(天|个?工作日|个?星期|个月)",
            "\\d+\\s*(个?工作日|天|个?星期|周|个月)|[一两三四五六七八九十]+(个工作日|个星期|个月|天|周)|十?几个?(工作日|天)|下个?月"),
    /** "最多能绑几个人", "能加多少个": a line with a count ("一个人可以帮8位家人开通"). */
    HOW_MANY("(?<![好那这前后])(几|多少)(个|位|人|次)(?!月|工作日|星期)", "\\d+\\s*(个|位|人|次|家)(?!月|工作日|星期)"),
    /**
     * "上门要钱不", "收费吗": a line that says whether it costs anything ("认证一般不收费，找您要钱的别给"), for certifying in
     * any way the message names ("社保上门要钱不" after a stranger at the door asked for money).
     */
    FEE("要钱|收费|收钱|花钱|交钱|给钱|多少钱|费用", "不收费|免费"),
    /**
     * "中国领事app里点哪个", "选哪个": a line that says which button or option to tap ("点“养老金资格”，按提示填写个人信息"). It
     * need not name the app the message names: every step of the answer just given is in it (blind tester27 got the step
     * to download the app).
     */
    WHICH_BUTTON("(点|按|选)(哪|什么|啥)", "(点|选|按)[“\"「]"),
    /**
     * "找谁申请", "该问哪个部门": a line that says to turn to an office or service point ("联系社区（村）、街道（乡镇）服务中心或
     * 社保所", "可以向社区…申请"), not one that only names a place to go ("到窗口办，一般带上本人有效身份证件").
     */
    WHOM_TO_ASK("找谁|问谁|找哪|哪个部门|什么部门|啥部门", "(向|找|联系|问|请)[^，。；]{0,6}?(" + AskedFor.OFFICES + ")"),
    /**
     * "那正规的是哪些", "到底哪个app才是真的": a line that names the official ways ("只用官方渠道认证：国家社会保险公共服务平台、电子社保卡…"),
     * which people ask for right after the warning about fake apps and links (blind testers 40, 42 and 44 got the warning
     * again). Not "哪个是真的" alone: "那我以后咋知道哪个是真的" asks how to tell, which the whole warning says.
     */
    OFFICIAL_WAYS("(正规|官方|正经)的?[^，。？?]{0,3}?(哪|啥|什么)|哪(个|些|几个|家)(app|软件|应用|小程序)?(才)?(是)?(正规|官方|正经)"
            + "|哪(个|些|几个|家)(app|软件|应用|小程序)(才)?(是)?真的", "官方渠道|正规渠道"),
    /**
     * "那咋个核实他是不是社保局的", "怎么核实是不是官方的": a line that says how to check it ("…先别动，打12333核实"), asked right
     * after the warning (blind tester42 got a choice of where to call and how to certify). Not how to tell ("咋分辨真假"),
     * which the warning's signs of a fake answer.
     */
    HOW_TO_CHECK_IT("(核实|核对|查证)[^，。？?]{0,8}(真假|真的假的|是不是|是真|是假|骗)", "核实"),
    /**
     * "以后遇到这种咋分辨", "咋分辨真假": a line that gives the signs of a fake ("人社部门真正的通知，不会要您的银行卡号…"), asked
     * right after the warning (held-out tester44 got "没太明白").
     */
    HOW_TO_TELL("(怎么|咋|如何|怎样)(个|样)?(分辨|辨别|区分|识别|看出来?)", "真正的通知");

    /** The corpus's words for the offices and service points where certification is done or asked about. */
    static final String OFFICES = "社区|村|街道|乡镇|社保所|社保局|经办机构|人社部门|窗口|服务中心|服务点";

    /**
     * At most this many letters and digits: a follow-up that asks one thing. Longer ones tell more ("我妈七十多了 腿脚不好
     * 社区能上门吗 要打啥电话预约") and are read as a whole.
     */
    static final int MAX_CHARACTERS = 16;

    private static final Pattern NOT_A_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    private final Pattern asks;
    private final Pattern answeredBy;
    /** Words that make a message tell rather than ask for this kind of thing; null when none do. */
    private final Pattern unless;

    AskedFor(String asks, String answeredBy) {
        this(asks, answeredBy, null);
    }

    AskedFor(String asks, String answeredBy, String unless) {
        this.asks = Pattern.compile(asks);
        this.answeredBy = Pattern.compile(answeredBy);
        this.unless = unless == null ? null : Pattern.compile(unless);
    }

    private boolean askedIn(String text) {
        return asks.matcher(text).find() && (unless == null || !unless.matcher(text).find());
    }

    /**
     * Whether an entry answers this kind of question for everyone — how often and when the how-often entry, a fee the entry
     * on what certification is — so that a message asking it alone comes out confidently that entry's, though the answer
     * just given may say it for its own case ("多久认一次" after the survivors' answer: "…供养直系亲属是180天一次…").
     */
    boolean isAnsweredInGeneralElsewhere() {
        return switch (this) {
            case HOW_OFTEN, WHEN, FEE -> true;
            default -> false;
        };
    }

    /**
     * Whether the office entry is what the classifier finds likely for any message of this kind (whom to ask, what number
     * to call), whatever the chat is about.
     */
    boolean isTheOfficeEntrysMatter() {
        return this == NUMBER_TO_CALL || this == WHOM_TO_ASK;
    }

    /**
     * Whether the fraud answer's own line answers it mid-scam, where the scam rules read every other message: a fee, the
     * real web address ("那真的官网是哪个": blind tester44 got the warning again), which ways are the official ones, how to
     * check whether it is real, and how to tell a fake.
     */
    boolean isAnsweredMidScam() {
        return switch (this) {
            case FEE, WEB_ADDRESS, OFFICIAL_WAYS, HOW_TO_CHECK_IT, HOW_TO_TELL -> true;
            default -> false;
        };
    }

    /**
     * Whether a line gives this kind of thing only about what the message names. Not a fee ("社保上门要钱不": free whichever
     * way), which button (every step of the answer just given is in the app the message names), the official ways, how
     * to check whether it is real or how to tell a fake.
     */
    private boolean isAboutWhatItNames() {
        return switch (this) {
            case FEE, WHICH_BUTTON, OFFICIAL_WAYS, HOW_TO_CHECK_IT, HOW_TO_TELL -> false;
            default -> true;
        };
    }

    /**
     * Whether a message of this kind names only the words its line must share ({@link #isAnsweredBy}): at most a character
     * left besides how it asks, or a kind answered whatever it names.
     */
    private boolean namesNothingToShare(String named) {
        return !isAboutWhatItNames() || named.codePointCount(0, named.length()) < 2;
    }

    /** Where a line says to go or whom to call: an office, a service point, a hotline ("先打12333或去社保窗口问清楚"). */
    static boolean saysWhereToGo(String line) {
        return WHERE_TO_GO.matcher(line).find();
    }

    private static final Pattern WHERE_TO_GO = Pattern.compile(OFFICES + "|使领馆|12333");

    /**
     * What {@code message} asks for, when it is short and asks for one of these kinds; read on the message as typed and
     * as the index reads it ({@code normalized}: Simplified, synonyms applied), so that "網址" is "网址".
     */
    static Optional<AskedFor> in(String message, String normalized) {
        if (NOT_A_LETTER_OR_DIGIT.matcher(normalized).replaceAll("").codePoints().count() > MAX_CHARACTERS) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(kind -> kind.askedIn(message) || kind.askedIn(normalized))
                .findFirst();
    }

    /**
     * Whether a line of an answer gives a thing of this kind, about what the message names besides how it asks: "找谁申请"
     * after the home visit is answered by "…可以向社区、村里或当地社保所申请上门认证" (申请), and "宽限期有多久" is not by
     * "…12个月内哪天做都行", a length of time but not of a grace period. The two share a word of two characters as the index
     * reads them ({@link FaqIndex#sharesAWord}); a message that names nothing ("网址是啥", "要打啥电话问": a character left at
     * most) is answered by any line of the kind.
     */
    boolean isAnsweredBy(String line, String normalizedMessage, FaqIndex index) {
        if (!answeredBy.matcher(line).find()) {
            return false;
        }
        String named = named(normalizedMessage);
        return namesNothingToShare(named) || index.sharesAWord(named, line);
    }

    /**
     * As {@link #isAnsweredBy}, for a message that came near a neighbouring topic: the line must have every character the
     * message names besides how it asks ("多久能到账" names 账, and "…停掉的钱也会补发到账" has it; "公积金多久能到账" names
     * 公积金 too, which it does not), and the message must name something.
     */
    boolean isAnsweredByAllItNames(String line, String normalizedMessage, FaqIndex index) {
        return answeredBy.matcher(line).find() && index.hasEveryCharacterOf(named(normalizedMessage), line);
    }

    /**
     * What a message names besides how it asks: without this kind's question words, the words of asking, and words that
     * only say it is the real one ("那真的官网是哪个" asks for the web address, as "官网是哪个" does; blind tester44).
     */
    private String named(String normalizedMessage) {
        String withoutAsking = AskingWords.without(THE_REAL_ONE.matcher(asks.matcher(normalizedMessage).replaceAll("")).replaceAll(""));
        return NOT_A_LETTER_OR_DIGIT.matcher(withoutAsking).replaceAll("");
    }

    private static final Pattern THE_REAL_ONE = Pattern.compile("真正的|真的|正规的|正经的|官方的");
}
