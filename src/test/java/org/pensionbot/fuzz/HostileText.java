package org.pensionbot.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik generators for the text users, bots and attackers send a chat bot: arbitrary Unicode
 * (lone surrogates included), very long text, Lucene query syntax, HTML, control and format
 * characters, emoji sequences (ZWJ, skin tones, flags, keycaps, tags) and mixed scripts — each
 * on its own and woven around real questions, so that the search and answer paths run too, not
 * only the "nothing readable" shortcut.
 *
 * <p>Shared by the dialog-engine and Telegram-renderer fuzz tests. Stateless.
 */
public final class HostileText {

    /** Real questions of several kinds (answer, clarify, out of scope, small talk, Traditional). */
    public static final List<String> QUESTIONS = List.of(
            "支付宝怎么认证", "帮我妈妈做社保认证", "认证失败怎么办", "忘了认证养老金停发了", "在国外怎么认证",
            "养老金能领多少", "你好", "谢谢", "支付寶怎麼認證", "社保卡丢了", "zfb认正", "how to do pension certification");

    private static final List<String> LUCENE = List.of(
            "AND", "OR", "NOT", "&&", "||", "!", "+", "-", "*", "?", "~", "~2", "~0.8", "^", "^10", "[", "]", "{", "}",
            "(", ")", ":", "\\", "/", "\"", "TO", "*:*", "title:", "words:认证", "/.*/", "/[a-z]+/", "\\\\", "\"\"",
            "[* TO *]", "{a TO z}", "认证~", "支付宝^100", ")))))", "(((((", "?*?*", "_query_:", "+-+-");

    private static final List<String> HTML = List.of(
            "<b>", "</b>", "<i>", "</i>", "<script>alert(1)</script>", "<a href=\"https://example.org\">", "</a>",
            "<a href=\"javascript:alert(1)\">", "<tg-spoiler>", "<pre><code class=\"language-java\">", "&amp;", "&lt;",
            "&gt;", "&quot;", "&#0;", "&#x1F600;", "&", "<", ">", "<>", "<!-- x -->", "<![CDATA[ x ]]>",
            "<img src=x onerror=alert(1)>", "</", "<b", "&nbsp;", "&#;", "<<b>>", "<br/>", "<p>", "</div>");

    private static final List<String> EMOJI = List.of(
            "😀", "👍🏽", "👨‍👩‍👧‍👦", "🧑🏻‍🤝‍🧑🏿", "🏳️‍🌈", "🏴‍☠️", "❤️‍🔥", "🇨🇳", "🇺🇸🇨🇳", "1️⃣", "#️⃣",
            "🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F", "👁️‍🗨️", "\u200D", "\uFE0F",
            "🙏", "🧓", "👵🏻", "\uD83C\uDDE8", "😀\u200D", "\u200D\u200D\u200D", "👩🏼‍🦳", "🫶🏾", "☺︎", "©️");

    private static final List<String> SCRIPTS = List.of(
            "支付寶", "認證", "Alipay", "пенсия", "التقاعد", "पेंशन", "年金の認証", "연금 인증", "ｚｆｂ", "ＡＢＣ１２３",
            "ſ", "ΣΊΣΥΦΟΣ", "İstanbul", "ß", "ﬁ", "𝔸𝕝𝕚𝕡𝕒𝕪", "Ꙭ", "e\u0301\u0301\u0301\u0301",
            "Z\u0351\u036B\u0343\u036A\u0302\u036B\u033D\u034F\u0334\u0319", "\u202E证认\u202C", "𠀀𠀁𪚥", "〇一二三",
            "ㄅㄆㄇ", "ꦲꦏ꧀ꦱꦫ", "ᚠᚢᚦ", "🄰🄱", "①②③", "Ⅻ", "\u3000", "　认证　");

    private static final String CONTROL_AND_FORMAT = controlAndFormatChars();

    private HostileText() {
    }

    /** Any of the kinds below, alone or several glued together, often around a real question. */
    public static Arbitrary<String> any() {
        Arbitrary<String> piece = Arbitraries.oneOf(unicode(), luceneSyntax(), html(), controlCharacters(), emoji(),
                mixedScripts(), Arbitraries.of(QUESTIONS));
        return piece.list().ofMinSize(1).ofMaxSize(5).map(pieces -> String.join("", pieces));
    }

    /** Arbitrary UTF-16: any char, unpaired surrogates included, or any code point. */
    public static Arbitrary<String> unicode() {
        Arbitrary<String> chars = Arbitraries.strings().all().ofMaxLength(80);
        Arbitrary<String> codePoints = Arbitraries.integers().between(0, Character.MAX_CODE_POINT).list().ofMaxSize(40)
                .map(cps -> cps.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
        return Arbitraries.oneOf(chars, codePoints);
    }

    /** Query-parser syntax, alone and between Chinese words. */
    public static Arbitrary<String> luceneSyntax() {
        return Arbitraries.oneOf(Arbitraries.of(LUCENE), Arbitraries.of(QUESTIONS)).list().ofMinSize(1).ofMaxSize(12)
                .map(tokens -> String.join(" ", tokens));
    }

    /** Tags (allowed by Telegram or not), entities and broken markup. */
    public static Arbitrary<String> html() {
        return Arbitraries.oneOf(Arbitraries.of(HTML), Arbitraries.of(QUESTIONS)).list().ofMinSize(1).ofMaxSize(12)
                .map(tokens -> String.join("", tokens));
    }

    /** C0 and C1 controls, NUL, bidi overrides, zero-width and other format characters, BOM, U+FFFF. */
    public static Arbitrary<String> controlCharacters() {
        Arbitrary<String> only = Arbitraries.strings().withChars(CONTROL_AND_FORMAT).ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> mixed = Arbitraries.oneOf(only, Arbitraries.of(QUESTIONS)).list().ofMinSize(1).ofMaxSize(6)
                .map(parts -> String.join("", parts));
        return Arbitraries.oneOf(only, mixed);
    }

    /** Emoji and their joiners, modifiers, selectors, flags, keycaps and tag sequences. */
    public static Arbitrary<String> emoji() {
        return Arbitraries.oneOf(Arbitraries.of(EMOJI), Arbitraries.of(QUESTIONS)).list().ofMinSize(1).ofMaxSize(10)
                .map(parts -> String.join("", parts));
    }

    /** Traditional and Simplified Chinese, full-width forms, other scripts, combining marks. */
    public static Arbitrary<String> mixedScripts() {
        return Arbitraries.oneOf(Arbitraries.of(SCRIPTS), Arbitraries.of(QUESTIONS)).list().ofMinSize(1).ofMaxSize(10)
                .map(parts -> String.join(" ", parts));
    }

    /** 2,000 to 20,000 characters: random Han text, one question repeated, or one character (digits too) repeated. */
    public static Arbitrary<String> veryLong() {
        Arbitrary<String> han = Arbitraries.strings().withCharRange('\u4E00', '\u9FA5').withChars("，。？！ \n")
                .ofMinLength(2_000).ofMaxLength(20_000);
        Arbitrary<String> repeated = Arbitraries.of(QUESTIONS)
                .flatMap(q -> Arbitraries.integers().between(2_000 / q.length() + 1, 20_000 / q.length()).map(q::repeat));
        Arbitrary<String> oneChar = Arbitraries.of("认", "a", " ", "？", "😀", "<", "\u200D", "1", "一", "8 ")
                .flatMap(c -> Arbitraries.integers().between(2_000, 10_000).map(c::repeat));
        return Arbitraries.oneOf(han, repeated, oneChar);
    }

    /** The same text without any digit of any script, for contexts around a personal number. */
    public static String withoutDigits(String text) {
        return text.codePoints().filter(cp -> !Character.isDigit(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String controlAndFormatChars() {
        StringBuilder chars = new StringBuilder();
        for (char c = 0; c <= 0x1F; c++) {
            chars.append(c);
        }
        for (char c = 0x7F; c <= 0x9F; c++) {
            chars.append(c);
        }
        chars.append("\u00AD\u061C\u180E\u200B\u200C\u200D\u200E\u200F\u2028\u2029\u202A\u202B\u202C\u202D\u202E")
                .append("\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\uFEFF\uFFF9\uFFFA\uFFFB\uFFFD\uFFFE\uFFFF");
        return chars.toString();
    }
}
