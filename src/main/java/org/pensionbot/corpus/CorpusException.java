package org.pensionbot.corpus;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a corpus cannot be loaded; carries every problem found, not only the first. */
public final class CorpusException extends Exception {

    private final List<CorpusProblem> problems;

    public CorpusException(List<CorpusProblem> problems) {
        super(problems.size() + " problem(s) in the FAQ corpus:\n"
                + problems.stream().map(CorpusProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<CorpusProblem> problems() {
        return problems;
    }
}
