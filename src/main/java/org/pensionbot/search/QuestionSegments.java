package org.pensionbot.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The pieces of a long question worth matching on their own. Worried users write several
 * sentences of context around one real question ("我参加了城乡居民养老保险……想了解一下在支付宝上认证的
 * 具体步骤"); matching each sentence, and each pair of neighbouring clauses, lets the real question
 * be found without the context diluting it. Short questions are matched whole only.
 */
final class QuestionSegments {

    /** Up to this length a question is one thought. */
    static final int SHORT_QUESTION = 30;
    static final int MAX_SEGMENTS = 24;

    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;\\n]+");
    private static final Pattern CLAUSE_END = Pattern.compile("[，,、：:]+|\\s{2,}");

    private QuestionSegments() {
    }

    static List<String> of(String question) {
        Set<String> segments = new LinkedHashSet<>();
        segments.add(question);
        if (question.codePointCount(0, question.length()) <= SHORT_QUESTION) {
            return List.copyOf(segments);
        }
        for (String sentence : SENTENCE_END.split(question)) {
            addIfUseful(segments, sentence);
            List<String> clauses = new ArrayList<>();
            for (String clause : CLAUSE_END.split(sentence)) {
                if (!clause.isBlank()) {
                    clauses.add(clause.strip());
                }
            }
            for (int i = 0; i + 1 < clauses.size(); i++) {
                addIfUseful(segments, clauses.get(i) + "，" + clauses.get(i + 1));
            }
        }
        return segments.stream().limit(MAX_SEGMENTS).toList();
    }

    private static void addIfUseful(Set<String> segments, String segment) {
        String stripped = segment.strip();
        if (stripped.codePointCount(0, stripped.length()) >= 4) {
            segments.add(stripped);
        }
    }
}
