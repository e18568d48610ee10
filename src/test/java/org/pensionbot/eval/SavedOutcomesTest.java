package org.pensionbot.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kept run read back as written, and which of its questions moved in a later run, better or worse. */
class SavedOutcomesTest {

    private static final SavedOutcomes.Row RIGHT =
            new SavedOutcomes.Row("tests.tsv", "支付宝怎么认证", "alipay-self", Outcome.ANSWERED_RIGHT, "answer alipay-self", "");

    @Test
    void aKeptRunIsReadBackAsWritten(@TempDir Path folder) throws IOException {
        List<SavedOutcomes.Row> rows = List.of(RIGHT,
                new SavedOutcomes.Row("tests.tsv", "你好", "-", Outcome.TURNED_AWAY, "smalltalk -", ""),
                new SavedOutcomes.Row("tests.tsv", "认证状态", "check-result", Outcome.ANSWERED_RIGHT, "answer check-result",
                        "怎么查自己的认证状态", 0.512));
        Path file = folder.resolve("run.tsv");

        SavedOutcomes.write(file, rows);

        assertThat(SavedOutcomes.read(file)).isEqualTo(rows);
    }

    @Test
    void aWrongAnswerTurnedIntoAChoiceIsBetterAndTheReverseWorse() {
        SavedOutcomes.Row choice = new SavedOutcomes.Row("tests.tsv", "支付宝怎么认证", "alipay-self",
                Outcome.CLARIFIED_WITH_RIGHT, "clarify alipay-self", "");
        SavedOutcomes.Row wrong = new SavedOutcomes.Row("tests.tsv", "支付宝怎么认证", "alipay-self",
                Outcome.ANSWERED_WRONG, "answer offline-certification", "");

        SavedOutcomes.Change mended = SavedOutcomes.changes(List.of(wrong), List.of(choice)).get(0);
        SavedOutcomes.Change broken = SavedOutcomes.changes(List.of(choice), List.of(wrong)).get(0);

        assertThat(mended.better()).isTrue();
        assertThat(mended.worse()).isFalse();
        assertThat(broken.worse()).isTrue();
    }

    /** The tester's case: a choice that came to list the right entry first raised top-1, yet was "changed otherwise". */
    @Test
    void aChoiceThatNowListsTheRightEntryFirstIsBetterAndTheReverseWorse() {
        SavedOutcomes.Row second = new SavedOutcomes.Row("tests.tsv", "粤智助自助机怎么认证", "other-channels",
                Outcome.CLARIFIED_WITH_RIGHT, "clarify offline-certification", "");
        SavedOutcomes.Row first = new SavedOutcomes.Row("tests.tsv", "粤智助自助机怎么认证", "other-channels",
                Outcome.CLARIFIED_WITH_RIGHT, "clarify other-channels", "");

        SavedOutcomes.Change raised = SavedOutcomes.changes(List.of(second), List.of(first)).get(0);
        SavedOutcomes.Change lowered = SavedOutcomes.changes(List.of(first), List.of(second)).get(0);

        assertThat(List.of(raised.better(), raised.worse(), lowered.better(), lowered.worse())).containsExactly(true, false, false, true);
    }

    @Test
    void anotherWrongEntryIsAMoveNeitherBetterNorWorse() {
        SavedOutcomes.Row wrongOne = new SavedOutcomes.Row("tests.tsv", "认证状态", "check-result", Outcome.ANSWERED_WRONG,
                "answer how-to-certify", "");
        SavedOutcomes.Row wrongOther = new SavedOutcomes.Row("tests.tsv", "认证状态", "check-result", Outcome.ANSWERED_WRONG,
                "answer annual-review", "");

        List<SavedOutcomes.Change> changes = SavedOutcomes.changes(List.of(wrongOne), List.of(wrongOther));

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.better()).isFalse();
            assertThat(change.worse()).isFalse();
        });
    }

    @Test
    void anUnchangedQuestionIsNoChange() {
        assertThat(SavedOutcomes.changes(List.of(RIGHT), List.of(RIGHT))).isEmpty();
    }

    @Test
    void aQuestionRelabelledOrInAnotherSetIsNotCompared() {
        SavedOutcomes.Row relabelled = new SavedOutcomes.Row("tests.tsv", "支付宝怎么认证", "how-to-certify",
                Outcome.ANSWERED_WRONG, "answer alipay-self", "");
        SavedOutcomes.Row elsewhere = new SavedOutcomes.Row("tests-keywords.tsv", "支付宝怎么认证", "alipay-self",
                Outcome.CLARIFIED_WITH_RIGHT, "clarify alipay-self", "");

        assertThat(SavedOutcomes.changes(List.of(RIGHT), List.of(relabelled, elsewhere))).isEmpty();
        assertThat(SavedOutcomes.unmatched(List.of(RIGHT), List.of(relabelled, elsewhere))).isEqualTo(2);
    }

    @Test
    void theNearestPhrasingIsShownNotCompared() {
        SavedOutcomes.Row elsewhere = new SavedOutcomes.Row("tests.tsv", "支付宝怎么认证", "alipay-self", Outcome.ANSWERED_RIGHT,
                "answer alipay-self", "支付宝认证咋弄");

        assertThat(SavedOutcomes.changes(List.of(RIGHT), List.of(elsewhere))).isEmpty();
    }

    @Test
    void aLineThatIsNoSavedOutcomeIsRefusedWithItsNumber(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("run.tsv"),
                "# pension-bot eval outcomes\ntests.tsv\t支付宝怎么认证\talipay-self\tRIGHT\tanswer alipay-self\n");

        assertThatThrownBy(() -> SavedOutcomes.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ":2: not a saved outcome");
    }
}
