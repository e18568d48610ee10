package org.pensionbot.dialog;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pensionbot.search.TextNormalizer;

/**
 * Reads the small numbers people type to pick an option or name a step, in every way they write
 * them: {@code 1}, {@code １}, {@code 一}, {@code 两}, {@code 第一个}, {@code 1。}, {@code 选2},
 * {@code 第3条}; and step references such as {@code 第三步是什么意思} or {@code 步骤2}.
 */
public final class NumberWords {

    private static final String NUMERALS = "一二三四五六七八九十";
    private static final String NUMBER = "(\\d{1,2}|[一二两三四五六七八九十])";
    /** A message that is only a choice: optional 选/第, the number, optional 个/条/项/号, fillers. */
    private static final Pattern CHOICE = Pattern.compile("^(?:我)?(?:选|要)?(?:第)?" + NUMBER + "(?:个|条|项|号|种)?(?:吧|啊|呀|的)?$");
    /** "第三步", "第3步", "步骤三" anywhere in a short message. */
    private static final Pattern STEP = Pattern.compile("第" + NUMBER + "步|步骤" + NUMBER);
    private static final Pattern FILLER = Pattern.compile("[\\p{P}\\p{S}\\s]+");
    /** A whole message asking to go on, as people walk through steps: "然后呢", "下一步", "接下来咋弄", "还有呢". */
    /** The words of going on through steps, wherever they stand. */
    private static final String GO_ON = "然后|接下来|接着|下一步|再然后|往下|再往下|下面";
    /** What may follow the words of going on: "然后呢", "接下来咋弄", "下面点哪个" (which button on the next screen). */
    private static final String ASKING_TAIL = "(?:呢|咋弄|咋办|咋整|怎么弄|怎么做|怎么办|干啥|做啥|是啥|是什么|呀|啊|吧"
            + "|点哪个|点哪里|点哪儿|点啥|点什么|按哪个|选哪个|咋点|怎么点)*";
    private static final Pattern NEXT = Pattern.compile(
            "^(?:那|好|好的|嗯|行|哦)?(?:" + GO_ON + "|之后|后面|继续|还有)" + ASKING_TAIL + "$");
    /**
     * Asking to go on at the end of a message that first tells what was done: "市民中心找到了 下一步呢", "点了社保 然后呢".
     * Not "之后" or "后面", which end questions of their own ("认证之后呢").
     */
    private static final Pattern NEXT_AT_THE_END = Pattern.compile("(?:" + GO_ON + ")" + ASKING_TAIL + "[\\p{P}\\s]*$");
    /** Fewer characters before "然后呢" say nothing done ("那然后呢", "好 下一步"). */
    private static final int MIN_DONE_CHARS = 3;
    /** A whole message asking to go back one step: "上一步", "前一步呢". */
    private static final Pattern PREVIOUS = Pattern.compile("^(?:那|回到)?(?:上一步|前一步)(?:呢|是啥|是什么)?$");

    private NumberWords() {
    }

    /** The number a message picks, when the whole message is a choice. */
    public static OptionalInt choice(String text) {
        Matcher matcher = CHOICE.matcher(typed(text));
        return matcher.matches() ? OptionalInt.of(value(matcher.group(1))) : OptionalInt.empty();
    }

    /** The step a message asks about ("第三步是什么意思"), if it names one. */
    static OptionalInt step(String text) {
        Matcher matcher = STEP.matcher(TextNormalizer.basicForm(text));
        if (!matcher.find()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(value(matcher.group(1) != null ? matcher.group(1) : matcher.group(2)));
    }

    /**
     * The step a message asks for while the person walks through a procedure, counting from the step just
     * shown: the next one for "然后呢", the one before for "上一步"; empty for any other message.
     */
    static OptionalInt stepAfter(int shown, String text) {
        if (asksToGoOn(text)) {
            return OptionalInt.of(shown + 1);
        }
        return PREVIOUS.matcher(typed(text)).matches() ? OptionalInt.of(shown - 1) : OptionalInt.empty();
    }

    /** Whether the whole message asks to go on ("下一步咋办", "然后呢", "接下来呢"), whatever was shown before it. */
    static boolean asksToGoOn(String text) {
        return NEXT.matcher(typed(text)).matches();
    }

    /** The message as typed, folded to its basic form, without punctuation, symbols or spaces. */
    private static String typed(String text) {
        return FILLER.matcher(TextNormalizer.basicForm(text)).replaceAll("");
    }

    /**
     * What a message says was done before it asks to go on ("市民中心找到了 下一步呢" → "市民中心找到了"); empty for a message
     * that does not end asking to go on, or says nothing before it.
     */
    static Optional<String> doneBeforeNext(String text) {
        String typed = TextNormalizer.basicForm(text).strip();
        Matcher next = NEXT_AT_THE_END.matcher(typed);
        if (!next.find()) {
            return Optional.empty();
        }
        String done = FILLER.matcher(typed.substring(0, next.start())).replaceAll("");
        return done.codePointCount(0, done.length()) >= MIN_DONE_CHARS ? Optional.of(done) : Optional.empty();
    }

    private static int value(String number) {
        if (Character.isDigit(number.charAt(0))) {
            return Integer.parseInt(number);
        }
        return number.equals("两") ? 2 : NUMERALS.indexOf(number) + 1;
    }
}
