package org.pensionbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What becomes of a question's text before it is stored. */
class EventRecorderTest {

    @Test
    void textIsMaskedBeforeItIsCutSoACutNeverExposesPartOfANumber() {
        String question = "啊".repeat(EventRecorder.MAX_QUESTION_LENGTH - 10) + "身份证110101199003071234";

        String stored = EventRecorder.storableText(question);

        assertThat(stored.codePointCount(0, stored.length())).isEqualTo(EventRecorder.MAX_QUESTION_LENGTH);
        assertThat(stored).endsWith("身份证11*****").doesNotContain("0101");
    }

    @Test
    void aMissingQuestionIsStoredAsEmptyText() {
        assertThat(EventRecorder.storableText(null)).isEmpty();
    }
}
