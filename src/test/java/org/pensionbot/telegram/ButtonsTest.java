package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.dialog.Reply;
import org.pensionbot.dialog.ReplyChoices;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

class ButtonsTest {

    @Test
    void everyButtonForEveryRealEntryFitsTelegramsLimit() {
        ReplyChoices choices = new ReplyChoices(() -> TestEngine.get().popularTopics());
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        int expected = 0;
        for (FaqEntry entry : TestEngine.corpus().entries()) {
            buttons.addAll(buttons(Buttons.keyboardOf(List.of(ReplyChoices.entry(entry)))));
            expected++;
            for (int step = 1; step <= entry.steps().size(); step++) {
                Reply.Step screen = new Reply.Step("", false, entry, step);
                buttons.addAll(buttons(Buttons.keyboardOf(choices.of(screen))));
                expected += screen.isLast() ? 3 : 2;   // next or 👍/👎, and "stuck"
            }
        }

        assertThat(buttons).as("no button was left out for being too long").hasSize(expected);
        assertThat(buttons).allSatisfy(button ->
                assertThat(button.getCallbackData().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64));
    }

    private static List<InlineKeyboardButton> buttons(InlineKeyboardMarkup keyboard) {
        return keyboard == null ? List.of() : keyboard.getKeyboard().stream().flatMap(List::stream).toList();
    }
}
