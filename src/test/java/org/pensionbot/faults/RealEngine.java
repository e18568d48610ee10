package org.pensionbot.faults;

import java.nio.file.Path;
import org.pensionbot.admin.LiveIndex;
import org.pensionbot.corpus.CorpusException;
import org.pensionbot.dialog.DialogEngine;

/** The dialog engine as {@code pension-bot telegram} builds it: the real corpus behind a live index. */
final class RealEngine {

    static final Path CORPUS = Path.of("faq-corpus");

    private static DialogEngine engine;

    private RealEngine() {
    }

    /** One engine per JVM: building the index takes a second or two. */
    static synchronized DialogEngine get() {
        if (engine == null) {
            engine = load(CORPUS);
        }
        return engine;
    }

    static DialogEngine load(Path corpus) {
        try {
            return new DialogEngine(LiveIndex.load(corpus));
        } catch (CorpusException e) {
            throw new IllegalStateException("the real corpus must load: " + e.getMessage(), e);
        }
    }
}
