package org.pensionbot.dialog;

import java.util.regex.Pattern;

/**
 * A message of a keyword or two — "材料", "代办", "人在外地", "除了支付宝" — typed the way people
 * type into a search box. On its own such a message is often too short for the sentence model to
 * place ("材料" comes to 0.26 of the materials entry, "代办" to 0.08 of helping a relative), so it
 * gets "I don't know"; said at a counter whose sign reads "养老认证", it would be understood as
 * "养老认证 材料". {@link DialogEngine} reads it that way when it came near nothing alone and every
 * one of its words is a word the corpus uses, so that "今天天气怎么样" or "asdfgh" are not pulled
 * into the subject.
 */
final class KeywordMessage {

    /** What the bot is about: a keyword message is searched as this subject followed by its words. */
    static final String SUBJECT = "养老认证";
    /** At most this many letters and digits: a keyword or two, not a sentence. */
    static final int MAX_CHARACTERS = 8;

    private static final Pattern NOT_A_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    private KeywordMessage() {
    }

    /** Whether {@code text} is short enough to be a keyword or two. */
    static boolean isShort(String text) {
        return NOT_A_LETTER_OR_DIGIT.matcher(text).replaceAll("").codePoints().count() <= MAX_CHARACTERS;
    }

    /**
     * The subject's own names after the synonyms ({@code synonyms.txt} makes 社保认证, 养老金资格认证, 年检 … one of
     * these): a message that has one speaks of the subject however little else it says ("那我先认证"). So does "养老的"
     * ("养老金的"), the pension's as against another allowance's: "那养老的多久弄一次" after the old-age allowance's redirect
     * (blind testers 40, 42 and 45 got that redirect again).
     */
    private static final Pattern NAMES_THE_SUBJECT = Pattern.compile("认证|年审|养老(金|保险)?的");

    /** The speaker's own, as against someone else's: "我自己的认证也快到了" after a husband's death. */
    private static final Pattern THE_SPEAKERS_OWN = Pattern.compile("我自己|我本人|我的(认证|年审|养老)");

    /** Whether a message, as the index reads it, speaks of the speaker's own certification or pension. */
    static boolean speaksOfTheirOwn(String normalized) {
        return THE_SPEAKERS_OWN.matcher(normalized).find();
    }

    /** Whether a message, as the index reads it ({@code FaqIndex.normalize}), names the bot's subject. */
    static boolean namesTheSubject(String normalized) {
        return NAMES_THE_SUBJECT.matcher(normalized).find();
    }

    /** A question's particles and question words: "社区能上门吗", "要带啥", "要回老家不", "周末能办不". */
    private static final Pattern ASKS = Pattern.compile("[吗嗎呢么麼咋怎哪啥几幾]|什么|什麼|多少|可以|能|会|會|要|不$|[？?]");

    /** Whether a short message asks something rather than naming a topic the way a search box is typed into ("材料"). */
    static boolean asks(String text) {
        return ASKS.matcher(text.strip()).find();
    }

    /** The message as it is searched: about the subject. */
    static String aboutTheSubject(String text) {
        return SUBJECT + " " + text;
    }
}
