package org.pensionbot.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.pensionbot.console.TerminalChat;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.search.FaqIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code chat}: the interactive terminal chat (also what runs by default without a bot token). */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Chat with the bot in this terminal.")
final class ChatCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    CorpusOption corpus;

    @Override
    public Integer call() throws Exception {
        FaqIndex index = KnowledgeLoader.load(corpus.resolve(main.config()));
        new TerminalChat(new DialogEngine(() -> index))
                .run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), main.out());
        return 0;
    }
}
