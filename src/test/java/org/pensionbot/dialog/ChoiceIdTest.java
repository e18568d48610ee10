package org.pensionbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChoiceIdTest {

    @Test
    void encodesAndParsesBack() {
        ChoiceId step = ChoiceId.of("s", "alipay-self", "2");

        assertThat(step.encode()).contains("s:alipay-self:2");
        assertThat(ChoiceId.parse("s:alipay-self:2")).contains(step);
        assertThat(step.intArg(1)).contains(2);
    }

    @Test
    void refusesDataOverSixtyFourBytes() {
        // 21 Chinese characters are 63 bytes; with the prefix the data is 65.
        ChoiceId tooLong = ChoiceId.of("a", "认".repeat(21));

        assertThat(tooLong.encode()).isEmpty();
        assertThat(ChoiceId.of("a", "认".repeat(20)).encode()).isPresent();
    }

    @Test
    void malformedOrForgedDataParsesToNothing() {
        assertThat(ChoiceId.parse(null)).isEmpty();
        assertThat(ChoiceId.parse("")).isEmpty();
        assertThat(ChoiceId.parse("NOT A PREFIX:x")).isEmpty();
        assertThat(ChoiceId.parse("a:" + "x".repeat(70))).isEmpty();
        assertThat(ChoiceId.parse("s:alipay-self:zwei").flatMap(d -> d.intArg(1))).isEmpty();
    }

    @Test
    void argumentsCannotSmuggleSeparators() {
        assertThatThrownBy(() -> ChoiceId.of("a", "x:y")).isInstanceOf(IllegalArgumentException.class);
    }
}
