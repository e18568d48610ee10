package org.pensionbot.corpus;

import java.nio.file.Path;

/**
 * One thing wrong with a corpus file, located for the admin who has to fix it.
 *
 * @param line 1-based line number, or 0 when the problem concerns the whole file
 */
public record CorpusProblem(Path file, int line, String message) {

    /** The compiler-style {@code file:line: message} form that editors can jump to. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
