package org.pensionbot.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pensionbot.corpus.LabelledQuestion;
import org.pensionbot.corpus.QualityBar;
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
 * @param results what every row got, in file order
 */
public record EvalReport(int answerableRows, int negativeRows, double accuracy, double answeredCorrectly, double rejection,
                         Map<Outcome, Integer> outcomes, Map<String, EntryScore> perEntry, List<Result> results) {

    public EvalReport {
        EnumMap<Outcome, Integer> all = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            all.put(outcome, outcomes.getOrDefault(outcome, 0));
        }
        outcomes = Map.copyOf(all);
        perEntry = Map.copyOf(perEntry);
        results = List.copyOf(results);
    }

    /**
     * The rows that went wrong, in file order: an answerable row whose expected entry was neither answered nor
     * offered first, a negative row that was neither turned away nor met with small talk.
     */
    public List<Result> misses() {
        return results.stream().filter(Result::missed).toList();
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

    /** Where this run falls short of {@code bar}, one phrase each ("answered right 63.1 % < 64.0 %"); empty when it meets it. */
    public List<String> shortfalls(QualityBar bar) {
        List<String> shortfalls = new ArrayList<>();
        if (accuracy < bar.minTopOne()) {
            shortfalls.add(String.format(Locale.ROOT, "top-1 %.1f %% < %.1f %%", 100 * accuracy, 100 * bar.minTopOne()));
        }
        if (answeredCorrectly < bar.minAnsweredRight()) {
            shortfalls.add(String.format(Locale.ROOT, "answered right %.1f %% < %.1f %%", 100 * answeredCorrectly, 100 * bar.minAnsweredRight()));
        }
        double wrong = share(Outcome.ANSWERED_WRONG);
        if (wrong > bar.maxAnsweredWrong()) {
            shortfalls.add(String.format(Locale.ROOT, "answered wrong %.1f %% > %.1f %%", 100 * wrong, 100 * bar.maxAnsweredWrong()));
        }
        if (rejection < bar.minTurnedAway()) {
            shortfalls.add(String.format(Locale.ROOT, "turned away %.1f %% < %.1f %%", 100 * rejection, 100 * bar.minTurnedAway()));
        }
        return shortfalls;
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

    /**
     * What one row got: the reply's action, its first entry (answered or offered first; null when none), that
     * entry's confidence and the phrasing of it the question came nearest ("" when none), and the outcome.
     */
    public record Result(LabelledQuestion row, Action action, String topId, double confidence, String nearestPhrasing,
                         Outcome outcome) {

        /** The expected entry was neither answered nor offered first, or a negative was not turned away ({@link #misses}). */
        public boolean missed() {
            if (!row.answerable()) {
                return action != Action.FALLBACK && action != Action.SMALLTALK;
            }
            return !((action == Action.ANSWER || action == Action.CLARIFY) && row.expectedId().equals(topId));
        }
    }
}
