package org.pensionbot.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.pensionbot.admin.AdminViews;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.search.FaqIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code explain "问题"}: why the bot answers a question as it does — the rule that decided and,
 * per candidate, the word-overlap and sentence-vector evidence and the fused confidence. The same
 * text admins get from {@code /why} on Telegram.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show why a question gets its reply: the deciding rule and each candidate's evidence.")
final class ExplainCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    CorpusOption corpus;

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "The question; several words are joined with spaces.")
    List<String> words;

    @Override
    public Integer call() throws Exception {
        FaqIndex index = KnowledgeLoader.load(corpus.resolve(main.config()));
        main.out().print(AdminViews.why(new DialogEngine(() -> index), index, String.join(" ", words)));
        return 0;
    }
}
