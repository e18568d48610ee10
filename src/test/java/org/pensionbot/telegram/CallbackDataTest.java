package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pensionbot.corpus.FaqEntry;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

class CallbackDataTest {

    @Test
    void encodesAndParsesBack() {
        CallbackData step = CallbackData.of("s", "alipay-self", "2");

        assertThat(step.encode()).contains("s:alipay-self:2");
        assertThat(CallbackData.parse("s:alipay-self:2")).contains(step);
        assertThat(step.intArg(1)).contains(2);
    }

    @Test
    void refusesDataOverSixtyFourBytes() {
        // 21 Chinese characters are 63 bytes; with the prefix the data is 65.
        CallbackData tooLong = CallbackData.of("a", "认".repeat(21));

        assertThat(tooLong.encode()).isEmpty();
        assertThat(CallbackData.of("a", "认".repeat(20)).encode()).isPresent();
    }

    @Test
    void malformedOrForgedDataParsesToNothing() {
        assertThat(CallbackData.parse(null)).isEmpty();
        assertThat(CallbackData.parse("")).isEmpty();
        assertThat(CallbackData.parse("NOT A PREFIX:x")).isEmpty();
        assertThat(CallbackData.parse("a:" + "x".repeat(70))).isEmpty();
        assertThat(CallbackData.parse("s:alipay-self:zwei").flatMap(d -> d.intArg(1))).isEmpty();
    }

    @Test
    void argumentsCannotSmuggleSeparators() {
        assertThatThrownBy(() -> CallbackData.of("a", "x:y")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyButtonForEveryRealEntryFitsTelegramsLimit() {
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        for (FaqEntry entry : TestEngine.corpus().entries()) {
            Buttons.answer(entry).ifPresent(buttons::add);
            for (int step = 1; step <= Math.max(1, entry.steps().size()); step++) {
                Buttons.step(entry.id(), step, TelegramPhrases.NEXT_STEP).ifPresent(buttons::add);
                Buttons.stuck(entry.id(), step).ifPresent(buttons::add);
            }
            buttons.addAll(Buttons.feedback(entry.id()));
        }

        int expected = TestEngine.corpus().entries().stream().mapToInt(e -> 3 + 2 * Math.max(1, e.steps().size())).sum();
        assertThat(buttons).as("no button was left out for being too long").hasSize(expected);
        assertThat(buttons).allSatisfy(button ->
                assertThat(button.getCallbackData().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64));
    }
}
