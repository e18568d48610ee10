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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code procedure: true|false} in the front matter and a step's own help written as bullets
 * indented under it, on a copy of the small valid corpus.
 */
class ProcedureStepsTest {

    private static final String STEPS = """
            1. 打开支付宝，在首页搜索“市民中心”。
            2. 进入后点“社保”，选好自己所在的城市。
            3. 找到“社保待遇资格认证”，按提示刷脸。""";

    @TempDir
    Path dir;

    private Path alipay;

    @BeforeEach
    void copyValidCorpus() throws URISyntaxException {
        RealCorpus.copy(Path.of(getClass().getResource("valid-corpus").toURI()), dir);
        alipay = dir.resolve("entries").resolve("alipay-self.md");
    }

    @Test
    void withoutTheFieldAnEntryWithStepsIsNoProcedure() throws Exception {
        FaqEntry entry = load();

        assertThat(entry.steps()).hasSize(3);
        assertThat(entry.isProcedure()).isFalse();
    }

    @Test
    void procedureTrueMakesItAProcedure() throws Exception {
        edit("updated: 2026-11-27\n", "updated: 2026-11-27\nprocedure: true\n");

        assertThat(load().isProcedure()).isTrue();
    }

    @Test
    void helpIndentedUnderAStepBelongsToThatStepAndNotToItsText() throws Exception {
        edit("updated: 2026-11-27\n", "updated: 2026-11-27\nprocedure: true\n");
        edit("1. 打开支付宝，在首页搜索“市民中心”。\n", """
                1. 打开支付宝，在首页搜索“市民中心”。
                   - 搜不到“市民中心”，就搜“电子社保卡”，进小程序也能认证。
                   - 支付宝太旧的话，先升级到最新版。
                """);

        FaqEntry entry = load();

        assertThat(entry.steps()).containsExactly("打开支付宝，在首页搜索“市民中心”。", "进入后点“社保”，选好自己所在的城市。",
                "找到“社保待遇资格认证”，按提示刷脸。");
        assertThat(entry.helpForStep(1)).containsExactly("搜不到“市民中心”，就搜“电子社保卡”，进小程序也能认证。", "支付宝太旧的话，先升级到最新版。");
        assertThat(entry.helpForStep(2)).isEmpty();
        assertThat(entry.tips()).noneMatch(tip -> tip.contains("电子社保卡"));
    }

    @Test
    void procedureWithAnotherValueIsReportedOnItsLine() throws Exception {
        edit("updated: 2026-11-27\n", "updated: 2026-11-27\nprocedure: yes please\n");

        assertThat(problems()).contains(alipay + ":18: 'procedure' must be true or false");
    }

    @Test
    void procedureWithoutStepsIsReportedOnTheProcedureLine() throws Exception {
        edit("updated: 2026-11-27\n", "updated: 2026-11-27\nprocedure: true\n");
        edit("## 步骤\n" + STEPS + "\n\n", "");

        assertThat(problems()).contains(alipay + ":18: 'procedure: true' needs a '## 步骤' list to walk through");
    }

    @Test
    void helpNotIndentedFarEnoughIsReportedAsBelongingToNoStep() throws Exception {
        // Two spaces are not enough under "1. ": Markdown then reads a list of its own after the steps.
        edit("3. 找到“社保待遇资格认证”，按提示刷脸。\n", "3. 找到“社保待遇资格认证”，按提示刷脸。\n  - 找不到就问家里年轻人。\n");

        assertThat(problems()).anySatisfy(problem -> assertThat(problem).startsWith(alipay + ":25: help under a step must be indented"));
    }

    /**
     * "2.进入后…" or "2、进入后…", as a Chinese keyboard types a number, is no new step to Markdown: it would be
     * joined to step 1 and the steps after it numbered anew, with nothing said. Each such line is a problem at its line.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2.进入后", "2、进入后", "2．进入后", "2）进入后", "2，进入后"})
    void aStepWithoutItsSpaceIsReportedOnItsLine(String typed) throws Exception {
        edit("2. 进入后", typed);

        assertThat(problems()).contains(alipay + ":23: write a step as a number, a dot and a space ('2. …'); "
                + "as it is, this line is joined to the step above");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-各地入口", "－ 各地入口", "— 各地入口", "• 各地入口"})
    void aTipWithoutItsDashAndSpaceIsReportedOnItsLine(String typed) throws Exception {
        edit("- 各地入口", typed);

        assertThat(problems()).contains(alipay + ":28: write a tip as a dash and a space ('- …', an ASCII '-'); "
                + "as it is, this line is joined to the one above");
    }

    @Test
    void stepsNumberedWithAParenthesisAndTheirSpaceAreSteps() throws Exception {
        edit("1. 打开", "1) 打开");
        edit("2. 进入后", "2) 进入后");
        edit("3. 找到", "3) 找到");

        assertThat(load().steps()).hasSize(3);
    }

    @Test
    void aQuestionListedTwiceInOneEntryIsAWarningAtItsSecondLine() throws Exception {
        edit("  - 手机支付宝上咋弄养老认证\n", "  - 手机支付宝上咋弄养老认证\n  - 手机支付宝上咋弄养老认证？\n");

        Corpus corpus = CorpusLoader.load(dir);

        assertThat(corpus.warnings()).map(CorpusProblem::toString)
                .containsExactly(alipay + ":7: warning: the question '手机支付宝上咋弄养老认证？' is listed twice in this entry: delete one");
    }

    @Test
    void helpInAnEntryThatIsNoProcedureBelongsToItsStepWithoutAWarning() throws Exception {
        // Asked about by number ("第一步是什么意思"), a step of any entry is shown with its help.
        edit("1. 打开支付宝，在首页搜索“市民中心”。\n", "1. 打开支付宝，在首页搜索“市民中心”。\n   - 搜不到就搜“电子社保卡”。\n");

        Corpus corpus = CorpusLoader.load(dir);

        assertThat(corpus.warnings()).isEmpty();
        assertThat(corpus.entry("alipay-self").orElseThrow().helpForStep(1)).containsExactly("搜不到就搜“电子社保卡”。");
    }

    private FaqEntry load() throws CorpusException {
        return CorpusLoader.load(dir).entry("alipay-self").orElseThrow();
    }

    private void edit(String old, String replacement) throws IOException {
        String text = Files.readString(alipay);
        assertThat(text).as("fixture").contains(old);
        Files.writeString(alipay, text.replace(old, replacement));
    }

    private List<String> problems() {
        CorpusException thrown = catchThrowableOfType(CorpusException.class, () -> CorpusLoader.load(dir));
        assertThat(thrown).as("loading must fail").isNotNull();
        return thrown.problems().stream().map(CorpusProblem::toString).toList();
    }
}
