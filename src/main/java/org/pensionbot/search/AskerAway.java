package org.pensionbot.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A child who lives away asking for a parent at home: "我在国外工作 我爸在国内 他养老金认证咋办", "我住香港 我媽在廣州領…",
 * "我在广东打工 我爸在四川农村领…". The pension is the parent's, and so is where it is certified; where the asker lives only
 * says they cannot be there. Read as written, the asker's place pulls the question to the entries on pensioners living
 * abroad, in Hong Kong, Macau or Taiwan, or in another province: five such questions of three blind testers (2026-12-07)
 * got one of those answers or "not sure", none the answer on helping a parent. The asker's place is read as what it means
 * here — not by the parent's side, wanting to help.
 *
 * <p>Works on normalised text, after the synonyms: a relative has become 老人, a foreign country 国外. Only where the
 * parent is placed apart from the asker ("老人在国内", "老人在四川农村", not "老人跟我住" or "老人也在深圳"), and the asker
 * away ({@link PlaceNames}, abroad, Hong Kong, Macau, Taiwan, 外地).
 */
final class AskerAway {

    private static final String END = "(?=[\\s,，。;；!！?？]|$)";
    /** The asker placed away: "我在国外工作", "我人在台湾", "我住香港", "我在广东打工". */
    private static final Pattern ASKER = Pattern.compile("(?<![跟和同])我人?(?:现在|目前|一直)?(?:在|住在|住|定居在?|嫁到|嫁去|去了)"
            + "(?:国外|海外|外国|境外|香港|澳门|台湾|台北|外地|外省|" + PlaceNames.ALTERNATION + ")[^\\s,，。;；!！?？]{0,5}" + END);
    /** The parent placed somewhere of their own: "老人在国内", "老人一个人在家", not "老人在我这". */
    private static final Pattern PARENT_PLACED = Pattern.compile("老人(?:一个人)?(?:现在|目前|还)?(?:在|住在|住)(?!我|身边|跟前|一起|一块)");
    /**
     * The parent with the asker: then where the asker is, the parent is too ("老人在山西老家领养老金,现在跟我在苏州住" is a
     * pensioner living in another province, with the child).
     */
    private static final Pattern PARENT_WITH_THE_ASKER = Pattern.compile("老人(?:也|跟我|和我|同我|跟着我)|(?:跟|和|同)着?我(?:在|住|一起|一块)");

    /** What the asker's place means here. */
    static final String NOT_THERE = "我不在老人身边 想帮老人认证";

    private AskerAway() {
    }

    /** {@code normalizedQuestion} with an away asker's place read as not being by the parent's side; else the question itself. */
    static String reframe(String normalizedQuestion) {
        if (!PARENT_PLACED.matcher(normalizedQuestion).find() || PARENT_WITH_THE_ASKER.matcher(normalizedQuestion).find()) {
            return normalizedQuestion;
        }
        Matcher asker = ASKER.matcher(normalizedQuestion);
        return asker.find() ? asker.replaceFirst(NOT_THERE) : normalizedQuestion;
    }
}
