package org.pensionbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The YAML and synonym-list mistakes admins make, each explained in plain words at its line, and
 * never in the parser's own terms. Works on a copy of the small valid corpus; line numbers are
 * those of {@code valid-corpus/entries/alipay-self.md} and {@code synonyms.txt}.
 */
class YamlMistakesTest {

    /** Words of the YAML grammar that mean nothing to an admin. */
    private static final List<String> PARSER_WORDS = List.of("scalar", "token", "block end", "mapping values", "simple key", "stream");

    @TempDir
    Path dir;

    private Path alipay;

    @BeforeEach
    void copyValidCorpus() throws URISyntaxException {
        RealCorpus.copy(Path.of(getClass().getResource("valid-corpus").toURI()), dir);
        alipay = dir.resolve("entries").resolve("alipay-self.md");
    }

    @Test
    void aTabIsReportedOnItsLine() throws IOException {
        edit(alipay, "\nkeywords:", "\n\tkeywords:");

        assertThat(onlyProblem()).startsWith(alipay + ":13: invalid YAML: a tab at the start of the line")
                .contains("replace the tab with spaces");
    }

    @Test
    void aMissingSpaceAfterTheDashOfAnItemIsReportedThoughYamlWouldAcceptIt() throws IOException {
        // YAML itself reads "-手机支付宝…" as more text of the item above: the phrasing would vanish silently.
        edit(alipay, "  - 手机支付宝上咋弄养老认证", "  -手机支付宝上咋弄养老认证");

        assertThat(onlyProblem()).isEqualTo(alipay + ":6: invalid YAML: a space is missing after '-': write '  - 手机支付宝上咋弄养老认证'");
    }

    @Test
    void aMissingSpaceAfterTheDashOfTheFirstItemIsReported() throws IOException {
        edit(alipay, "  - 支付宝怎么做社保认证", "  -支付宝怎么做社保认证");

        assertThat(onlyProblem()).startsWith(alipay + ":5: invalid YAML: a space is missing after '-'");
    }

    /** The fix suggested lines the item up with its neighbours, so that following it leaves nothing else to fix. */
    @ParameterizedTest
    @ValueSource(strings = {" -手机支付宝上咋弄养老认证", "-手机支付宝上咋弄养老认证", "    -手机支付宝上咋弄养老认证"})
    void theSuggestedFixHasTheIndentOfTheItemsAround(String typed) throws IOException {
        edit(alipay, "  - 手机支付宝上咋弄养老认证", typed);

        assertThat(onlyProblem()).isEqualTo(alipay + ":6: invalid YAML: a space is missing after '-': write '  - 手机支付宝上咋弄养老认证'");
    }

    @Test
    void theFirstItemsFixHasTheIndentOfTheItemsAfterIt() throws IOException {
        edit(alipay, "  - 支付宝怎么做社保认证", " -支付宝怎么做社保认证");

        assertThat(onlyProblem()).isEqualTo(alipay + ":5: invalid YAML: a space is missing after '-': write '  - 支付宝怎么做社保认证'");
    }

    @Test
    void aChineseKeyboardsColonAfterAFieldIsNamed() throws IOException {
        edit(alipay, "title: 怎样", "title：怎样");

        assertThat(onlyProblem()).isEqualTo(alipay + ":3: invalid YAML: 'title' is followed by a full-width '：' (a Chinese keyboard's): "
                + "write 'title: 怎样在支付宝上给自己做养老保险资格认证？' with an ASCII ':' and a space");
    }

    @ParameterizedTest
    @ValueSource(strings = {"  －手机支付宝上咋弄养老认证", "  — 手机支付宝上咋弄养老认证", " －手机支付宝上咋弄养老认证"})
    void aChineseKeyboardsDashBeforeAnItemIsNamed(String typed) throws IOException {
        edit(alipay, "  - 手机支付宝上咋弄养老认证", typed);

        assertThat(onlyProblem()).isEqualTo(alipay + ":6: invalid YAML: an item must start with an ASCII '-' and a space, "
                + "not a full-width dash: write '  - 手机支付宝上咋弄养老认证'");
    }

    @Test
    void aFullWidthColonInsideAPhrasingIsNoMistake() throws Exception {
        edit(alipay, "  - 手机支付宝上咋弄养老认证", "  - App：手机支付宝上咋弄养老认证");

        assertThat(CorpusLoader.load(dir).entry("alipay-self").orElseThrow().questions()).contains("App：手机支付宝上咋弄养老认证");
    }

    @Test
    void aMissingSpaceAfterTheColonOfAFieldIsReported() throws IOException {
        edit(alipay, "title: 怎样", "title:怎样");

        assertThat(onlyProblem()).startsWith(alipay + ":3: invalid YAML: a space is missing after 'title:': write 'title: 怎样");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() throws IOException {
        edit(alipay, "title: 怎样在支付宝上给自己做养老保险资格认证？", "title: \"怎样在支付宝上给自己做养老保险资格认证？");

        assertThat(onlyProblem()).isEqualTo(alipay + ":3: invalid YAML: a quote (\") opened here is never closed: "
                + "end the text with \" on the same line, or leave the quotes out");
    }

    @Test
    void anUnclosedBracketIsReportedWhereItOpens() throws IOException {
        edit(alipay, "keywords: [支付宝, 市民中心]", "keywords: [支付宝, 市民中心");

        assertThat(onlyProblem()).startsWith(alipay + ":13: invalid YAML: a '[' opened here is not closed with ']'");
    }

    @Test
    void anItemIndentedFurtherThanTheOneAboveIsReportedThoughYamlWouldAcceptIt() throws IOException {
        edit(alipay, "  - 支付宝认证咋弄", "   - 支付宝认证咋弄");

        assertThat(onlyProblem()).startsWith(alipay + ":7: invalid YAML: this item is indented further than the item above");
    }

    @Test
    void anItemIndentedLessThanTheOneAboveIsWrongIndentation() throws IOException {
        edit(alipay, "  - 支付宝认证咋弄", " - 支付宝认证咋弄");

        assertThat(onlyProblem()).startsWith(alipay + ":7: invalid YAML: wrong indentation");
    }

    @Test
    void aFieldIndentedUnlikeTheOthersIsWrongIndentation() throws IOException {
        edit(alipay, "\ntitle: ", "\n title: ");

        assertThat(onlyProblem()).startsWith(alipay + ":3: invalid YAML: wrong indentation: this field does not start in the same column");
    }

    @Test
    void aColonAndSpaceInsideATextIsExplainedWithTheWayOut() throws IOException {
        edit(alipay, "title: 怎样在支付宝上", "title: 支付宝: 怎样在支付宝上");

        assertThat(onlyProblem()).startsWith(alipay + ":3: invalid YAML: ': ' (a colon and a space) inside a text")
                .contains("quotes", "'：'");
    }

    @Test
    void anEmptyItemBetweenCommasInSynonymsIsReportedOnItsLine() throws IOException {
        Path synonyms = dir.resolve("synonyms.txt");
        edit(synonyms, "认正 => 认证\n", "认正 => 认证\n社保认证, , 养老认证\n");

        assertThat(onlyProblem()).isEqualTo(synonyms + ":4: an empty item between commas (as in 'a, , b' or a comma at the end): "
                + "remove the extra comma");
    }

    @Test
    void aTrailingCommaInSynonymsIsReportedOnItsLine() throws IOException {
        Path synonyms = dir.resolve("synonyms.txt");
        edit(synonyms, "认正 => 认证\n", "认正 => 认证\n社保认证，养老认证，\n");

        assertThat(onlyProblem()).startsWith(synonyms + ":4: an empty item between commas");
    }

    private static void edit(Path file, String old, String replacement) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as("fixture %s", file).contains(old);
        Files.writeString(file, text.replace(old, replacement));
    }

    /** The one problem the broken copy has, checked to be free of the parser's words. */
    private String onlyProblem() {
        CorpusException thrown = catchThrowableOfType(CorpusException.class, () -> CorpusLoader.load(dir));
        assertThat(thrown).as("loading must fail").isNotNull();
        List<String> problems = thrown.problems().stream().map(CorpusProblem::toString).toList();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).doesNotContain(PARSER_WORDS);
        return problems.get(0);
    }
}
