package org.pensionbot.search;

import java.util.List;
import org.pensionbot.corpus.FaqEntry;

/**
 * An FAQ entry with how sure retrieval is that it answers the question.
 *
 * @param confidence in [0,1]; comparable across questions (see {@link Fusion})
 * @param evidence what the confidence rests on, for admins asking why an answer was chosen
 * @param probability how likely the question belongs to this entry, learned from all the corpus's
 *     phrasings together ({@link EntryClassifier}) rather than read from its closest one
 * @param askingProbability the same, read from the sentence that asks ({@link AskingSentence}): in a message of
 *     several sentences the story before the question says less about what is asked
 */
public record ScoredEntry(FaqEntry entry, double confidence, Evidence evidence, double probability, double askingProbability) {

    /** An entry scored without search evidence, with the words it matched (for stored replies and tests). */
    public ScoredEntry(FaqEntry entry, double confidence, List<String> matchedTerms) {
        this(entry, confidence, new Evidence("", "", 0, 0, matchedTerms, false), 0, 0);
    }

    /** Where the entry belongs among a choice's options, higher first ({@link Fusion#choiceOrder}). */
    public double choiceOrder() {
        return Fusion.choiceOrder(confidence, askingProbability);
    }

    public String id() {
        return entry.id();
    }

    /** The normalised words the question shared with the entry's best variant. */
    public List<String> matchedTerms() {
        return evidence.matchedTerms();
    }
}
