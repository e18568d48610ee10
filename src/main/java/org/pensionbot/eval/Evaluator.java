package org.pensionbot.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pensionbot.corpus.LabelledQuestion;
import org.pensionbot.dialog.Action;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.dialog.Reply;
import org.pensionbot.search.ScoredEntry;

/**
 * Measures the dialog engine on labelled questions, the way a user would experience it.
 *
 * <p>An answerable row counts as correct (top-1) when the expected entry is the one answered, or
 * the first option offered when the bot asks back: the user sees the right entry first either
 * way. A negative row counts as rejected when the bot does not present an FAQ entry as the
 * answer (fallback or small talk).
 */
public final class Evaluator {

    private final DialogEngine engine;

    public Evaluator(DialogEngine engine) {
        this.engine = engine;
    }

    public EvalReport run(List<LabelledQuestion> rows) {
        int answerable = 0;
        int negatives = 0;
        int top1 = 0;
        int answeredRight = 0;
        int rejected = 0;
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        Map<String, int[]> perEntry = new TreeMap<>();
        List<EvalReport.Result> results = new ArrayList<>();
        for (LabelledQuestion row : rows) {
            Reply reply = engine.reply(row.question());
            String topId = topId(reply);
            double confidence = reply.candidates().isEmpty() ? 0 : reply.candidates().get(0).confidence();
            if (reply instanceof Reply.Answer answer) {
                perEntry.computeIfAbsent(answer.entry().id(), id -> new int[3])[1]++;
            }
            Outcome outcome = outcome(row, reply);
            outcomes.merge(outcome, 1, Integer::sum);
            String nearest = reply.candidates().isEmpty() ? "" : reply.candidates().get(0).evidence().variant();
            EvalReport.Result result = new EvalReport.Result(row, reply.action(), topId, confidence, nearest, outcome);
            results.add(result);
            if (row.answerable()) {
                answerable++;
                int[] score = perEntry.computeIfAbsent(row.expectedId(), id -> new int[3]);
                score[0]++;
                if (!result.missed()) {   // the expected entry answered or offered first
                    top1++;
                }
                if (reply.action() == Action.ANSWER && row.expectedId().equals(topId)) {
                    answeredRight++;
                    score[2]++;
                }
            } else {
                negatives++;
                if (!result.missed()) {   // turned away: a fallback or small talk
                    rejected++;
                }
            }
        }
        Map<String, EvalReport.EntryScore> scores = new TreeMap<>();
        perEntry.forEach((id, s) -> scores.put(id, new EvalReport.EntryScore(s[0], s[1], s[2])));
        return new EvalReport(answerable, negatives, share(top1, answerable), share(answeredRight, answerable),
                share(rejected, negatives), outcomes, scores, results);
    }

    private static Outcome outcome(LabelledQuestion row, Reply reply) {
        boolean offersExpected = reply instanceof Reply.Clarify clarify
                && clarify.candidates().stream().anyMatch(option -> option.id().equals(row.expectedId()));
        boolean suggestsExpected = reply instanceof Reply.Fallback fallback
                && fallback.suggestions().stream().anyMatch(entry -> entry.id().equals(row.expectedId()));
        if (!row.answerable()) {
            return switch (reply.action()) {
                case ANSWER -> Outcome.NEGATIVE_ANSWERED;
                case CLARIFY -> Outcome.NEGATIVE_CLARIFIED;
                default -> Outcome.TURNED_AWAY;
            };
        }
        return switch (reply.action()) {
            case ANSWER -> reply instanceof Reply.Answer answer && answer.entry().id().equals(row.expectedId())
                    ? Outcome.ANSWERED_RIGHT : Outcome.ANSWERED_WRONG;
            case CLARIFY -> offersExpected ? Outcome.CLARIFIED_WITH_RIGHT : Outcome.CLARIFIED_WITHOUT_RIGHT;
            default -> suggestsExpected ? Outcome.FELL_BACK_SUGGESTING_RIGHT : Outcome.FELL_BACK;
        };
    }

    private static String topId(Reply reply) {
        if (reply instanceof Reply.Answer answer) {
            return answer.entry().id();
        }
        List<ScoredEntry> candidates = reply.candidates();
        return candidates.isEmpty() ? null : candidates.get(0).id();
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }
}
