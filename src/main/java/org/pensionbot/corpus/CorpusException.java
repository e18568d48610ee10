package org.pensionbot.corpus;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a corpus cannot be loaded; carries every problem found, not only the first. */
public final class CorpusException extends Exception {

    private final List<CorpusProblem> problems;
    private final List<CorpusProblem> warnings;

    public CorpusException(List<CorpusProblem> problems) {
        this(problems, List.of());
    }

    /** @param warnings found alongside, for a full report ({@code validate}); they did not cause the failure */
    public CorpusException(List<CorpusProblem> problems, List<CorpusProblem> warnings) {
        super(problems.size() + " problem(s) in the FAQ corpus:\n"
                + problems.stream().map(CorpusProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
    }

    /** The errors that kept the corpus from loading. */
    public List<CorpusProblem> problems() {
        return problems;
    }

    public List<CorpusProblem> warnings() {
        return warnings;
    }
}
