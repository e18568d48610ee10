package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pensionbot.corpus.RealCorpus;

/** Whatever a user types, search returns a result: user text is never query syntax. */
class HostileInputTest {

    private static FaqIndex index;

    @BeforeAll
    static void buildIndex() {
        index = RealCorpus.index();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AND", "OR", "NOT", "*", "?", "~", "[", "]", "{", "}", ":", "\\", "/", "\"",
            "支付宝 AND 认证", "认证 OR NOT 失败", "支付* 认?", "认证~2", "[认证 TO 失败]", "{a TO b}",
            "title:支付宝", "\\认证\\", "/认证.*/", "\"支付宝认证", "+支付宝 -认证 &&认证 || !失败 ^2 (认证"})
    void luceneSyntaxNeverThrows(String question) {
        assertThatCode(() -> index.search(question)).doesNotThrowAnyException();
    }

    /**
     * Text with a term for the index but not a single token for the model (a private-use character and replacement
     * characters: the clause of a jqwik sample that the dialog searched on its own) is searched like any other:
     * langchain4j refuses to embed it, and the search threw.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\udb80\udc00\ufffd\ufffd\ufffd", "\u0005\u008b\ufffd\u009c\u200c\u0089\u2062\u2063\u008c"})
    void textTheModelReadsNoTokenOfNeverThrows(String question) {
        assertThatCode(() -> index.search(question)).doesNotThrowAnyException();
    }

    @Test
    void luceneOperatorsAroundAQuestionStillFindIt() {
        assertThat(index.search("支付宝 AND 怎么 OR 认证*").best()).map(ScoredEntry::id).contains("alipay-self");
    }

    @Test
    void tenThousandCharactersNeverThrow() {
        String huge = "我妈今年八十了，支付宝怎么认证？".repeat(625);

        assertThatCode(() -> index.search(huge)).doesNotThrowAnyException();
    }

    @Test
    void tenThousandDistinctCharactersNeverThrow() {
        StringBuilder text = new StringBuilder();
        for (int cp = 0x4E00; text.length() < 10_000; cp++) {
            text.appendCodePoint(cp);
        }

        assertThatCode(() -> index.search(text.toString())).doesNotThrowAnyException();
    }

    @Test
    void sentencesOfDistinctCharactersUpToTheModelsWindowNeverThrow() {
        // Each sentence is searched on its own with as many terms as the query may hold.
        StringBuilder text = new StringBuilder();
        for (int cp = 0x4E00; text.length() < 1_000; cp++) {
            text.appendCodePoint(cp);
            if (text.length() == 495) {
                text.append('。');
            }
        }

        assertThatCode(() -> index.search(text.toString())).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"😀😀", "支付宝😀怎么认证👍", "👨‍👩‍👧", "\uD83D", "\uDE00认证"})
    void emojiAndBrokenSurrogatesNeverThrow(String question) {
        assertThatCode(() -> index.search(question)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "支付宝\u0000怎么认证", "\t\r\n", "\u200B\u200E\uFEFF认证", "\u001B[31m认证\u001B[0m", "\u0007\u0008"})
    void controlCharactersNeverThrow(String question) {
        assertThatCode(() -> index.search(question)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("emptyish")
    void emptyTextFindsNothing(String question) {
        assertThat(index.search(question).entries()).isEmpty();
    }

    static Stream<String> emptyish() {
        return Stream.of("", "   ", "？？？", "。。。！！！");
    }

    @Test
    void nullQuestionNeverThrows() {
        assertThatCode(() -> index.search(null)).doesNotThrowAnyException();
    }
}
