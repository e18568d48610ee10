package org.pensionbot.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.pensionbot.corpus.CorpusProblem;

/**
 * What one attempt to load the corpus came to: either a new index now being served, or a
 * rejected edit with every problem found while the previous index keeps serving.
 *
 * <p>Immutable. {@link CorpusProblem#toString()} gives each problem as {@code file:line: message},
 * ready for a log line or an admin's message.
 *
 * @param finishedAt when the attempt ended
 * @param duration time spent reading, validating and indexing
 * @param entries entries being served after the attempt: the new corpus's when it succeeded, the
 *     previous corpus's when the edit was rejected
 * @param problems empty when the attempt succeeded
 */
public record ReloadResult(Instant finishedAt, Duration duration, int entries, List<CorpusProblem> problems) {

    public ReloadResult {
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(duration, "duration");
        problems = List.copyOf(problems);
    }

    /** True when the corpus was valid and its index is now served. */
    public boolean ok() {
        return problems.isEmpty();
    }
}
