package org.pensionbot.corpus;

import java.util.List;

/**
 * A Markdown file split into its YAML front matter and its body, remembering on which line of
 * the file each part starts so that problems can be reported at the right line.
 */
record FrontMatterDocument(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    private static final String FENCE = "---";

    /**
     * Splits {@code text}; the file must open with a {@code ---} line and close the front matter
     * with another one.
     *
     * @throws MalformedFrontMatter with a message and a 1-based line when a fence is missing
     */
    static FrontMatterDocument split(String text) throws MalformedFrontMatter {
        List<String> lines = text.lines().toList();
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first >= lines.size() || !lines.get(first).strip().equals(FENCE)) {
            throw new MalformedFrontMatter(first + 1, "the file must start with a '---' line that opens the YAML front matter");
        }
        for (int i = first + 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(FENCE)) {
                String yaml = String.join("\n", lines.subList(first + 1, i));
                String body = String.join("\n", lines.subList(i + 1, lines.size()));
                return new FrontMatterDocument(yaml, first + 2, body, i + 2);
            }
        }
        throw new MalformedFrontMatter(first + 1, "the front matter opened here is never closed with a '---' line");
    }

    /** The fences around the front matter are missing or unbalanced. */
    static final class MalformedFrontMatter extends Exception {
        final int line;

        MalformedFrontMatter(int line, String message) {
            super(message);
            this.line = line;
        }
    }
}
