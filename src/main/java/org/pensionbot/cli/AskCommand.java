package org.pensionbot.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    /** Answers computed ahead of the one being printed, per core. */
    private static final int IN_FLIGHT_PER_CORE = 16;

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
            answerEveryLine(engine, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out);
            return 0;
        }
        Reply reply = engine.reply(String.join(" ", words));
        out.println(json ? JsonReplies.toJson(reply) : new TextRenderer().whole(reply));
        return 0;
    }

    /**
     * Answers the lines on every core, printing each answer in input order as soon as it and all
     * before it are ready — so a script that writes one question and waits still gets its answer
     * at once, and a file of questions is answered about as many times faster as there are cores.
     * The queue of answers in flight is bounded, so a huge input does not pile up in memory.
     */
    private static void answerEveryLine(DialogEngine engine, BufferedReader in, PrintStream out) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService workers = Executors.newFixedThreadPool(cores);
        BlockingQueue<Future<String>> inOrder = new ArrayBlockingQueue<>(IN_FLIGHT_PER_CORE * cores);
        Future<String> endOfInput = CompletableFuture.completedFuture(null);
        Thread printer = new Thread(() -> {
            try {
                for (Future<String> next = inOrder.take(); next != endOfInput; next = inOrder.take()) {
                    out.println(next.get());
                    out.flush();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                throw new IllegalStateException("Answering a line failed", e.getCause());
            }
        }, "ask-json-printer");
        printer.start();
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String question = line;
                inOrder.put(workers.submit(() -> JsonReplies.toJson(engine.reply(question))));
            }
            inOrder.put(endOfInput);
            printer.join();
        } finally {
            workers.shutdownNow();
        }
    }
}
