package org.pensionbot.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads {@code synonyms.txt} in Solr's synonym format: {@code #} comments, blank lines,
 * {@code a, b, c} (all become {@code a}) and {@code a, b => c} (the left-hand forms become
 * {@code c}). See {@link SynonymRules} for why rules rewrite rather than expand.
 */
final class SynonymFile {

    /** ASCII or full-width comma: Chinese keyboards type the latter. */
    private static final String TERM_SEPARATOR = "[,，]";

    private SynonymFile() {
    }

    static SynonymRules parse(Path file, String text, List<CorpusProblem> problems) {
        List<SynonymRules.Rule> rules = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = stripComment(lines[i]).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] sides = line.split("=>", -1);
            if (sides.length > 2) {
                problems.add(new CorpusProblem(file, lineNo, "a rule may contain '=>' only once"));
                continue;
            }
            if (hasEmptyItem(sides)) {
                // "a, , b" or "a, b," usually means a word was deleted and its comma forgotten: say so, or it goes unnoticed.
                problems.add(new CorpusProblem(file, lineNo, "an empty item between commas (as in 'a, , b' or a comma at the end): "
                        + "remove the extra comma"));
                continue;
            }
            List<String> left = terms(sides[0]);
            if (sides.length == 2) {
                List<String> right = terms(sides[1]);
                if (left.isEmpty() || right.size() != 1) {
                    problems.add(new CorpusProblem(file, lineNo,
                            "write 'variant, variant => canonical' with exactly one canonical form on the right"));
                    continue;
                }
                rules.add(new SynonymRules.Rule(left, right.get(0), lineNo));
            } else {
                if (left.size() < 2) {
                    problems.add(new CorpusProblem(file, lineNo, "a synonym group needs at least two comma-separated terms"));
                    continue;
                }
                rules.add(new SynonymRules.Rule(left.subList(1, left.size()), left.get(0), lineNo));
            }
        }
        return new SynonymRules(rules);
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static boolean hasEmptyItem(String[] sides) {
        for (String side : sides) {
            if (side.isBlank()) {
                continue;   // a missing side is reported with the rule's shape
            }
            for (String term : side.split(TERM_SEPARATOR, -1)) {
                if (term.isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> terms(String side) {
        return Arrays.stream(side.split(TERM_SEPARATOR)).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
