package org.pensionbot.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.pensionbot.console.TextRenderer;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.dialog.Reply;
import org.pensionbot.search.FaqIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ask "问题"}: one answer, readable or as JSON. {@code ask --json} without a question
 * reads one question per line from standard input and writes one JSON object per line, in
 * order (JSON Lines) — the interface for scripts and evaluations.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer a question (or, with --json and no question, every line of stdin).")
final class AskCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    CorpusOption corpus;

    @Option(names = "--json", description = "Print one JSON object per question.")
    boolean json;

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question; several words are joined with spaces.")
    List<String> words;

    @Override
    public Integer call() throws Exception {
        FaqIndex index = KnowledgeLoader.load(corpus.resolve(main.config()));
        DialogEngine engine = new DialogEngine(() -> index);
        PrintStream out = main.out();
        if (words == null || words.isEmpty()) {
            if (!json) {
                main.err().println("Give a question, e.g. ask \"支付宝怎么认证\", or use --json to read questions from stdin.");
                return 2;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.println(JsonReplies.toJson(engine.reply(line)));
                out.flush();
            }
            return 0;
        }
        Reply reply = engine.reply(String.join(" ", words));
        out.println(json ? JsonReplies.toJson(reply) : new TextRenderer().whole(reply));
        return 0;
    }
}
