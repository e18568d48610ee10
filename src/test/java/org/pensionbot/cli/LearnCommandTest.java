package org.pensionbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pensionbot.corpus.RealCorpus;

/** {@code learn "问题" entry-id}: an admin teaches the corpus a question the bot did not answer. */
class LearnCommandTest {

    /** A real user's wording that the corpus does not answer outright (it asks back). */
    private static final String QUESTION = "每年都要弄的那个养老的东西咋整";
    private static final String ENTRY = "how-to-certify";

    @TempDir
    Path temp;

    private Path corpus;
    private Path file;
    private byte[] original;

    @BeforeEach
    void copyCorpus() throws IOException {
        corpus = RealCorpus.copy(RealCorpus.DIR, temp.resolve("faq-corpus"));
        file = corpus.resolve("entries").resolve(ENTRY + ".md");
        original = Files.readAllBytes(file);
    }

    @Test
    void aLearnedQuestionIsAnsweredWithItsEntryAfterwards() {
        assertThat(answeredId()).as("before learning").isNotEqualTo(ENTRY);

        CommandLineRun learn = CommandLineRun.of("learn", "--corpus", corpus.toString(), QUESTION, ENTRY);

        assertThat(learn.exitCode()).isZero();
        assertThat(answeredId()).as("after learning").isEqualTo(ENTRY);
    }

    @Test
    void itPrintsWhereThePhrasingWentAndHowToUndoIt() throws IOException {
        CommandLineRun learn = CommandLineRun.of("learn", "--corpus", corpus.toString(), QUESTION, ENTRY);

        int line = Files.readAllLines(file).indexOf("  - " + QUESTION) + 1;
        assertThat(line).isPositive();
        assertThat(learn.outLines()).startsWith("Added '" + QUESTION + "' to " + file + ":" + line,
                "Undo with: learn --undo \"" + QUESTION + "\" " + ENTRY);
    }

    @Test
    void theRestOfTheFileStaysByteForByteAndUndoRestoresItExactly() throws IOException {
        CommandLineRun.of("learn", "--corpus", corpus.toString(), QUESTION, ENTRY);
        String learned = Files.readString(file);
        assertThat(learned.replace("  - " + QUESTION + "\n", "")).isEqualTo(new String(original, java.nio.charset.StandardCharsets.UTF_8));

        CommandLineRun undo = CommandLineRun.of("learn", "--undo", "--corpus", corpus.toString(), QUESTION, ENTRY);

        assertThat(undo.exitCode()).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
    }

    @Test
    void aPhrasingTheEntryHasAlreadyIsRefusedAndNothingChanges() throws IOException {
        String existing = Files.readAllLines(file).stream().filter(l -> l.startsWith("  - ")).findFirst().orElseThrow().substring(4);

        CommandLineRun learn = CommandLineRun.of("learn", "--corpus", corpus.toString(), existing + "？", ENTRY);

        assertThat(learn.exitCode()).isEqualTo(1);
        assertThat(learn.err()).contains("entry '" + ENTRY + "' has this phrasing already");
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
    }

    @Test
    void aQuestionWithAPhoneNumberIsNeverWritten() throws IOException {
        CommandLineRun learn = CommandLineRun.of("learn", "--corpus", corpus.toString(), "我电话13812345678怎么认证", ENTRY);

        assertThat(learn.exitCode()).isEqualTo(1);
        assertThat(learn.err()).contains("personal number").doesNotContain("13812345678");
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
    }

    /** A question from export-unanswered is masked already: say how to learn it, not only that it holds a number. */
    @Test
    void aMaskedQuestionIsRefusedWithWhatToLearnInstead() throws IOException {
        CommandLineRun learn = CommandLineRun.of("learn", "--corpus", corpus.toString(), "我电话13*******78 养老那个弄不来", ENTRY);

        assertThat(learn.exitCode()).isEqualTo(1);
        assertThat(learn.err()).contains("the question holds a masked personal number (****): leave the number out and learn "
                + "the rest of the question, e.g. \"我电话 养老那个弄不来\"");
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
    }

    /** Copied from a phrasing list with its dash, a question is neither read as an option nor learned with the dash. */
    @Test
    void aQuestionCopiedWithItsListDashIsLearnedWithoutIt() throws IOException {
        CommandLineRun learn = CommandLineRun.of("learn", "--corpus", corpus.toString(), "- " + QUESTION, ENTRY);

        assertThat(learn.exitCode()).as(learn.err()).isZero();
        assertThat(learn.out()).contains("Added '" + QUESTION + "' to ");
        assertThat(Files.readString(file)).contains("  - " + QUESTION + "\n").doesNotContain("- - ");
    }

    @Test
    void anEditThatWouldBreakTheCorpusIsNotWritten() throws IOException {
        // Another entry is broken: learning must not write into a corpus that would not load.
        Path other = corpus.resolve("entries").resolve("alipay-self.md");
        Files.writeString(other, Files.readString(other).replace("title: ", "title: \"unclosed "));

        CommandLineRun learn = CommandLineRun.of("learn", "--corpus", corpus.toString(), QUESTION, ENTRY);

        assertThat(learn.exitCode()).isEqualTo(1);
        assertThat(learn.err()).contains("fix them first").contains(other + ":3: invalid YAML");
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
    }

    /**
     * The corpus places the question elsewhere — the wrong button tapped under /unanswered, a wrong id typed — so
     * learning it would teach the bot the opposite of a label, or copy a measured-only question into the corpus.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "养老金能领多少钱 | how-to-certify | out-of-scope.yml lists this question under the topic 'pension-amount'",
            "养老金能领多少 | how-to-certify | tests.tsv:352 labels this question '-' (not to be answered from the FAQ), not 'how-to-certify'",
            "支付宝如何年审养老保险? | fraud-safety | tests.tsv:6 labels this question 'alipay-self', not 'fraud-safety'",
    })
    void aQuestionTheCorpusPlacesElsewhereIsRefusedAndNothingChanges(String question, String entry, String why) throws IOException {
        Path entryFile = corpus.resolve("entries").resolve(entry + ".md");
        byte[] before = Files.readAllBytes(entryFile);

        CommandLineRun learn = CommandLineRun.of("learn", "--corpus", corpus.toString(), question, entry);

        assertThat(learn.exitCode()).isEqualTo(1);
        assertThat(learn.err()).contains(why);
        assertThat(Files.readAllBytes(entryFile)).isEqualTo(before);
    }

    @Test
    void aQuestionOfTheFrozenHalfIsNeverCopiedIntoTheCorpus() throws IOException {
        String[] row = Files.readAllLines(corpus.resolve("tests-real-frozen.tsv")).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank()).map(line -> line.split("\t"))
                .filter(fields -> !fields[1].equals("-")).findFirst().orElseThrow();

        CommandLineRun learn = CommandLineRun.of("learn", "--corpus", corpus.toString(), row[0], row[1]);

        assertThat(learn.exitCode()).isEqualTo(1);
        assertThat(learn.err()).contains("that file is for measuring only");
    }

    @Test
    void anUnknownEntryIsRefused() {
        CommandLineRun learn = CommandLineRun.of("learn", "--corpus", corpus.toString(), QUESTION, "no-such-entry");

        assertThat(learn.exitCode()).isEqualTo(1);
        assertThat(learn.err()).contains("there is no entry 'no-such-entry'");
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws IOException {
        CommandLineRun.of("learn", "--corpus", corpus.toString(), QUESTION, ENTRY);

        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(name -> name.endsWith(".md"));
        }
    }

    private String answeredId() {
        String json = CommandLineRun.of("ask", "--json", "--corpus", corpus.toString(), QUESTION).out();
        return json.contains("\"action\":\"answer\"") ? json.replaceFirst(".*?\"id\":\"([^\"]*)\".*", "$1").strip() : "(not answered)";
    }
}
