package org.pensionbot.search;

import java.util.List;
import org.pensionbot.corpus.FaqEntry;

/**
 * An FAQ entry with how sure retrieval is that it answers the question.
 *
 * @param confidence in [0,1]; comparable across questions (see {@link ConfidenceModel})
 * @param matchedTerms the normalised words the question shared with the entry's best variant,
 *     for admins asking why an answer was chosen
 */
public record ScoredEntry(FaqEntry entry, double confidence, List<String> matchedTerms) {

    public ScoredEntry {
        matchedTerms = List.copyOf(matchedTerms);
    }

    public String id() {
        return entry.id();
    }
}
