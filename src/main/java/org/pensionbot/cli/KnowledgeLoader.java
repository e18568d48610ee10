package org.pensionbot.cli;

import java.nio.file.Path;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.CorpusException;
import org.pensionbot.corpus.CorpusLoader;
import org.pensionbot.search.FaqIndex;

/** Loads the corpus and builds its index for a command, failing with every problem listed. */
final class KnowledgeLoader {

    private KnowledgeLoader() {
    }

    static FaqIndex load(Path corpusDir) throws CorpusException {
        FaqIndex.warmUpInBackground();
        Corpus corpus = CorpusLoader.load(corpusDir);
        return FaqIndex.build(corpus);
    }
}
