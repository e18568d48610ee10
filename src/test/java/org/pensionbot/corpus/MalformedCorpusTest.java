package org.pensionbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An admin's typical mistakes in a corpus file. Each test copies the small valid corpus in
 * {@code valid-corpus/} and breaks one thing; loading must then throw (a bot never serves a half
 * corpus) and name the file and line in {@code file:line: message} form, as {@code validate} prints it.
 */
class MalformedCorpusTest {

    @TempDir
    Path dir;

    private Path entries;

    @BeforeEach
    void copyValidCorpus() throws URISyntaxException {
        RealCorpus.copy(Path.of(getClass().getResource("valid-corpus").toURI()), dir);
        entries = dir.resolve("entries");
    }

    @Test
    void theUnbrokenFixtureLoads() throws CorpusException {
        assertThat(CorpusLoader.load(dir).entries()).extracting(FaqEntry::id)
                .containsExactly("alipay-self", "failure-help", "for-others");
    }

    @Test
    void missingOpeningFenceIsReportedOnLineOne() throws IOException {
        edit("entries/alipay-self.md", "---\nid: alipay-self", "id: alipay-self");

        assertThat(problems()).contains(entries.resolve("alipay-self.md")
                + ":1: the file must start with a '---' line that opens the YAML front matter");
    }

    @Test
    void missingClosingFenceIsReportedWhereTheFrontMatterOpens() throws IOException {
        edit("entries/alipay-self.md", "updated: 2026-11-27\n---\n", "updated: 2026-11-27\n");

        assertThat(problems()).contains(entries.resolve("alipay-self.md")
                + ":1: the front matter opened here is never closed with a '---' line");
    }

    @Test
    void invalidYamlIsReportedOnItsLine() throws IOException {
        // A plain ASCII colon inside a value is the classic YAML mistake.
        edit("entries/alipay-self.md", "title: 怎样在支付宝上", "title: 支付宝: 怎样在支付宝上");

        assertThat(problems()).anySatisfy(problem -> assertThat(problem)
                .startsWith(entries.resolve("alipay-self.md") + ":3: invalid YAML: "));
    }

    @Test
    void unclosedQuoteIsReportedWhereTheQuoteOpens() throws IOException {
        edit("entries/alipay-self.md", "title: 怎样在支付宝上给自己做养老保险资格认证？", "title: \"怎样在支付宝上给自己做养老保险资格认证？");

        assertThat(problems()).anySatisfy(problem -> assertThat(problem)
                .startsWith(entries.resolve("alipay-self.md") + ":3: invalid YAML: "));
    }

    @Test
    void idThatDiffersFromTheFileNameIsReportedOnTheIdLine() throws IOException {
        edit("entries/alipay-self.md", "id: alipay-self", "id: alipay");

        assertThat(problems()).contains(entries.resolve("alipay-self.md")
                + ":2: id 'alipay' must equal the file name 'alipay-self'");
    }

    @Test
    void copiedEntryWithTheSameIdIsReportedOnTheCopysIdLine() throws IOException {
        // The usual way to get a duplicate id: copy an entry to start a new one and forget the id.
        Files.copy(entries.resolve("alipay-self.md"), entries.resolve("alipay-self-copy.md"));

        assertThat(problems()).contains(entries.resolve("alipay-self-copy.md")
                + ":2: id 'alipay-self' must equal the file name 'alipay-self-copy'");
    }

    @Test
    void anEntryATopicOffersMustExist() throws IOException {
        edit("out-of-scope.yml", "- topic: pension-amount\n", "- topic: pension-amount\n  offer:\n    - for-others\n    - no-such-entry\n");

        assertThat(problems()).containsExactly(dir.resolve("out-of-scope.yml") + ":4: offer names 'no-such-entry', which is no entry's id");
    }

    @Test
    void unknownRelatedIdIsReportedOnTheRelatedLine() throws IOException {
        edit("entries/alipay-self.md", "related: [for-others, failure-help]", "related: [for-others, no-such-entry]");

        assertThat(problems()).contains(entries.resolve("alipay-self.md")
                + ":14: related id 'no-such-entry' does not exist");
    }

    @Test
    void unknownWayOnWhenItFailsIsReportedOnItsLine() throws IOException {
        edit("entries/alipay-self.md", "related: [for-others, failure-help]",
                "related: [for-others, failure-help]\nwhen-it-fails: [failure-help, no-such-entry]");

        assertThat(problems()).contains(entries.resolve("alipay-self.md")
                + ":15: when-it-fails id 'no-such-entry' does not exist");
    }

    /** A way on is listed by its one-line way; an admin hears of one that has none, and the corpus still loads. */
    @Test
    void aWayOnWithoutAWayLineIsAWarningOnTheLineThatNamesIt() throws IOException, CorpusException {
        edit("entries/alipay-self.md", "related: [for-others, failure-help]",
                "related: [for-others, failure-help]\nwhen-it-fails: [failure-help]");
        String warning = entries.resolve("alipay-self.md") + ":15: warning: entry 'failure-help' has no 'way' line";

        assertThat(CorpusLoader.load(dir).warnings()).map(CorpusProblem::toString).anyMatch(line -> line.startsWith(warning));

        edit("entries/failure-help.md", "id: failure-help", "id: failure-help\nway: 换个亮堂的地方再刷一次脸");
        Corpus mended = CorpusLoader.load(dir);
        assertThat(mended.warnings()).map(CorpusProblem::toString).noneMatch(line -> line.contains("'way'"));
        assertThat(mended.entry("failure-help").orElseThrow().asAWayOn()).isEqualTo("换个亮堂的地方再刷一次脸");
        assertThat(mended.entry("for-others").orElseThrow().asAWayOn()).as("without a way line, the title")
                .isEqualTo(mended.entry("for-others").orElseThrow().title());
    }

    /**
     * Someone quoting a screen message is shown the line that quotes it; an admin hears of a message no line quotes, and the
     * corpus still loads.
     */
    @Test
    void aScreenMessageNoLineQuotesIsAWarningOnItsLine() throws IOException, CorpusException {
        edit("entries/alipay-self.md", "related: [for-others, failure-help]",
                "related: [for-others, failure-help]\nscreen-says: [相似度过低]");
        String warning = entries.resolve("alipay-self.md") + ":15: warning: no line of this entry quotes the screen message '相似度过低'";

        Corpus loaded = CorpusLoader.load(dir);

        assertThat(loaded.warnings()).map(CorpusProblem::toString).anyMatch(line -> line.startsWith(warning));
        assertThat(loaded.entry("alipay-self").orElseThrow().screenSays()).containsExactly("相似度过低");
    }

    @Test
    void sourceThatIsNotAUrlIsReportedOnItsLine() throws IOException {
        edit("entries/alipay-self.md", "  - https://example.org/alipay", "  - www.example.org/alipay");

        assertThat(problems()).contains(entries.resolve("alipay-self.md")
                + ":16: source 'www.example.org/alipay' is not an http(s) URL");
    }

    @Test
    void impossibleUpdatedDateIsReportedOnItsLine() throws IOException {
        edit("entries/alipay-self.md", "updated: 2026-11-27", "updated: 2026-13-45");

        assertThat(problems()).contains(entries.resolve("alipay-self.md")
                + ":17: 'updated' must be a date such as 2026-11-27 (was '2026-13-45')");
    }

    @Test
    void tooFewQuestionsAreReportedAtTheQuestionsList() throws IOException {
        edit("entries/alipay-self.md", """
                  - 支付宝社保资格认证如何操作
                  - 在支付宝上怎么给自己做生存认证
                  - 支付宝刷脸认证养老金怎么搞
                  - 支付宝上养老保险年审怎么弄
                  - 支付宝里的养老资格认证入口在哪
                """, "");

        assertThat(problems()).contains(entries.resolve("alipay-self.md")
                + ":5: 'questions' needs at least 8 phrasings (has 3)");
    }

    @Test
    void misspeltFieldNameIsReportedOnItsLine() throws IOException {
        edit("entries/alipay-self.md", "questions:", "question:");

        assertThat(problems()).anySatisfy(problem -> assertThat(problem)
                .startsWith(entries.resolve("alipay-self.md") + ":4: unknown field 'question'"));
    }

    @Test
    void theSameVariantInTwoEntriesIsReportedAtTheSecondOccurrence() throws IOException {
        // Differs from alipay-self's variant only in punctuation: still the same phrasing.
        edit("entries/for-others.md", "  - 怎么帮老人做社保认证\n", "  - 怎么帮老人做社保认证\n  - 支付宝怎么做社保认证？\n");

        assertThat(problems()).contains(entries.resolve("for-others.md")
                + ":6: the question '支付宝怎么做社保认证？' is also in entry 'alipay-self': one phrasing, one entry");
    }

    @Test
    void synonymGroupWithOneTermIsReportedOnItsLine() throws IOException {
        edit("synonyms.txt", "认正 => 认证\n", "认正 => 认证\n刷脸\n");

        assertThat(problems()).contains(dir.resolve("synonyms.txt")
                + ":4: a synonym group needs at least two comma-separated terms");
    }

    @Test
    void synonymRuleWithTwoArrowsIsReportedOnItsLine() throws IOException {
        edit("synonyms.txt", "认正 => 认证", "认正 => 认证 => 认筝");

        assertThat(problems()).contains(dir.resolve("synonyms.txt") + ":3: a rule may contain '=>' only once");
    }

    @Test
    void stepsThatAreNotANumberedListAreReportedOnTheListLine() throws IOException {
        edit("entries/alipay-self.md", """
                1. 打开支付宝，在首页搜索“市民中心”。
                2. 进入后点“社保”，选好自己所在的城市。
                3. 找到“社保待遇资格认证”，按提示刷脸。""", """
                - 打开支付宝，在首页搜索“市民中心”。
                - 进入后点“社保”，选好自己所在的城市。
                - 找到“社保待遇资格认证”，按提示刷脸。""");

        assertThat(problems()).contains(entries.resolve("alipay-self.md")
                + ":22: '## 步骤' must hold a numbered list (1. 2. 3.)");
    }

    @Test
    void lineSavedInAnotherEncodingIsReportedOnThatLine() throws IOException {
        // An admin pastes one question from a GBK-encoded document into an otherwise UTF-8 file.
        Path file = entries.resolve("alipay-self.md");
        String text = Files.readString(file);
        int at = text.indexOf("  - 支付宝认证咋弄\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        bytes.write("  - 支付宝认证咋弄\n".getBytes(Charset.forName("GBK")));
        bytes.write(text.substring(at + "  - 支付宝认证咋弄\n".length()).getBytes(StandardCharsets.UTF_8));
        Files.write(file, bytes.toByteArray());

        assertThat(problems()).contains(file + ":7: not valid UTF-8 text: save the file as UTF-8");
    }

    @Test
    void aScamExampleWithoutItsLabelIsReportedOnItsLine() throws IOException {
        Path file = dir.resolve(CorpusLoader.SCAM_EXAMPLES_FILE);
        Files.writeString(file, "# examples\n我被骗了，卡里的钱没了\talarm\n认证要不要交钱\tordinary\n");

        assertThat(problems()).contains(file + ":3: expected 'message<TAB>alarm' or 'message<TAB>calm', optionally '<TAB>note'");
    }

    @Test
    void wellFormedScamExamplesAreLoadedWithTheirLabels() throws IOException, CorpusException {
        Files.writeString(dir.resolve(CorpusLoader.SCAM_EXAMPLES_FILE), "我被骗了，卡里的钱没了\talarm\tcheated\n认证要不要交钱\tcalm\n");

        assertThat(CorpusLoader.load(dir).scamExamples()).containsExactly(
                new ScamExample("我被骗了，卡里的钱没了", true), new ScamExample("认证要不要交钱", false));
    }

    /** Replaces text that must be present, so that a changed fixture cannot make a test pass vacuously. */
    private void edit(String relative, String old, String replacement) throws IOException {
        Path file = dir.resolve(relative);
        String text = Files.readString(file);
        assertThat(text).as("fixture %s", relative).contains(old);
        Files.writeString(file, text.replace(old, replacement));
    }

    /** Loads the broken copy, which must fail; returns every problem as validate prints it. */
    private List<String> problems() {
        CorpusException thrown = catchThrowableOfType(CorpusException.class, () -> CorpusLoader.load(dir));
        assertThat(thrown).as("loading a broken corpus must throw, never return a partial corpus").isNotNull();
        return thrown.problems().stream().map(CorpusProblem::toString).toList();
    }
}
