package org.pensionbot.dialog;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether a message says that what the person tried did not work: "还是不行", "换了地方还是刷不过", "都係唔得",
 * "点了没反应", "都装不上"; or that it cannot be done where the person is: "我腿不好去不了"; or that what the answer
 * said to look for is not there: "没有那个按钮"; or asks for another way outright: "还有别的办法吗". After an answer,
 * such a message does not ask about that answer again — its way is what failed, or does not suit — but for another way.
 *
 * <p>A closed class of the language, like {@link AskingWords}: the words for failing, not the subject's. A question
 * whether something works ("用我手机行不行", "微信不行吗") asks, it does not report: it is not one.
 */
final class NotWorking {

    private static final List<String> FAILING = List.of("不行", "不管用", "没用", "失败", "刷不过", "过不了", "过不去", "通不过",
            "不通过", "没通过", "都不过", "也不过", "还是不过", "老不过", "总不过", "没成功", "不成功", "没反应", "打不开", "登不上",
            "登录不上", "装不上", "进不去", "唔得", "刷唔到", "刷不上", "刷不出来", "核验不了", "验证不了", "认证不了");

    /** What was to be found is not there: "没有那个按钮", "找不到你说的那个", "搜不到". */
    private static final List<String> NOT_FOUND = List.of("找不到", "没找到", "搜不到", "找不着", "没搜到", "没有那个", "没有这个", "没那个",
            "没这个", "没看到", "没看见");

    /**
     * What the answer said cannot be done where the person is ({@code CANNOT_FOLLOW}): "我腿不好去不了", "行唔到" (Cantonese), "窗口说办不了",
     * "卡用不了", or on their phone: "我用的老年机". Only in a short message ({@link #MAX_CANNOT_CHARS}): a longer one
     * says more than that ("她瘫床上好几年了 出不了门 能叫人来家里弄不" asks for a home visit), and retrieval reads it.
     * Being far from home ("回不去") is not among them: where one is, retrieval reads too.
     */
    private static final List<String> CONDITION = List.of("去不了", "走不动", "走不了", "出不了门", "下不了床", "行唔到", "来不了");
    /** The rest of {@link #CANNOT_FOLLOW}: a refusal, or a phone that cannot do it — not the person's condition. */
    private static final List<String> REFUSED_OR_UNUSABLE = List.of("办不了", "用不了", "用唔到", "不能用", "老年机", "老人机");
    private static final List<String> CANNOT_FOLLOW = Stream.concat(CONDITION.stream(), REFUSED_OR_UNUSABLE.stream()).toList();

    /** Asking for another way than the one just given: "还有别的办法吗", "有没有其他法子". */
    private static final List<String> ANOTHER_WAY = List.of("别的办法", "其他办法", "其它办法", "别的法子", "其他法子", "别的方法",
            "其他方法", "别的路子", "换个办法", "换个法子");

    static final int MAX_CANNOT_CHARS = 12;

    private static final Pattern FAILED = words(FAILING);
    private static final Pattern CANNOT = words(CANNOT_FOLLOW);
    private static final Pattern UNABLE = words(CONDITION);
    private static final Pattern NOT_A_CONDITION = words(REFUSED_OR_UNUSABLE);
    private static final Pattern OTHER = words(ANOTHER_WAY);
    private static final Pattern MISSING = words(NOT_FOUND);
    /** "行不行", "不行吗", "不行不", "办不了吗", and Cantonese "得唔得", "可唔可以": asking whether it works. */
    private static final Pattern ASKS_WHETHER = Pattern.compile("行不行|不行[吗不嘛呢么]|可不可以|能不能|不了[吗嘛么]|得唔得|可唔可以|行唔行");
    /**
     * "要是还不行呢", "如果还是不行呢", "万一都弄不成呢": what if it fails — a failure supposed, not a question whether something
     * works, though it ends as one ("不行呢"); "如果用我手机行不行" still asks whether. A blind tester got "没太明白" for it after the
     * ways on.
     */
    private static final Pattern SUPPOSED_FAILURE = Pattern.compile("(要是|如果|万一|假如)[^，,。？?！!]{0,6}(?<![行成])不[行成]");

    private NotWorking() {
    }

    /**
     * Whether {@code text} says that something tried did not work, or cannot be done, or that what was to be found is
     * not there, or asks for another way than the one given.
     */
    static boolean says(String text) {
        boolean cannot = CANNOT.matcher(text).find() && text.strip().codePointCount(0, text.strip().length()) <= MAX_CANNOT_CHARS;
        boolean failed = FAILED.matcher(text).find() || cannot || notFound(text);
        return (failed && !ASKS_WHETHER.matcher(text).find()) || SUPPOSED_FAILURE.matcher(text).find() || OTHER.matcher(text).find();
    }

    /**
     * Whether {@code text} tells only of the person's condition ("她在医院呢 下不了床", "我腿脚不好去不了"): not that something
     * tried failed, was refused or not found, or that another way is wanted. After the answer meant for that condition
     * (home visits) it restates that answer's case.
     */
    static boolean tellsOnlyOfTheirCondition(String asWritten, String normalized) {
        String both = asWritten + " " + normalized;
        return says(asWritten, normalized) && UNABLE.matcher(both).find() && !NOT_A_CONDITION.matcher(both).find()
                && !FAILED.matcher(both).find() && !notFound(both) && !OTHER.matcher(both).find();
    }

    /**
     * {@link #says} of a message as written or as the index reads it (after the synonyms): "都係唔得" becomes "都系不得",
     * which no word of failing matches, while "没有那个按钮" stays itself.
     */
    static boolean says(String asWritten, String normalized) {
        return says(asWritten) || says(normalized);
    }

    /** {@link #notFound} of a message as written or as the index reads it. */
    static boolean notFound(String asWritten, String normalized) {
        return notFound(asWritten) || notFound(normalized);
    }

    /**
     * Whether a sentence of an answer speaks of its way failing: "核验总是通不过的，可以找所在国的中国使领馆" says what to
     * do then. Unlike {@link #says}, asking words do not matter: an answer's sentence reports nothing.
     */
    static boolean failing(String sentence) {
        return FAILED.matcher(sentence).find();
    }

    /**
     * Whether {@code text} speaks of something not found: a message saying what the answer said to look for is not
     * there ("没有那个按钮", "找不到社保办理"), or a sentence of an answer saying what to do then ("搜不到，就搜…").
     */
    static boolean notFound(String text) {
        return MISSING.matcher(text).find();
    }

    private static Pattern words(List<String> words) {
        return Pattern.compile(words.stream().map(Pattern::quote).collect(Collectors.joining("|")));
    }
}
