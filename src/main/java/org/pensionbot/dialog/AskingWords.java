package org.pensionbot.dialog;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a message says only how it asks, not what about: "那去哪里办", "咋弄呢", "要去哪儿办理啊" are
 * made of question words (哪里, 怎么, 多少, 谁), the verbs any request uses (去, 办, 弄, 找) and particles. In a
 * chat such a message is about what the chat is about; on its own it names no subject, so it must not
 * be redirected to a neighbouring topic whose phrasing happens to ask the same way ("到了退休年龄去哪里办
 * 退休" came nearest "那去哪里办" after the answer on failed face scans).
 *
 * <p>Personal pronouns are among them: in a chat the person already said whom they mean, so "那他应该怎么做" (or the
 * Cantonese "咁佢應該點做") mid-scam asks what now, as "那应该怎么做" does (blind tester17 got "没太明白").
 *
 * <p>A closed class of the language, not of the subject: a message with any other word ("退休手续去哪办",
 * "抚恤金能发多少", "户口本丢了咋补") names what it is about and is read as usual. Read on the text as the index
 * sees it, after the synonyms: "去邊度辦" (Cantonese) is "去哪里办", "点样弄" is "怎么弄".
 */
final class AskingWords {

    /** Longest first, so that "怎么办" goes before "怎么" and "办". */
    private static final List<String> WORDS = List.of(
            "可不可以", "能不能", "要不要", "怎么办", "怎么样", "怎么弄", "咋整", "咋办", "咋弄",
            "怎么", "怎样", "咋样", "如何", "哪里", "哪儿", "哪边", "哪个", "什么", "多少", "多久", "几时", "问谁",
            "办理", "需要", "可以", "应该", "还有", "那么", "那个", "这个", "一个", "然后", "的话", "现在", "接下来",
            "咋", "哪", "啥", "几", "谁", "去", "到", "找", "办", "弄", "搞", "整", "做", "能", "要", "该", "得", "在", "会",
            "那", "这", "吗", "呢", "吧", "啊", "呀", "嘛", "了", "的", "么", "我", "你", "您", "他", "她", "又", "还", "再", "就");

    private static final Pattern ANY_OF_THEM = Pattern.compile(WORDS.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|")));
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    /** Asking how, or what now: "那咋办", "怎么弄呢", "咁點算" (the synonyms make each of them 怎么). */
    private static final Pattern HOW = Pattern.compile("怎么|咋|如何|怎样");
    /** Asking when, how much or what. */
    private static final Pattern WHEN_HOW_MUCH_WHAT = Pattern.compile("多少|多久|几|什么|啥");
    /** Asking where, when, how much or what, which a procedure's first step does not answer ("那去哪里办"). */
    private static final Pattern WHERE_WHEN_WHAT = Pattern.compile("哪|" + WHEN_HOW_MUCH_WHAT.pattern());

    /** A question word, or a particle that ends a question. */
    private static final Pattern ASKS = Pattern.compile(
            HOW.pattern() + "|" + WHERE_WHEN_WHAT.pattern() + "|能不能|可不可以|要不要|是不是|是否|有没有|[吗呢么]$");

    private AskingWords() {
    }

    /**
     * Whether {@code text} asks only how, or what now ("那咋办", "怎么弄呢"): {@link #only} asking words, among them a
     * "how", and no "where", "when", "how much" or "what".
     */
    static boolean onlyHow(String text) {
        return only(text) && asksHow(text);
    }

    /**
     * Whether {@code text} asks only where ("那去哪弄", "去哪儿办"): {@link #only} asking words, among them a "where", and no
     * "when", "how much" or "what".
     */
    static boolean onlyWhere(String text) {
        return only(text) && text.contains("哪") && !WHEN_HOW_MUCH_WHAT.matcher(text).find();
    }

    /**
     * Whether {@code text} asks how, or what now, whatever else it names ("支付宝怎么认证", "登不进去咋办"), and not where,
     * when, how much or what.
     */
    static boolean asksHow(String text) {
        return HOW.matcher(text).find() && !WHERE_WHEN_WHAT.matcher(text).find();
    }

    /** Can, asked with a particle or a final 不 ("能弄不", "可以认证吗"). */
    private static final Pattern CAN = Pattern.compile("能|可以");
    /** Whether it will do, asked in words of its own: "行不行", "得唔得", "中不中". */
    private static final Pattern WILL_IT_DO = Pattern.compile("行不行|行吗|得唔得|得不得|中不中");
    /** A final 不 or 没, which asks in speech ("能弄不", "弄好没"). */
    private static final Pattern FINAL_NOT = Pattern.compile("[不没][？?]?$");

    /** Whether {@code text} asks whether it can be done ("在深圳能弄不", "在海南可以认证吗", "得唔得"), and not where, when or what. */
    static boolean asksWhetherItCan(String text) {
        boolean asked = WILL_IT_DO.matcher(text).find()
                || CAN.matcher(text).find() && (asks(text) || FINAL_NOT.matcher(text).find());
        return asked && !WHERE_WHEN_WHAT.matcher(text).find();
    }

    /**
     * Whether a clause asks something (a question word, "能不能", "是否", or a final 吗, 呢, 么) rather than telling it
     * ("人在北京", "刚帮我奶奶刷完脸").
     */
    static boolean asks(String clause) {
        return ASKS.matcher(clause).find();
    }

    /** {@code text} without its question words, requests' verbs and particles: what it names. */
    static String without(String text) {
        return ANY_OF_THEM.matcher(text).replaceAll("");
    }

    /** Whether every letter of {@code text} belongs to a question word, a request's verb or a particle. */
    static boolean only(String text) {
        String rest = ANY_OF_THEM.matcher(text).replaceAll("");
        return !LETTER_OR_DIGIT.matcher(rest).find() && LETTER_OR_DIGIT.matcher(text).find();
    }
}
