package org.pensionbot.remind;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pensionbot.dialog.Choice;
import org.pensionbot.dialog.ChoiceId;
import org.pensionbot.search.TextNormalizer;

/**
 * Whom a typed answer to "这个提醒是给谁的？" names among the people just offered: "我自己", "自己", "给我妈",
 * "老伴儿", "我爸的" — typed as often as tapped by older people. Only the offered ones (oneself, mother,
 * father, spouse, and on the web and in the terminal "其他家人"); any other name is an ordinary message
 * (on Telegram a name is typed after "其他人", which asks for it).
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
            Map.entry("其他家人", ReminderChoices.WHOM_FAMILY));
    /** "给", "是给", "帮" before and "的", "吧" after the person change nothing. */
    private static final Pattern AROUND = Pattern.compile("^(?:是|给|帮|为)+|(?:的|吧|啊|呀|呢|哈)+$");
    private static final Pattern PUNCTUATION_AND_SPACES = Pattern.compile("[\\s\\p{P}\\p{S}]");

    private TypedWhom() {
    }

    /** Whether {@code offered} asks for whom. */
    static boolean offersAPerson(List<Choice> offered) {
        return offered.stream().anyMatch(choice -> code(choice).isPresent());
    }

    /** The offered person {@code text} names, if it names one. */
    static Optional<Choice> among(List<Choice> offered, String text) {
        String typed = PUNCTUATION_AND_SPACES.matcher(TextNormalizer.basicForm(text)).replaceAll("");   // "給我媽的" too
        String code = CODE_OF.get(AROUND.matcher(typed).replaceAll(""));
        if (code == null) {
            return Optional.empty();
        }
        return offered.stream().filter(choice -> code(choice).filter(code::equals).isPresent()).findFirst();
    }

    /** A "for whom" choice's code (its last argument); empty for other choices. */
    private static Optional<String> code(Choice choice) {
        return ChoiceId.parse(choice.id())
                .filter(id -> id.prefix().equals(ReminderChoices.PREFIX) && id.args().size() == 3
                        && id.args().get(0).equals(ReminderChoices.WHOM))
                .map(id -> id.args().get(2));
    }
}
