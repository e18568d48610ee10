package org.pensionbot.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.pensionbot.corpus.OutOfScopeTopic;

/**
 * What retrieval found for one question: FAQ entries best first, and the out-of-scope topic the
 * question resembles most (if any), each with a confidence in [0,1].
 *
 * @param unreadChars how many characters at the end of a very long message were not read
 *     (see {@code QuestionPieces}); 0 for ordinary questions
 * @param scamProbability how likely the message comes from someone in the middle of a scam, read by
 *     meaning ({@code ScamClassifier}); 0 when nothing matched, the corpus has no scam examples or the reading
 *     does not read such a message
 * @param scamRead whether the scam reading read the message: not one of a few characters or a long story, which it does
 *     not read ({@code ScamClassifier.reads}), nor one that matched nothing, nor without scam examples — where the
 *     probability of 0 says nothing
 * @param questionVector the question's sentence vector as the search read it, so that what is decided from the
 *     result reads the answer's sentences against it without running the model again
 *     ({@code FaqIndex.pointAsked}); empty when nothing in the question was readable
 */
public record SearchResult(List<ScoredEntry> entries, Optional<ScoredTopic> outOfScope, int unreadChars, double scamProbability,
                           boolean scamRead, Optional<float[]> questionVector) {

    public SearchResult {
        entries = List.copyOf(entries);
    }

    public SearchResult(List<ScoredEntry> entries, Optional<ScoredTopic> outOfScope) {
        this(entries, outOfScope, 0, 0, false, Optional.empty());
    }

    /** The same result without one entry: a follow-up read with the chat's topic left out. */
    public SearchResult without(String entryId) {
        return new SearchResult(entries.stream().filter(candidate -> !candidate.id().equals(entryId)).toList(), outOfScope,
                unreadChars, scamProbability, scamRead, questionVector);
    }

    /** The same result with one of its entries put first: the entry the dialog answers when it is not the closest. */
    public SearchResult withFirst(String entryId) {
        List<ScoredEntry> reordered = Stream.concat(entries.stream().filter(candidate -> candidate.id().equals(entryId)),
                entries.stream().filter(candidate -> !candidate.id().equals(entryId))).toList();
        return new SearchResult(reordered, outOfScope, unreadChars, scamProbability, scamRead, questionVector);
    }

    public static SearchResult empty() {
        return new SearchResult(List.of(), Optional.empty());
    }

    /** A value, as a record is: two results are equal when they found the same, the question's vector by its numbers. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SearchResult that && entries.equals(that.entries) && outOfScope.equals(that.outOfScope)
                && unreadChars == that.unreadChars && Double.compare(scamProbability, that.scamProbability) == 0
                && scamRead == that.scamRead
                && Arrays.equals(questionVector.orElse(null), that.questionVector.orElse(null));
    }

    @Override
    public int hashCode() {
        return Objects.hash(entries, outOfScope, unreadChars, scamProbability, scamRead, Arrays.hashCode(questionVector.orElse(null)));
    }

    public Optional<ScoredEntry> best() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0));
    }

    /** The entry the classifier that learned every phrasing finds likeliest for the message, however near it came. */
    public Optional<ScoredEntry> likeliest() {
        return entries.stream().max(Comparator.comparingDouble(ScoredEntry::probability));
    }

    /**
     * An out-of-scope topic with the confidence that the question is about it.
     *
     * @param askingProbability the classifier's probability that the sentence that asks is about one of the
     *     neighbouring topics (they are one class, {@link EntryClassifier}), as {@link ScoredEntry#askingProbability}
     */
    public record ScoredTopic(OutOfScopeTopic topic, double confidence, Evidence evidence, double askingProbability) {
    }
}
