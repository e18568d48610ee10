package org.pensionbot.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.pensionbot.config.BotConfig;
import org.pensionbot.config.ConfigException;
import org.pensionbot.corpus.CorpusException;
import org.pensionbot.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The {@code pension-bot} command. Without a subcommand it runs the bot: on Telegram when
 * {@code TELEGRAM_BOT_TOKEN} is set, otherwise as a chat in this terminal.
 *
 * <p>Exit codes: 0 success, 1 corpus or quality problems, 2 bad configuration or usage.
 */
@Command(name = "pension-bot", mixinStandardHelpOptions = true, version = "pension-bot 0.1",
        description = "养老保险认证问答小助手 — answers questions about pension eligibility certification.",
        subcommands = {ChatCommand.class, TelegramCommand.class, WebCommand.class, AskCommand.class, ExplainCommand.class, ValidateCommand.class, EvalCommand.class,
                LearnCommand.class, ReportCommand.class, ExportUnansweredCommand.class})
public final class Main implements Callable<Integer> {

    @Mixin
    CorpusOption corpus;

    private final PrintStream out;
    private final PrintStream err;
    private BotConfig config;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new Main(out, err));
        commandLine.setOut(new java.io.PrintWriter(out, true));
        commandLine.setErr(new java.io.PrintWriter(err, true));
        // "learn \"- 刷脸老失败\" failure-help": a question copied from a phrasing list is no option.
        commandLine.getSubcommands().get("learn").setUnmatchedOptionsArePositionalParams(true);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof CorpusException corpusProblem) {
                corpusProblem.problems().forEach(err::println);
                err.println("The FAQ corpus has problems; fix them (see above) and start again.");
                return 1;
            }
            if (e instanceof ConfigException bad) {
                err.println("Configuration error: " + bad.getMessage());
                return 2;
            }
            if (e instanceof StoreException database) {
                err.println("Database error: " + database.getMessage());
                return 2;
            }
            throw e;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        if (config().telegramToken().isPresent()) {
            TelegramCommand telegram = new TelegramCommand();
            telegram.main = this;
            telegram.corpus = corpus;
            return telegram.call();
        }
        ChatCommand chat = new ChatCommand();
        chat.main = this;
        chat.corpus = corpus;
        return chat.call();
    }

    /** Settings from the environment, read once; {@code --corpus} on the root command overrides the folder. */
    BotConfig config() {
        if (config == null) {
            BotConfig fromEnv = BotConfig.fromEnvironment();
            config = corpus != null && corpus.dir != null ? fromEnv.withCorpusDir(corpus.dir) : fromEnv;
        }
        return config;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }
}
