package org.pensionbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pensionbot.corpus.RealCorpus;

/**
 * {@code ask}: what scripts and people get back for questions on the real corpus. Every run
 * builds the index, so the class runs the command a few times up front and each test checks one
 * thing about what was printed.
 */
class AskCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CORPUS = RealCorpus.DIR.toString();

    /** Lines fed to {@code ask --json} on stdin, in order. */
    private static final List<String> STDIN_LINES = List.of(
            "支付宝怎么认证", "你好", "帮我妈认证", "养老金能领多少", "", "身份证11010519491231002X怎么认证");

    private static CommandLineRun oneQuestion;
    private static CommandLineRun stdinQuestions;
    private static CommandLineRun readable;

    @BeforeAll
    static void runAsk() {
        oneQuestion = CommandLineRun.of("ask", "--json", "--corpus", CORPUS, "支付宝怎么认证");
        readable = CommandLineRun.of("ask", "--corpus", CORPUS, "支付宝怎么认证");
        InputStream originalIn = System.in;
        try {
            System.setIn(new ByteArrayInputStream((String.join("\n", STDIN_LINES) + "\n").getBytes(StandardCharsets.UTF_8)));
            stdinQuestions = CommandLineRun.of("ask", "--json", "--corpus", CORPUS);
        } finally {
            System.setIn(originalIn);
        }
    }

    @Test
    void jsonQuestionPrintsExactlyOneLine() {
        assertThat(oneQuestion.outLines()).hasSize(1);
    }

    @Test
    void jsonObjectHasEveryRequiredField() {
        assertThat(fieldNames(json(oneQuestion.out()))).contains("question", "action", "id", "confidence", "candidates", "title");
    }

    @Test
    void jsonAnswerNamesTheEntry() {
        JsonNode json = json(oneQuestion.out());

        assertThat(List.of(json.get("action").asText(), json.get("id").asText())).containsExactly("answer", "alipay-self");
    }

    @Test
    void jsonTitleIsTheEntrysStandardQuestion() {
        assertThat(json(oneQuestion.out()).get("title").asText())
                .isEqualTo(RealCorpus.index().corpus().entry("alipay-self").orElseThrow().title());
    }

    @Test
    void jsonCandidatesCarryIdsAndConfidencesBestFirst() {
        List<Double> confidences = new ArrayList<>();
        json(oneQuestion.out()).get("candidates").forEach(candidate -> {
            assertThat(candidate.get("id").asText()).isNotBlank();
            confidences.add(candidate.get("confidence").asDouble());
        });

        assertThat(confidences).hasSizeGreaterThanOrEqualTo(2).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void jsonConfidenceIsBetweenZeroAndOne() {
        assertThat(json(oneQuestion.out()).get("confidence").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void jsonWithoutAQuestionAnswersEveryStdinLineInOrder() {
        assertThat(stdinQuestions.outLines()).extracting(line -> json(line).get("question").asText())
                .containsExactly("支付宝怎么认证", "你好", "帮我妈认证", "养老金能领多少", "", "身份证11**************2X怎么认证");
    }

    @Test
    void jsonLinesGiveEachLineItsOwnDecision() {
        assertThat(stdinQuestions.outLines().subList(0, 5)).extracting(line -> json(line).get("action").asText())
                .containsExactly("answer", "smalltalk", "answer", "fallback", "fallback");
    }

    @Test
    void jsonSmallTalkHasANullId() {
        assertThat(json(stdinQuestions.outLines().get(1)).get("id").isNull()).isTrue();
    }

    @Test
    void jsonFallbackHasANullId() {
        assertThat(json(stdinQuestions.outLines().get(3)).get("id").isNull()).isTrue();
    }

    @Test
    void jsonNeverHoldsAPersonalNumber() {
        assertThat(stdinQuestions.out()).doesNotContain("11010519491231002X").doesNotContain("19491231");
    }

    @Test
    void jsonRunsExitZero() {
        assertThat(List.of(oneQuestion.exitCode(), stdinQuestions.exitCode())).containsOnly(0);
    }

    @Test
    void plainAskPrintsTheWholeReadableAnswerWithStepsAndTips() {
        assertThat(readable.out()).contains("【怎样在支付宝上").contains("\n1. ").contains("小提示：\n· ").doesNotContain("输入 0");
    }

    @Test
    void plainAskWithoutAQuestionIsAUsageError() {
        assertThat(CommandLineRun.of("ask", "--corpus", CORPUS).exitCode()).isEqualTo(2);
    }

    @Test
    void missingCorpusMakesAskExitOne() {
        assertThat(CommandLineRun.of("ask", "--corpus", "/no/such/corpus", "支付宝怎么认证").exitCode()).isEqualTo(1);
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + line, e);
        }
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
