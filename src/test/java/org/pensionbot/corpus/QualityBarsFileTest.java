package org.pensionbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bars an admin writes by hand, and the labelled rows measured against them: read, or named by file and line. */
class QualityBarsFileTest {

    @Test
    void aDashIsNoBar(@TempDir Path corpus) throws IOException {
        Files.writeString(corpus.resolve("tests.tsv"), "");
        Files.writeString(corpus.resolve(QualityBarsFile.NAME), "# set\tbars\ntests.tsv\t0.93\t-\t0.01\t-\n");
        List<CorpusProblem> problems = new ArrayList<>();

        List<QualityBar> bars = QualityBarsFile.read(corpus, problems);

        assertThat(problems).isEmpty();
        assertThat(bars).containsExactly(new QualityBar("tests.tsv", 0.93, 0, 0.01, 0));
    }

    @Test
    void aCorpusWithoutTheFileHasNoBars(@TempDir Path corpus) {
        assertThat(QualityBarsFile.read(corpus, new ArrayList<>())).isEmpty();
    }

    @Test
    void malformedRowsAreNamedAndLeftOut(@TempDir Path corpus) throws IOException {
        for (String set : List.of("tests.tsv", "tests-voice.tsv", "tests-typos.tsv")) {
            Files.writeString(corpus.resolve(set), "");
        }
        Files.writeString(corpus.resolve(QualityBarsFile.NAME), "tests.tsv\t0.93\t-\t-\t-\ntests.tsv\t0.9\t-\t-\t-\n"
                + "tests-voice.tsv\t1.5\t-\t-\t-\ntests-typos.tsv\t0.9\ntests-vioce.tsv\t0.9\t-\t-\t-\n");
        List<CorpusProblem> problems = new ArrayList<>();

        List<QualityBar> bars = QualityBarsFile.read(corpus, problems);

        assertThat(bars).extracting(QualityBar::file).containsExactly("tests.tsv");
        assertThat(problems).extracting(CorpusProblem::line, CorpusProblem::message).containsExactly(
                Tuple.tuple(2, "tests.tsv has a bar earlier in the file"),
                Tuple.tuple(3, "'1.5' is not a share between 0 and 1 (write 0.85 for 85 %) or '-'"),
                Tuple.tuple(4,
                        "expected 'file<TAB>min top-1<TAB>min answered right<TAB>max answered wrong<TAB>min turned away' ('-' = no bar)"),
                Tuple.tuple(5, "there is no labelled set tests-vioce.tsv in this folder"));
    }

    /** An exported question appended before it was labelled: say what is missing, not only the format. */
    @Test
    void aLabelledRowWithoutItsIdSaysWhatToWrite(@TempDir Path corpus) throws IOException {
        Path tests = Files.writeString(corpus.resolve("tests.tsv"), "支付宝怎么认证\talipay-self\n我妈不会弄手机\n闺女在外地\t\n");
        List<CorpusProblem> problems = new ArrayList<>();

        List<LabelledQuestion> rows = TestSetFile.read(tests, null, problems);

        assertThat(rows).extracting(LabelledQuestion::question).containsExactly("支付宝怎么认证");
        assertThat(problems).extracting(CorpusProblem::line).containsExactly(2, 3);
        assertThat(problems).allSatisfy(problem -> assertThat(problem.message())
                .isEqualTo("the expected id is missing: after the question write a TAB and the entry id that answers it, "
                        + "or '-' if the bot must not answer it"));
    }

    @Test
    void theDevelopmentSetsAreEveryLabelledSetButTheFrozenHalfWithTestsTsvFirst(@TempDir Path corpus) throws IOException {
        for (String name : List.of("tests-voice.tsv", "tests.tsv", "tests-real-frozen.tsv", "tests-accents.tsv", "menus.yml")) {
            Files.writeString(corpus.resolve(name), "");
        }

        assertThat(TestSetFile.developmentSetsIn(corpus)).extracting(file -> file.getFileName().toString())
                .containsExactly("tests.tsv", "tests-accents.tsv", "tests-voice.tsv");
    }
}
