package org.pensionbot.telegram;

import java.nio.file.Path;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.CorpusLoader;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.search.FaqIndex;

/**
 * The dialog engine exactly as production builds it: the real {@code faq-corpus} and the real
 * Lucene index, loaded once for all Telegram tests.
 */
final class TestEngine {

    private static DialogEngine engine;
    private static Corpus corpus;

    private TestEngine() {
    }

    static synchronized DialogEngine get() {
        if (engine == null) {
            try {
                corpus = CorpusLoader.load(Path.of("faq-corpus"));
            } catch (Exception e) {
                throw new IllegalStateException("the real corpus must load for the Telegram tests", e);
            }
            FaqIndex index = FaqIndex.build(corpus);
            engine = new DialogEngine(() -> index);
        }
        return engine;
    }

    static synchronized Corpus corpus() {
        get();
        return corpus;
    }
}
