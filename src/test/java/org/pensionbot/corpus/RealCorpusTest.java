package org.pensionbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The corpus the bot ships with loads completely and holds every topic users need. */
class RealCorpusTest {

    /** The topics the issue requires, by id. */
    static final List<String> REQUIRED_IDS = List.of(
            "what-is-certification", "how-to-certify", "alipay-self", "for-others", "annual-review",
            "real-name-verification", "failure-help", "offline-certification", "materials-needed",
            "missed-deadline", "other-channels", "check-result", "fraud-safety", "find-local-service",
            "abroad-certification", "elsewhere-certification");

    private static final Pattern NUMBERED_ITEM = Pattern.compile("(?m)^\\d+\\. ");

    private static Corpus corpus;

    @BeforeAll
    static void load() {
        corpus = RealCorpus.load();
    }

    static Stream<String> entryIds() {
        return RealCorpus.load().entries().stream().map(FaqEntry::id);
    }

    @Test
    void holdsAtLeastNineteenEntries() {
        assertThat(corpus.size()).isGreaterThanOrEqualTo(19);
    }

    @Test
    void holdsEveryRequiredTopic() {
        assertThat(corpus.entries()).extracting(FaqEntry::id).containsAll(REQUIRED_IDS);
    }

    @ParameterizedTest
    @MethodSource("entryIds")
    void everyEntryHasAtLeastEightQuestions(String id) {
        assertThat(corpus.entry(id).orElseThrow().questions()).hasSizeGreaterThanOrEqualTo(8);
    }

    @ParameterizedTest
    @MethodSource("entryIds")
    void stepsSectionIsParsedIntoEveryNumberedStep(String id) throws IOException {
        FaqEntry entry = corpus.entry(id).orElseThrow();
        String body = bodyOf(entry);
        int sectionStart = body.indexOf("\n## 步骤");
        long expectedSteps = sectionStart < 0 ? 0
                : NUMBERED_ITEM.matcher(section(body, sectionStart)).results().count();

        assertThat(entry.steps()).hasSize((int) expectedSteps);
    }

    /** Every way on that an answer offers when its way fails says that way in one short line (what the list shows). */
    @Test
    void everyWayOnSaysItsWayInOneShortLine() {
        List<FaqEntry> waysOn = corpus.entries().stream().flatMap(entry -> entry.whenItFails().stream()).distinct()
                .map(id -> corpus.entry(id).orElseThrow()).toList();

        assertThat(waysOn).isNotEmpty().allSatisfy(way -> assertThat(way.way()).as(way.id())
                .isNotBlank().doesNotContain("\n").hasSizeLessThanOrEqualTo(40));
    }

    @ParameterizedTest
    @MethodSource("entryIds")
    void everyEntryHasTips(String id) {
        assertThat(corpus.entry(id).orElseThrow().tips()).isNotEmpty().allSatisfy(tip -> assertThat(tip).isNotBlank());
    }

    @ParameterizedTest
    @MethodSource("entryIds")
    void stepsAndTipsAreTextWithoutListMarkers(String id) {
        FaqEntry entry = corpus.entry(id).orElseThrow();
        assertThat(Stream.concat(entry.steps().stream(), entry.tips().stream()))
                .noneMatch(item -> item.matches("^(\\d+\\.|[-*+]) .*"));
    }

    @ParameterizedTest
    @MethodSource("entryIds")
    void everyEntryStartsWithAShortAnswer(String id) {
        assertThat(corpus.entry(id).orElseThrow().summary()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("entryIds")
    void everyRelatedIdNamesAnotherEntry(String id) {
        assertThat(corpus.entry(id).orElseThrow().related())
                .allSatisfy(related -> assertThat(corpus.entry(related)).isPresent())
                .doesNotContain(id);
    }

    private static String bodyOf(FaqEntry entry) throws IOException {
        String text = Files.readString(entry.file());
        int frontMatterEnd = text.indexOf("\n---", 3);
        return text.substring(frontMatterEnd + 4);
    }

    /** The text from a section heading to the next one. */
    private static String section(String body, int start) {
        int next = body.indexOf("\n## ", start + 1);
        return next < 0 ? body.substring(start) : body.substring(start, next);
    }
}
