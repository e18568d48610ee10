package org.pensionbot.dialog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.pensionbot.corpus.FaqEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person may choose after each {@link Reply}, in rows, the same on every channel: under an
 * answer "更多提示" and "一步一步来", the related questions, features' choices (the yearly reminder)
 * and 👍/👎; the options of a clarification; three to five topics after a fallback; "下一步" and
 * "这一步卡住了" under a step. Choosing one is {@link Conversations#tap}.
 *
 * <p>Every id fits {@value ChoiceId#MAX_BYTES} bytes; a choice that would not (a very long entry
 * id) is left out. Thread-safe if the suppliers and feature hooks are.
 */
public final class ReplyChoices {

    /** {@code a:<entryId>}: answer this entry. */
    public static final String ANSWER = "a";
    /** {@code s:<entryId>:<n>}: step n of the entry, one step per message. */
    public static final String STEP = "s";
    /** {@code x:<entryId>:<n>}: the person is stuck at step n. */
    public static final String STUCK = "x";
    /** {@code t:<entryId>}: the entry's tips ("更多提示"). */
    public static final String TIPS = "t";
    /** {@code f:+:<entryId>} or {@code f:-:<entryId>}: was the answer helpful. */
    public static final String FEEDBACK = "f";
    public static final String HELPFUL = "+";
    public static final String NOT_HELPFUL = "-";

    /** The prefixes above; features may not register them again. */
    public static final List<String> BUILT_IN_PREFIXES = List.of(ANSWER, STEP, STUCK, TIPS, FEEDBACK);

    public static final int MAX_RELATED = 3;
    public static final int MIN_TOPICS = 3;
    public static final int MAX_TOPICS = 5;

    private static final Logger log = LoggerFactory.getLogger(ReplyChoices.class);

    private final Supplier<List<FaqEntry>> popularTopics;
    private final List<Function<String, List<Choice>>> answerFeatures;

    /**
     * @param popularTopics tops up a fallback that carries fewer than {@value #MIN_TOPICS} suggestions
     * @param answerFeatures one row each under every answer, in this order: the feature's choices for an entry id
     */
    public ReplyChoices(Supplier<List<FaqEntry>> popularTopics, List<Function<String, List<Choice>>> answerFeatures) {
        this.popularTopics = popularTopics;
        this.answerFeatures = List.copyOf(answerFeatures);
    }

    public ReplyChoices(Supplier<List<FaqEntry>> popularTopics) {
        this(popularTopics, List.of());
    }

    /** The rows of choices under {@code reply}; empty rows are left out. */
    public List<List<Choice>> of(Reply reply) {
        List<List<Choice>> rows = new ArrayList<>();
        if (reply instanceof Reply.Answer answer) {
            answer(answer, rows);
        } else if (reply instanceof Reply.Clarify clarify) {
            List<String> lines = Phrases.optionLines(clarify);
            for (int i = 0; i < lines.size(); i++) {
                rows.add(entry(clarify.candidates().get(i).entry(), lines.get(i)));
            }
        } else if (reply instanceof Reply.Fallback fallback) {
            topics(fallback.suggestions()).forEach(entry -> rows.add(entry(entry)));
        } else if (reply instanceof Reply.Detail detail) {
            detail.offered().forEach(entry -> rows.add(entry(entry)));
        } else if (reply instanceof Reply.Step step) {
            step(step, rows);
        } else if (reply instanceof Reply.Stuck stuck && stuck.entry().isProcedure()) {
            int back = Math.max(1, Math.min(stuck.number(), stuck.entry().steps().size()));
            rows.add(one(Phrases.backToStep(back), ChoiceId.of(STEP, stuck.entry().id(), Integer.toString(back)), Choice.Kind.MORE));
        } else if (reply instanceof Reply.SmallTalk smallTalk && smallTalk.kind() == Reply.SmallTalkKind.EXPIRED_CHOICE) {
            topics(List.of()).forEach(entry -> rows.add(entry(entry)));
        }
        rows.removeIf(List::isEmpty);
        return rows;
    }

    /** All choices of {@code reply} in one list, row by row. */
    public List<Choice> flat(Reply reply) {
        return of(reply).stream().flatMap(List::stream).toList();
    }

    private void answer(Reply.Answer answer, List<List<Choice>> rows) {
        FaqEntry entry = answer.entry();
        List<Choice> more = new ArrayList<>();
        if (!entry.tips().isEmpty()) {
            choice(Phrases.MORE_TIPS, ChoiceId.of(TIPS, entry.id()), Choice.Kind.MORE).ifPresent(more::add);
        }
        if (entry.isProcedure()) {
            choice(Phrases.STEP_BY_STEP, ChoiceId.of(STEP, entry.id(), "1"), Choice.Kind.MORE).ifPresent(more::add);
        }
        rows.add(more);
        answer.related().stream().limit(MAX_RELATED).forEach(related -> rows.add(entry(related)));
        answerFeatures.forEach(feature -> rows.add(featureRow(feature, entry.id())));
        rows.add(feedback(entry.id()));
    }

    private static void step(Reply.Step step, List<List<Choice>> rows) {
        String id = step.entry().id();
        if (!step.isLast()) {
            rows.add(one(Phrases.NEXT_STEP, ChoiceId.of(STEP, id, Integer.toString(step.number() + 1)), Choice.Kind.MORE));
        }
        rows.add(one(Phrases.STUCK, ChoiceId.of(STUCK, id, Integer.toString(step.number())), Choice.Kind.MORE));
        if (step.isLast()) {
            rows.add(feedback(id));
        }
    }

    /** A choice that opens {@code entry}, labelled with its title. */
    public static List<Choice> entry(FaqEntry entry) {
        return entry(entry, entry.title());
    }

    private static List<Choice> entry(FaqEntry entry, String label) {
        return one(ChoiceLabels.label(label), ChoiceId.of(ANSWER, entry.id()), Choice.Kind.ENTRY);
    }

    static List<Choice> feedback(String entryId) {
        List<Choice> row = new ArrayList<>();
        choice(Phrases.HELPFUL, ChoiceId.of(FEEDBACK, HELPFUL, entryId), Choice.Kind.FEEDBACK).ifPresent(row::add);
        choice(Phrases.NOT_HELPFUL, ChoiceId.of(FEEDBACK, NOT_HELPFUL, entryId), Choice.Kind.FEEDBACK).ifPresent(row::add);
        return row;
    }

    /** Three to five topics: the engine's suggestions, topped up with popular ones. */
    private List<FaqEntry> topics(List<FaqEntry> suggestions) {
        Map<String, FaqEntry> byId = new LinkedHashMap<>();
        suggestions.forEach(entry -> byId.putIfAbsent(entry.id(), entry));
        if (byId.size() < MIN_TOPICS) {
            popularTopics.get().forEach(entry -> byId.putIfAbsent(entry.id(), entry));
        }
        return byId.values().stream().limit(MAX_TOPICS).toList();
    }

    /** A feature's row: only well-formed choices; none if the hook fails. */
    private static List<Choice> featureRow(Function<String, List<Choice>> feature, String entryId) {
        try {
            List<Choice> choices = feature.apply(entryId);
            return choices == null ? List.of() : choices.stream()
                    .filter(c -> c != null && !c.label().isBlank() && ChoiceId.parse(c.id()).isPresent())
                    .toList();
        } catch (RuntimeException e) {
            log.warn("Choices of a feature for {} failed; the answer goes out without them", entryId, e);
            return List.of();
        }
    }

    private static List<Choice> one(String label, ChoiceId id, Choice.Kind kind) {
        return choice(label, id, kind).stream().toList();
    }

    /** A choice, unless its id is too long for every channel. */
    public static Optional<Choice> choice(String label, ChoiceId id, Choice.Kind kind) {
        return id.encode().map(encoded -> new Choice(label, encoded, kind));
    }
}
