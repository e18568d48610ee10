package org.pensionbot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pensionbot.dialog.Conversations;
import org.pensionbot.dialog.DialogEngine;

/**
 * An interactive chat in the terminal on the same conversation layer as Telegram and the web:
 * the default a newcomer sees when no bot token is set. Typing the number of an offered question
 * opens it; typing {@value TextRenderer#MORE_NUMBER}, "更多" or "更多提示" after an answer shows its
 * tips, which the other channels put behind a button. Only renders: {@link Conversations} reads
 * every line the reminder dialog does not take.
 *
 * <p>The engine is asked afresh for every line, so a chat on a {@link org.pensionbot.admin.LiveIndex}
 * answers from the corpus as edited a moment ago.
 *
 * <p>"提醒我明年认证" starts the yearly reminder dialog the web page has ({@link TerminalReminders}); it
 * ends with a calendar file saved in the given folder (the current one by default), for the
 * person's own calendar to remind them.
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

    private final DialogEngine engine;
    private final Conversations conversations;
    private final TerminalReminders reminders;
    private final TextRenderer renderer = new TextRenderer();

    /** A chat whose calendar reminders are saved in the current folder. */
    public TerminalChat(DialogEngine engine) {
        this(engine, Clock.systemUTC(), Path.of("."));
    }

    /** @param reminderFolder where a finished reminder's calendar file is saved */
    public TerminalChat(DialogEngine engine, Clock clock, Path reminderFolder) {
        this.engine = engine;
        this.conversations = new Conversations(engine, clock);
        this.reminders = new TerminalReminders(clock, () -> engine.corpus().menus(), reminderFolder);
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
            out.println(BOT + reply(line));
        }
    }

    private String reply(String line) {
        // "提醒我…" and the numbers answering the reminder's questions are the reminder dialog's.
        Optional<TerminalReminders.Step> step = reminders.onLine(line);
        if (step.isPresent() && step.get() instanceof TerminalReminders.Step.Say say) {
            say.followUpEntry().flatMap(engine::answerFor).ifPresent(answer -> conversations.remember(CHAT_KEY, answer));
            return say.text();
        }
        if (step.isPresent() && step.get() instanceof TerminalReminders.Step.Open open) {
            return conversations.tap(CHAT_KEY, open.choiceId()).stream()
                    .map(reply -> renderer.render(reply).text())
                    .collect(Collectors.joining("\n\n"));
        }
        // Numbers picking an offered question, "更多", "第三步…" and follow-ups are the conversation's to read.
        return renderer.render(conversations.reply(CHAT_KEY, line)).text();
    }
}
