package org.pensionbot.dialog;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a message says that what the person tried did not work: "还是不行", "换了地方还是刷不过", "都係唔得",
 * "点了没反应", "都装不上". After an
 * answer, such a message does not ask about that answer again — its way is what failed — but for another way.
 *
 * <p>A closed class of the language, like {@link AskingWords}: the words for failing, not the subject's. A question
 * whether something works ("用我手机行不行", "微信不行吗") asks, it does not report: it is not one.
 */
final class NotWorking {

    private static final List<String> FAILING = List.of("不行", "不管用", "没用", "失败", "刷不过", "过不了", "过不去", "通不过",
            "不通过", "没通过", "都不过", "也不过", "还是不过", "老不过", "总不过", "没成功", "不成功", "没反应", "打不开", "登不上", "登录不上", "装不上", "进不去", "唔得");

    private static final Pattern SAYS_SO = Pattern.compile(FAILING.stream().map(Pattern::quote).collect(Collectors.joining("|")));
    /** "行不行", "不行吗", "不行不", "不行呢": asking whether it works. */
    private static final Pattern ASKS_WHETHER = Pattern.compile("行不行|不行[吗不嘛呢么]|可不可以|能不能");

    private NotWorking() {
    }

    /** Whether {@code text}, as written or as the index reads it (after the synonyms), says that something tried did not work. */
    static boolean says(String text) {
        return SAYS_SO.matcher(text).find() && !ASKS_WHETHER.matcher(text).find();
    }
}
