package org.pensionbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code menus.yml}: the entries the bot's menus and rules point to, every id checked at its line. */
class MenusTest {

    @TempDir
    Path dir;

    private Path menus;

    @BeforeEach
    void copyValidCorpus() throws URISyntaxException {
        RealCorpus.copy(Path.of(getClass().getResource("valid-corpus").toURI()), dir);
        menus = dir.resolve("menus.yml");
    }

    @Test
    void everyMenuIsReadInTheFilesOrder() throws CorpusException {
        Menus loaded = CorpusLoader.load(dir).menus();

        assertThat(loaded.startMenu()).containsExactly(
                new Menus.MenuItem("支付宝认证", "alipay-self"), new Menus.MenuItem("帮老人认证", "for-others"));
        assertThat(loaded.popular()).containsExactly("alipay-self", "for-others", "failure-help");
        assertThat(loaded.reminderTopics()).containsExactly("alipay-self", "for-others");
        assertThat(loaded.fraudEntry()).isEqualTo("failure-help");
        assertThat(loaded.stuckEntry()).contains("failure-help");
        assertThat(loaded.entryForLabel(" 帮老人认证 ")).contains("for-others");
    }

    @Test
    void theRealCorpusNamesEveryMenu() {
        Menus real = RealCorpus.load().menus();

        assertThat(real.startMenu()).isNotEmpty();
        assertThat(real.popular()).isNotEmpty();
        assertThat(real.reminderTopics()).isNotEmpty();
        assertThat(RealCorpus.load().entry(real.fraudEntry())).isPresent();
    }

    @Test
    void anEntryRenamedWithoutUpdatingTheMenusIsReportedAtTheMenusLine() throws IOException {
        Path entries = dir.resolve("entries");
        String text = Files.readString(entries.resolve("for-others.md")).replace("id: for-others", "id: help-parents");
        Files.delete(entries.resolve("for-others.md"));
        Files.writeString(entries.resolve("help-parents.md"), text);
        edit(dir.resolve("entries/alipay-self.md"), "related: [for-others, failure-help]", "related: [help-parents, failure-help]");
        edit(dir.resolve("entries/failure-help.md"), "for-others", "help-parents");

        assertThat(problems()).containsExactlyInAnyOrder(
                menus + ":5: entry 'for-others' does not exist (no entries/for-others.md): was it renamed? Put its new id here",
                menus + ":6: entry 'for-others' does not exist (no entries/for-others.md): was it renamed? Put its new id here",
                menus + ":7: entry 'for-others' does not exist (no entries/for-others.md): was it renamed? Put its new id here");
    }

    @Test
    void anUnknownFraudEntryIsReportedOnItsLine() throws IOException {
        edit(menus, "fraud-entry: failure-help", "fraud-entry: fraud-safety");

        assertThat(problems()).containsExactly(
                menus + ":8: entry 'fraud-safety' does not exist (no entries/fraud-safety.md): was it renamed? Put its new id here");
    }

    @Test
    void theEntryForAMissedCertificationIsOptionalAndChecked() throws Exception {
        assertThat(CorpusLoader.load(dir).menus().missedEntry()).isEmpty();

        Files.writeString(menus, Files.readString(menus) + "missed-entry: missed-deadline\n");

        assertThat(problems()).containsExactly(
                menus + ":10: entry 'missed-deadline' does not exist (no entries/missed-deadline.md): was it renamed? Put its new id here");
    }

    @Test
    void aMissingMenusFileIsAnError() throws IOException {
        Files.delete(menus);

        assertThat(problems()).singleElement().asString().startsWith(menus + ": missing: it names the entries behind the /start buttons");
    }

    @Test
    void aMissingFraudEntryIsAnError() throws IOException {
        edit(menus, "fraud-entry: failure-help\n", "");

        assertThat(problems()).containsExactly(menus + ":1: missing required field 'fraud-entry'");
    }

    @Test
    void theStuckEntryIsOptional() throws Exception {
        edit(menus, "stuck-entry: failure-help\n", "");

        assertThat(CorpusLoader.load(dir).menus().stuckEntry()).isEqualTo(Optional.empty());
    }

    @Test
    void aButtonWithoutAnEntryIsReportedOnItsLine() throws IOException {
        edit(menus, "    entry: for-others\n", "");

        assertThat(problems()).containsExactly(menus + ":4: missing required field 'entry'");
    }

    @Test
    void twoButtonsWithOneLabelAreReported() throws IOException {
        edit(menus, "  - label: 帮老人认证", "  - label: 支付宝认证");

        assertThat(problems()).containsExactly(menus + ":4: two buttons are labelled '支付宝认证'");
    }

    @Test
    void aMisspeltMenuNameIsReportedOnItsLine() throws IOException {
        edit(menus, "reminder-topics:", "reminder-topic:");

        assertThat(problems()).contains(menus + ":1: missing 'reminder-topics': a list of entry ids")
                .anySatisfy(problem -> assertThat(problem).startsWith(menus + ":7: unknown field 'reminder-topic'"));
    }

    private static void edit(Path file, String old, String replacement) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as("fixture %s", file).contains(old);
        Files.writeString(file, text.replace(old, replacement));
    }

    private List<String> problems() {
        CorpusException thrown = catchThrowableOfType(CorpusException.class, () -> CorpusLoader.load(dir));
        assertThat(thrown).as("loading must fail").isNotNull();
        return thrown.problems().stream().map(CorpusProblem::toString).toList();
    }
}
