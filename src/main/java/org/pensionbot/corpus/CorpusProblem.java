package org.pensionbot.corpus;

import java.nio.file.Path;

/**
 * One thing wrong with a corpus file, located for the admin who has to fix it.
 *
 * <p>An {@link Severity#ERROR} keeps the corpus from loading; a {@link Severity#WARNING} is worth
 * fixing but the corpus still loads and serves (for example an answer too long for a phone screen).
 *
 * @param line 1-based line number, or 0 when the problem concerns the whole file
 */
public record CorpusProblem(Path file, int line, String message, Severity severity) {

    /** How bad a problem is. */
    public enum Severity { ERROR, WARNING }

    /** An error: the corpus does not load until it is fixed. */
    public CorpusProblem(Path file, int line, String message) {
        this(file, line, message, Severity.ERROR);
    }

    public static CorpusProblem warning(Path file, int line, String message) {
        return new CorpusProblem(file, line, message, Severity.WARNING);
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    /**
     * The compiler-style {@code file:line: message} form that editors can jump to; warnings read
     * {@code file:line: warning: message}.
     */
    @Override
    public String toString() {
        String text = isWarning() ? "warning: " + message : message;
        return line > 0 ? file + ":" + line + ": " + text : file + ": " + text;
    }
}
