package org.pensionbot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;
import org.pensionbot.dialog.Conversations;
import org.pensionbot.dialog.DialogEngine;

/**
 * An interactive chat in the terminal on the same conversation layer as Telegram and the web:
 * the default a newcomer sees when no bot token is set. Typing the number of an offered question
 * opens it; typing {@value TextRenderer#MORE_NUMBER}, "更多" or "更多提示" after an answer shows its
 * tips, which the other channels put behind a button. Only renders: {@link Conversations} reads
 * every line.
 *
 * <p>The engine is asked afresh for every line, so a chat on a {@link org.pensionbot.admin.LiveIndex}
 * answers from the corpus as edited a moment ago.
 *
 * <p>No admin commands here: whoever has the terminal has the command line, whose {@code report},
 * {@code explain} and {@code learn} do what {@code /stats}, {@code /why} and the learn buttons do.
 */
public final class TerminalChat {

    private static final Set<String> QUIT = Set.of("退出", "再见", "exit", "quit", "q", ":q", "/quit", "/exit");
    static final String WELCOME = ConsolePhrases.WELCOME;
    private static final String PROMPT = "\n您：";
    private static final String BOT = "小助手：";

    /** The terminal is one person's chat. */
    private static final String CHAT_KEY = "terminal";

    private final Conversations conversations;
    private final TextRenderer renderer = new TextRenderer();

    public TerminalChat(DialogEngine engine) {
        this.conversations = new Conversations(engine);
    }

    /** Runs until the user quits or input ends. */
    public void run(BufferedReader in, PrintStream out) throws IOException {
        out.println(WELCOME);
        while (true) {
            out.print(PROMPT);
            out.flush();
            String line = in.readLine();
            if (line == null || QUIT.contains(line.strip().toLowerCase(Locale.ROOT))) {
                out.println();
                out.println(BOT + ConsolePhrases.GOODBYE);
                return;
            }
            // Numbers picking an offered question, "更多", "第三步…" and follow-ups are the conversation's to read.
            out.println(BOT + renderer.render(conversations.reply(CHAT_KEY, line)).text());
        }
    }
}
