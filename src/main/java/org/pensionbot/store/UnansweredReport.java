package org.pensionbot.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The questions the corpus could not answer (fallback) or only narrow down (clarify) in the
 * {@code days} days ending {@code today} ({@link Reports#ZONE}), similar wordings grouped, most
 * frequent first. All text is masked: no full ID-card, phone or bank number appears.
 */
public record UnansweredReport(LocalDate today, int days, List<Question> questions) {

    public UnansweredReport {
        questions = List.copyOf(questions);
    }

    /**
     * A group of similar questions.
     *
     * @param text the group's most frequent wording
     * @param fallbacks how often the bot had no answer
     * @param clarifies how often the bot had to ask which entry was meant
     * @param lastSeen when any wording of the group was last asked
     * @param variants other wordings in the group, most frequent first (at most a few)
     * @param channels where any wording of the group was asked ({@code telegram}, {@code web}, …), sorted by name
     */
    public record Question(String text, int fallbacks, int clarifies, Instant lastSeen, List<String> variants,
                           List<String> channels) {

        public Question {
            variants = List.copyOf(variants);
            channels = List.copyOf(channels);
        }

        public int count() {
            return fallbacks + clarifies;
        }
    }
}
