package org.pensionbot.dialog;

import org.pensionbot.search.SearchResult;

/**
 * A reply and why it was chosen, for admins asking why the bot said what it said.
 *
 * @param rule what decided
 * @param search what retrieval found (empty when a rule decided before searching)
 */
public record Decision(Reply reply, Rule rule, SearchResult search) {

    /**
     * Whether retrieval answered the message outright with one entry: the rules found it confidently ({@link Rule#CONFIDENT}),
     * or it quoted a screen message that entry explains ({@link Rule#SCREEN_MESSAGE}).
     */
    public boolean answeredOutright() {
        return rule == Rule.CONFIDENT || rule == Rule.SCREEN_MESSAGE;
    }

    /** What decided a reply, in the order the engine checks. */
    public enum Rule {
        /** Nothing readable in the message. */
        NO_TEXT,
        /** The message sounded like a scam in progress: the fraud entry's urgent steps at once. */
        SAFETY,
        /** A number picking one of the entries offered in the last reply. */
        CHOICE,
        /** Read together with the chat's last topic. */
        CONTEXT,
        /** A greeting, thanks or goodbye. */
        SMALL_TALK,
        /** The question quoted a screen message one entry explains ("提示相似度过低"): that entry, with the line that quotes it. */
        SCREEN_MESSAGE,
        /** The question matched a topic next to ours best: a redirect. */
        OUT_OF_SCOPE,
        /**
         * One entry was answered: confident enough and far enough ahead, the higher the nearer ({@link DecisionThresholds#answers}),
         * or close behind the closest and likely by the classifier ({@link DecisionThresholds#answersLikelyRunnerUp}).
         */
        CONFIDENT,
        /** Close candidates, none clearly ahead: asked which was meant. */
        UNSURE,
        /**
         * Close candidates led by the fraud entry, for a message the scam reading leans to
         * ({@link DecisionThresholds#leansToAScam}): the fraud entry's advice instead of a choice.
         */
        LEANS_TO_A_SCAM,
        /**
         * Close candidates, or none close enough, as a whole, but one clause of the question plainly the
         * first of them ({@link DecisionThresholds#answersByAClause}): that one answered.
         */
        CLAUSE,
        /**
         * Close candidates, and the question asks two of them, each in a clause of its own answered outright alone: the
         * first one asked answered, the other offered after it.
         */
        TWO_QUESTIONS,
        /** Nothing close enough. */
        NO_MATCH,
        /**
         * A keyword or two that came near nothing on its own, read as about the bot's subject
         * ("材料" as "养老认证 材料", {@link KeywordMessage}): an answer or a choice.
         */
        KEYWORDS
    }
}
