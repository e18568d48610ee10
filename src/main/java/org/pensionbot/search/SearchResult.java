package org.pensionbot.search;

import java.util.List;
import java.util.Optional;
import org.pensionbot.corpus.OutOfScopeTopic;

/**
 * What retrieval found for one question: FAQ entries best first, and the out-of-scope topic the
 * question resembles most (if any), each with a confidence in [0,1].
 *
 * @param unreadChars how many characters at the end of a very long message were not read
 *     (see {@code QuestionPieces}); 0 for ordinary questions
 * @param scamProbability how likely the message comes from someone in the middle of a scam, read by
 *     meaning ({@code ScamClassifier}); 0 when nothing matched or the corpus has no scam examples
 */
public record SearchResult(List<ScoredEntry> entries, Optional<ScoredTopic> outOfScope, int unreadChars, double scamProbability) {

    public SearchResult {
        entries = List.copyOf(entries);
    }

    public SearchResult(List<ScoredEntry> entries, Optional<ScoredTopic> outOfScope) {
        this(entries, outOfScope, 0, 0);
    }

    public static SearchResult empty() {
        return new SearchResult(List.of(), Optional.empty());
    }

    public Optional<ScoredEntry> best() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0));
    }

    /** An out-of-scope topic with the confidence that the question is about it. */
    public record ScoredTopic(OutOfScopeTopic topic, double confidence, Evidence evidence) {
    }
}
