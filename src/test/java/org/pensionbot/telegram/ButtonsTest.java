package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pensionbot.corpus.FaqEntry;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

class ButtonsTest {

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
