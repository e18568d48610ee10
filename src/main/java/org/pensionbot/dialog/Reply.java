package org.pensionbot.dialog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.FirstMessage;
import org.pensionbot.search.ScoredEntry;

/**
 * The engine's decision about one message, free of any channel's formatting. Renderers turn it
 * into terminal text, JSON or Telegram HTML.
 *
 * <p>{@link #question()} is the user's text with personal numbers masked: it is safe to log and
 * store. {@link #personalDataWarning()} is true when the text held an ID-card, phone or bank
 * number; every channel must then show {@link Phrases#PERSONAL_DATA_WARNING}.
 */
public sealed interface Reply {

    String question();

    boolean personalDataWarning();

    Action action();

    /**
     * Ranked candidates behind the decision (empty for small talk): in order of confidence, except a
     * choice's options, which are in the order they are offered (search's {@code Fusion.choiceOrder}).
     */
    List<ScoredEntry> candidates();

    /** The highest confidence among the candidates; 0 when there are none. */
    default double bestConfidence() {
        return candidates().stream().mapToDouble(ScoredEntry::confidence).max().orElse(0);
    }

    /**
     * The entry that answers the question, with 2–3 entries to offer next: a close runner-up
     * first, if there was one, then the entry's related ones.
     *
     * @param pointAsked the entry's tip that speaks to what was asked, shown with the short answer rather than only
     *     behind "更多" (search's {@code FaqIndex.pointAsked}); empty for a question about the entry as a whole
     * @param stepsAgain the same answer right after itself ({@link #again}): the point asked and the steps, without the
     *     short answer and the entries offered next that the person has just read
     */
    record Answer(String question, boolean personalDataWarning, FaqEntry entry, double confidence,
                  List<FaqEntry> related, List<ScoredEntry> candidates, Optional<String> pointAsked, boolean stepsAgain)
            implements Reply {
        public Answer {
            related = List.copyOf(related);
            candidates = List.copyOf(candidates);
            Objects.requireNonNull(pointAsked, "pointAsked");
        }

        public Answer(String question, boolean personalDataWarning, FaqEntry entry, double confidence,
                      List<FaqEntry> related, List<ScoredEntry> candidates, Optional<String> pointAsked) {
            this(question, personalDataWarning, entry, confidence, related, candidates, pointAsked, false);
        }

        /** An answer that shows no tip with its short answer. */
        public Answer(String question, boolean personalDataWarning, FaqEntry entry, double confidence,
                      List<FaqEntry> related, List<ScoredEntry> candidates) {
            this(question, personalDataWarning, entry, confidence, related, candidates, Optional.empty());
        }

        /** This answer given again right after itself: its steps, led by the point asked ({@link #stepsAgain}). */
        public Answer again() {
            return new Answer(question, personalDataWarning, entry, confidence, List.of(), candidates, pointAsked, true);
        }

        /**
         * What comes before the steps, a paragraph per line: the short answer and the point asked; when shown again,
         * the point asked and a line saying these are the same steps.
         */
        public List<String> opening() {
            Stream<String> point = pointAsked.map(FirstMessage.POINT_ASKED::concat).stream();
            return stepsAgain ? Stream.concat(point, Stream.of(Phrases.STEPS_AGAIN)).toList()
                    : Stream.concat(Stream.of(entry.summary().strip()), point).toList();
        }

        /** The answer's first message as every channel lays it out ({@link FirstMessage}). */
        public String firstMessage() {
            return FirstMessage.text(opening(), entry.steps());
        }

        @Override
        public Action action() {
            return Action.ANSWER;
        }
    }

    /**
     * Not sure: the 2–3 closest entries for the user to choose from; or, after the person said the
     * answer's way did not work ({@link ClarifyReason#DID_NOT_WORK}), the other ways that answer names next.
     */
    record Clarify(String question, boolean personalDataWarning, List<ScoredEntry> candidates, ClarifyReason reason) implements Reply {
        public Clarify {
            candidates = List.copyOf(candidates);
        }

        public Clarify(String question, boolean personalDataWarning, List<ScoredEntry> candidates) {
            this(question, personalDataWarning, candidates, ClarifyReason.UNSURE);
        }

        @Override
        public Action action() {
            return Action.CLARIFY;
        }
    }

    /**
     * Nothing to answer from the FAQ.
     *
     * @param redirect where to ask instead, when the question matched a known out-of-scope
     *     topic; null otherwise
     * @param suggestions entries to offer instead: for want of a close match the closest ones with
     *     some evidence first, then the popular topics
     * @param redirectAgain the redirect in shorter words, when it comes again right after itself ({@link #again}); null
     *     otherwise
     */
    record Fallback(String question, boolean personalDataWarning, FallbackReason reason, String redirect,
                    List<FaqEntry> suggestions, List<ScoredEntry> candidates, String redirectAgain) implements Reply {
        public Fallback {
            suggestions = List.copyOf(suggestions);
            candidates = List.copyOf(candidates);
        }

        public Fallback(String question, boolean personalDataWarning, FallbackReason reason, String redirect,
                        List<FaqEntry> suggestions, List<ScoredEntry> candidates) {
            this(question, personalDataWarning, reason, redirect, suggestions, candidates, null);
        }

        /**
         * This redirect given again right after itself, said in {@code shorter} words (where to ask, and what of it speaks to
         * the message: {@link Phrases#redirectAgain}); {@link #redirect} still names the neighbouring matter.
         */
        public Fallback again(String shorter) {
            return new Fallback(question, personalDataWarning, reason, redirect, suggestions, candidates, shorter);
        }

        /** What the redirect says to the person: the matter's paragraph, or its shorter form when given again. */
        public String redirectShown() {
            return redirectAgain != null ? redirectAgain : redirect;
        }

        @Override
        public Action action() {
            return Action.FALLBACK;
        }
    }

    /**
     * A reply about one entry the chat has just been shown — a step, a detail, its tips, help for a
     * stuck step. It answers, and that entry is its only candidate and the chat's topic.
     */
    sealed interface AboutEntry extends Reply permits StepDetail, Detail, Tips, Step, Stuck {

        FaqEntry entry();

        @Override
        default Action action() {
            return Action.ANSWER;
        }

        @Override
        default List<ScoredEntry> candidates() {
            return List.of(new ScoredEntry(entry(), 1.0, List.of()));
        }
    }

    /**
     * One step of an entry, asked about by number after its answer ("第三步是什么意思"): the step
     * again on its own, with its own help when the corpus has some.
     *
     * @param number the step, counted from 1; always within the entry's steps
     */
    record StepDetail(String question, boolean personalDataWarning, FaqEntry entry, int number) implements AboutEntry {
        public StepDetail {
            if (number < 1 || number > entry.steps().size()) {
                throw new IllegalArgumentException("step " + number + " of an entry with " + entry.steps().size() + " steps");
            }
        }

        public String step() {
            return entry.steps().get(number - 1);
        }

        /** The step's own "stuck" help from the corpus; empty when it has none. */
        public List<String> help() {
            return number <= entry.stepHelp().size() ? entry.stepHelp().get(number - 1) : List.of();
        }
    }

    /**
     * A detail asked about right after an answer that covers it ("能提前做不" after the entry on how
     * often to certify): the sentence of that answer which speaks to it, with the whole answer a
     * tap away. Every sentence is the corpus's own.
     *
     * @param sentence from the entry's short answer, steps or tips; a step with the help written under it, one per line
     * @param otherReadings the other entries a choice would have offered for the message, after the whole answer: the
     *     detail stands in for that choice, and what it asked about may be one of them after all
     */
    record Detail(String question, boolean personalDataWarning, FaqEntry entry, String sentence, List<FaqEntry> otherReadings)
            implements AboutEntry {
        public Detail {
            otherReadings = List.copyOf(otherReadings);
        }

        public Detail(String question, boolean personalDataWarning, FaqEntry entry, String sentence) {
            this(question, personalDataWarning, entry, sentence, List.of());
        }

        /** The whole answer first, then the other readings. */
        public List<FaqEntry> offered() {
            return Stream.concat(Stream.of(entry), otherReadings.stream()).toList();
        }
    }

    /** The tips of an entry, asked for after its answer ("更多提示", "更多", {@code 0}). */
    record Tips(String question, boolean personalDataWarning, FaqEntry entry) implements AboutEntry {
    }

    /**
     * One step of a procedure followed step by step ("一步一步来", "下一步"): the step alone, with
     * the way on to the next step or to help for when it does not work.
     *
     * @param number the step, counted from 1; always within the entry's steps
     */
    record Step(String question, boolean personalDataWarning, FaqEntry entry, int number) implements AboutEntry {
        public Step {
            if (number < 1 || number > entry.steps().size()) {
                throw new IllegalArgumentException("step " + number + " of an entry with " + entry.steps().size() + " steps");
            }
        }

        public String step() {
            return entry.steps().get(number - 1);
        }

        public boolean isLast() {
            return number == entry.steps().size();
        }
    }

    /**
     * Help for someone stuck at a step ("这一步卡住了"): the step's own help, the entry's tips, the
     * hotline, and the way back to the step.
     *
     * @param number the step the person is stuck at, within the entry's steps (1 when it has none)
     */
    record Stuck(String question, boolean personalDataWarning, FaqEntry entry, int number) implements AboutEntry {
        public List<String> help() {
            return entry.helpForStep(number);
        }
    }

    /** Thanks for a 👍 or 👎 on the answer for {@code entryId}. */
    record Feedback(String question, boolean personalDataWarning, String entryId, boolean helpful) implements Reply {
        public String text() {
            return helpful ? Phrases.FEEDBACK_THANKS : Phrases.FEEDBACK_SORRY;
        }

        @Override
        public Action action() {
            return Action.SMALLTALK;
        }

        @Override
        public List<ScoredEntry> candidates() {
            return List.of();
        }
    }

    /** A greeting, thanks, goodbye or "who are you": a short friendly text. */
    record SmallTalk(String question, boolean personalDataWarning, SmallTalkKind kind, String text) implements Reply {
        @Override
        public Action action() {
            return Action.SMALLTALK;
        }

        @Override
        public List<ScoredEntry> candidates() {
            return List.of();
        }
    }

    /** Why a choice is offered, which its first line says. */
    enum ClarifyReason {
        /** Several entries fit the message about as well. */
        UNSURE,
        /**
         * Several entries fit, but the classifier finds the first one likely: its answer in brief comes above the choice,
         * as an offer rather than an answer ({@code DecisionThresholds#leansToTheFirst}).
         */
        LEANS_TO_THE_FIRST,
        /** The person tried what the last answer said and it did not work: other ways to try. */
        DID_NOT_WORK
    }

    /** Why a fallback happened; renderers word the apology accordingly. */
    enum FallbackReason {
        /** Empty, only punctuation, emoji or symbols: nothing to read. */
        NO_TEXT,
        /** The question is about something next to our topic that we do not answer. */
        OUT_OF_SCOPE,
        /** Nothing in the FAQ comes near. */
        NO_MATCH,
        /**
         * Some entries came near, but not near enough to ask back about: they are suggested first.
         * The question is probably ours; the bot says it is not sure rather than "I only know…".
         */
        UNSURE,
        /**
         * Mid-chat, a message that matches nothing on its own or with the chat's topic ("那怎么弄"
         * after a choice, "他耳朵不好使" after an answer): most likely it goes on from the last reply,
         * so the bot says it did not follow — not "I only know…" — and offers what it offered before.
         */
        UNCLEAR_IN_CHAT
    }

    /** Kinds of small talk the bot recognises. */
    enum SmallTalkKind {
        GREETING, THANKS, WHO_ARE_YOU, GOODBYE,
        /** "转人工", "我要人工客服": there is no person behind the bot; the reply says where to find one. */
        ASKS_FOR_A_PERSON,
        /** A number that picks none of the offered options, or no step of the last answer: the text says which work. */
        CHOICE_OUT_OF_RANGE,
        /** A tapped choice whose entry no longer exists (the corpus changed): popular topics instead. */
        EXPIRED_CHOICE,
        /** "更多" after an answer that has no more tips. */
        NO_MORE_TIPS,
        /** "还是不懂", "看不懂", "太复杂了": the person is lost, not asking anything new; the reply says how to go on. */
        CONFUSED,
        /** "字太小了看不清": the person cannot read the screen; the reply says who can read it out, and where else to turn. */
        CANNOT_READ_IT,
        /** "还是不行" again after the ways on were offered: the reply says who will help in person. */
        WAYS_ON_DID_NOT_WORK,
        /** "你直接帮我认证一下吧": the bot cannot certify for anyone; the reply says so, and who can. */
        ASKS_THE_BOT_TO_DO_IT
    }
}
