package org.pensionbot.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.pensionbot.admin.CorpusReloader;
import org.pensionbot.admin.CorpusWatcher;
import org.pensionbot.admin.LiveIndex;
import org.pensionbot.console.TerminalChat;
import org.pensionbot.dialog.DialogEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code chat}: the interactive terminal chat (also what runs by default without a bot token).
 * Serves the corpus with hot reload exactly as Telegram does: an edit is picked up within a
 * second, a broken one is logged with {@code file:line} and the previous corpus keeps answering.
 */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Chat with the bot in this terminal.")
final class ChatCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    CorpusOption corpus;

    @Override
    public Integer call() throws Exception {
        LiveIndex live = LiveIndex.load(corpus.resolve(main.config()));
        try (CorpusWatcher watcher = CorpusWatcher.startOrWarn(new CorpusReloader(live), "edits are picked up when the chat starts again")) {
            new TerminalChat(new DialogEngine(live))
                    .run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), main.out());
        }
        return 0;
    }
}
