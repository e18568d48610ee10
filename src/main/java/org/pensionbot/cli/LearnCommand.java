package org.pensionbot.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.pensionbot.admin.VariantLearner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code learn "问题" entry-id}: adds a question people asked as a phrasing of an entry, the
 * command-line twin of the buttons under {@code /unanswered} on Telegram. The corpus is validated
 * with the change before the file is written; a running bot picks the change up by hot reload.
 * {@code --undo} takes the phrasing out again. Exit 0 when the file changed, 1 when refused.
 */
@Command(name = "learn", mixinStandardHelpOptions = true,
        description = "Add a question as a phrasing of an entry (validated first; --undo removes it).")
final class LearnCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    CorpusOption corpus;

    @Option(names = "--undo", description = "Remove the phrasing instead of adding it.")
    boolean undo;

    @Parameters(index = "0", paramLabel = "QUESTION", description = "The question, as people asked it.")
    String question;

    @Parameters(index = "1", paramLabel = "ENTRY", description = "The id of the entry that answers it, e.g. alipay-self.")
    String entryId;

    @Override
    public Integer call() {
        VariantLearner learner = new VariantLearner(corpus.resolve(main.config()));
        VariantLearner.Outcome outcome = undo ? learner.undo(question, entryId) : learner.learn(question, entryId);
        PrintStream out = main.out();
        if (outcome.changed()) {
            out.println((undo ? "Removed '" + outcome.question() + "' from " : "Added '" + outcome.question() + "' to ")
                    + outcome.file() + ":" + outcome.line());
            if (!undo) {
                out.println("Undo with: learn --undo \"" + outcome.question() + "\" " + entryId);
            }
            out.println("A running bot picks the change up by itself within a few seconds.");
            return 0;
        }
        PrintStream err = main.err();
        err.println("Not changed: " + outcome.refusal().orElseThrow());
        outcome.problems().forEach(err::println);
        return 1;
    }
}
