package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TelegramExtensionsTest {

    private static final CommandHandler NOTHING = (request, outbox) -> { };

    @Test
    void builtInCommandsAndPrefixesCannotBeTakenOver() {
        assertThatThrownBy(() -> TelegramExtensions.builder().command("start", "x", NOTHING))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/start");
        assertThatThrownBy(() -> TelegramExtensions.builder().button("a", (press, outbox) -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a'");
    }

    @Test
    void namesMustBeValidTelegramCommands() {
        assertThatThrownBy(() -> TelegramExtensions.builder().command("/stats", null, NOTHING))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TelegramExtensions.builder().command("Stats", null, NOTHING))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unlistedCommandsStayOutOfTheMenu() {
        TelegramExtensions extensions = TelegramExtensions.builder()
                .command("stats", null, NOTHING)
                .command("remind", "提醒我认证", NOTHING)
                .build();

        assertThat(extensions.command("stats")).isPresent();
        assertThat(extensions.listedCommands()).extracting(TelegramExtensions.RegisteredCommand::name).containsExactly("remind");
    }

    @Test
    void hooksSurviveChoosingAnotherHandledUpdateStore() {
        // TelegramBot.run swaps in the file store this way: nothing registered may get lost.
        TelegramExtensions extensions = TelegramExtensions.builder()
                .textHook((chatId, text) -> Optional.empty())
                .answerButtons(entryId -> List.of())
                .onChatBlocked(chatId -> { })
                .onStop(() -> { })
                .onClosed(() -> { })
                .onStart(outbox -> { })
                .build()
                .withHandledUpdates(HandledUpdateStore.inMemory());

        assertThat(extensions.textHooks()).hasSize(1);
        assertThat(extensions.answerButtons()).hasSize(1);
        assertThat(extensions.chatBlockedHooks()).hasSize(1);
        assertThat(extensions.stopHooks()).hasSize(1);
        assertThat(extensions.closedHooks()).hasSize(1);
        assertThat(extensions.startHooks()).hasSize(1);
    }
}
