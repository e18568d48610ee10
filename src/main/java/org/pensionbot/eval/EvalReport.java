package org.pensionbot.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pensionbot.corpus.LabelledQuestion;
import org.pensionbot.dialog.Action;

/**
 * The outcome of running labelled questions through the dialog engine.
 *
 * @param accuracy share of answerable rows whose top entry is the expected one, answered or
 *     offered first when clarifying (top-1)
 * @param answeredCorrectly share of answerable rows answered outright with the expected entry
 * @param rejection share of must-not-answer rows that got no FAQ answer (fallback or small talk)
 * @param outcomes how many rows ended in each {@link Outcome}
 * @param perEntry precision and recall of outright answers per entry id
 * @param misses every row that went wrong, in file order
 */
public record EvalReport(int answerableRows, int negativeRows, double accuracy, double answeredCorrectly, double rejection,
                         Map<Outcome, Integer> outcomes, Map<String, EntryScore> perEntry, List<Miss> misses) {

    public EvalReport {
        EnumMap<Outcome, Integer> all = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            all.put(outcome, outcomes.getOrDefault(outcome, 0));
        }
        outcomes = Map.copyOf(all);
        perEntry = Map.copyOf(perEntry);
        misses = List.copyOf(misses);
    }

    /** Rows that ended in {@code outcome}. */
    public int count(Outcome outcome) {
        return outcomes.get(outcome);
    }

    /** {@code outcome}'s share of the answerable rows, or of the negative rows for negative outcomes. */
    public double share(Outcome outcome) {
        int whole = outcome.forAnswerable() ? answerableRows : negativeRows;
        return whole == 0 ? 0 : (double) count(outcome) / whole;
    }

    /** Precision and recall of one entry, counting outright answers only. */
    public record EntryScore(int expected, int answered, int correct) {
        public double precision() {
            return answered == 0 ? 1 : (double) correct / answered;
        }

        public double recall() {
            return expected == 0 ? 1 : (double) correct / expected;
        }
    }

    /** A row where the bot's top choice or decision was wrong. */
    public record Miss(LabelledQuestion row, Action action, String topId, double confidence, Outcome outcome) {
    }
}
