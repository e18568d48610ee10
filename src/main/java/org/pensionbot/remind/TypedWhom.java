package org.pensionbot.remind;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.pensionbot.dialog.Choice;
import org.pensionbot.dialog.ChoiceId;
import org.pensionbot.search.TextNormalizer;

/**
 * Whom a typed answer to "这个提醒是给谁的？" names: "我自己", "自己", "给我妈", "老伴儿", "我爸的" — typed as often
 * as tapped by older people — or another relative or an older person looked after ("我姐姐", "给我外婆的",
 * "王阿姨"): on Telegram that is "其他人" with the name ({@link #someoneElse}), on the web and in the terminal
 * (which keep no typed names) "其他家人". Relatives are read from a closed list of kinship words, as a person
 * says them, so a question typed there ("给谁都行", "支付宝怎么认证") or any other name stays an ordinary message.
 */
final class TypedWhom {

    /** How people say each offered person, by the choice's code ({@link ReminderChoices#PRESETS}). */
    private static final Map<String, String> CODE_OF = Map.ofEntries(
            Map.entry("我自己", ReminderChoices.WHOM_SELF), Map.entry("自己", ReminderChoices.WHOM_SELF),
            Map.entry("我", ReminderChoices.WHOM_SELF), Map.entry("本人", ReminderChoices.WHOM_SELF),
            Map.entry("妈妈", "m"), Map.entry("我妈", "m"), Map.entry("老妈", "m"), Map.entry("母亲", "m"), Map.entry("我母亲", "m"),
            Map.entry("爸爸", "f"), Map.entry("我爸", "f"), Map.entry("老爸", "f"), Map.entry("父亲", "f"), Map.entry("我父亲", "f"),
            Map.entry("老伴", "p"), Map.entry("老伴儿", "p"), Map.entry("我老伴", "p"), Map.entry("爱人", "p"), Map.entry("我爱人", "p"),
            Map.entry("老婆", "p"), Map.entry("我老婆", "p"), Map.entry("老公", "p"), Map.entry("我老公", "p"),
            Map.entry("娘", "m"), Map.entry("我娘", "m"), Map.entry("俺娘", "m"), Map.entry("老娘", "m"),
            Map.entry("爹", "f"), Map.entry("我爹", "f"), Map.entry("俺爹", "f"), Map.entry("老爹", "f"),
            Map.entry("俺", ReminderChoices.WHOM_SELF), Map.entry("俺自己", ReminderChoices.WHOM_SELF),
            Map.entry("俺老伴", "p"), Map.entry("老头子", "p"), Map.entry("老太婆", "p"),
            Map.entry("其他家人", ReminderChoices.WHOM_FAMILY));
    /**
     * Relatives and older people one looks after, as they are called — the name a reminder then carries
     * ("给「外婆」的提醒"). Mother, father and spouse are the presets above.
     */
    private static final Set<String> RELATIVES = Set.of(
            "爷爷", "奶奶", "外公", "外婆", "姥爷", "姥姥", "公公", "婆婆", "岳父", "岳母", "丈母娘", "老丈人",
            "姐姐", "哥哥", "弟弟", "妹妹", "姐", "哥", "嫂子", "姐夫", "儿子", "女儿", "儿媳", "女婿", "孙子", "孙女",
            "姑姑", "姑妈", "舅舅", "舅妈", "姨妈", "大姨", "小姨", "叔叔", "婶婶", "伯伯", "大伯", "伯母", "大爷", "大妈",
            "大娘", "阿姨", "亲家", "邻居");
    /** How older people one is not related to are called: a surname and a word of respect ("王阿姨", "张大爷"). */
    private static final Pattern SURNAME_AND_RESPECT = Pattern.compile("\\p{IsHan}(?:阿姨|叔叔|大爷|大妈|大娘|奶奶|爷爷|伯伯|婶婶)");
    /** "我", "俺", "我家" before a relative: "我姐姐" is 姐姐. */
    private static final Pattern MY = Pattern.compile("^(?:我们家|我家|俺家|我|俺)");
    /**
     * "给", "是给", "帮", "这是给" before and "的", "吧", "设的提醒" after the person change nothing: "这是帮我妈设的提醒"
     * is 我妈.
     */
    private static final Pattern AROUND = Pattern.compile(
            "^(?:这个?(?:提醒)?)?(?:是|给|帮|为)+|(?:设|定|订|弄|做)?(?:的)?(?:提醒)?(?:的|吧|啊|呀|呢|哈)*$");
    /**
     * "不是我" first: the person is who follows ("不是我，是帮我妈设的提醒" is 我妈); what follows must not be the
     * asker again.
     */
    private static final Pattern NOT_ME = Pattern.compile("^不是(?:给|帮)?(?:我自己|自己|我|俺)(?:的)?(?:提醒)?");
    private static final Pattern PUNCTUATION_AND_SPACES = Pattern.compile("[\\s\\p{P}\\p{S}]");

    private TypedWhom() {
    }

    /** Whether {@code offered} asks for whom. */
    static boolean offersAPerson(List<Choice> offered) {
        return offered.stream().anyMatch(choice -> code(choice).isPresent());
    }

    /**
     * The offered person {@code text} names, if it names one; another relative picks "其他家人" where that is
     * offered (the web, the terminal).
     */
    static Optional<Choice> among(List<Choice> offered, String text) {
        String typed = typed(text);
        String person = person(typed);
        String code = CODE_OF.containsKey(person) ? CODE_OF.get(person)
                : relative(person).isPresent() ? ReminderChoices.WHOM_FAMILY : null;
        if (code == null || code.equals(ReminderChoices.WHOM_SELF) && NOT_ME.matcher(typed).find()) {
            return Optional.empty();   // nobody, or "不是我，是我自己" — no one to pick
        }
        return offered.stream().filter(choice -> code(choice).filter(code::equals).isPresent()).findFirst();
    }

    /**
     * Someone typed where names are typed.
     *
     * @param monthArg the month the question was asked for, as the choices carry it
     */
    record SomeoneElse(String monthArg, Recipient recipient) {
    }

    /**
     * A relative {@code text} names where "其他人" is offered, so names are typed (Telegram): the reminder is
     * for them, as if "其他人" had been tapped and the name typed. Empty for the offered presets and anything else.
     */
    static Optional<SomeoneElse> someoneElse(List<Choice> offered, String text) {
        String person = person(typed(text));
        if (CODE_OF.containsKey(person)) {
            return Optional.empty();
        }
        Optional<Choice> other = offered.stream()
                .filter(choice -> code(choice).filter(ReminderChoices.WHOM_OTHER::equals).isPresent()).findFirst();
        return other.flatMap(choice -> relative(person).flatMap(Recipient::named)
                .map(recipient -> new SomeoneElse(ChoiceId.parse(choice.id()).orElseThrow().args().get(1), recipient)));
    }

    /** The {@link #typed} text without a "不是我" first or the "给…的" around the person. */
    private static String person(String typed) {
        return AROUND.matcher(NOT_ME.matcher(typed).replaceFirst("")).replaceAll("");
    }

    /** The text as typed, script folded ("給我媽的" too), without punctuation or spaces. */
    private static String typed(String text) {
        return PUNCTUATION_AND_SPACES.matcher(TextNormalizer.basicForm(text)).replaceAll("");
    }

    /** The relative's name {@code person} is ("我姐姐" → 姐姐, "王阿姨"), if it is one. */
    private static Optional<String> relative(String person) {
        String name = MY.matcher(person).replaceFirst("");
        return RELATIVES.contains(name) || SURNAME_AND_RESPECT.matcher(name).matches() ? Optional.of(name) : Optional.empty();
    }

    /** A "for whom" choice's code (its last argument); empty for other choices. */
    private static Optional<String> code(Choice choice) {
        return ChoiceId.parse(choice.id())
                .filter(id -> id.prefix().equals(ReminderChoices.PREFIX) && id.args().size() == 3
                        && id.args().get(0).equals(ReminderChoices.WHOM))
                .map(id -> id.args().get(2));
    }
}
