package org.pensionbot.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The pieces of a long question worth matching on their own. Worried users write several
 * sentences of context around one real question ("我参加了城乡居民养老保险……想了解一下在支付宝上认证的
 * 具体步骤"); matching each sentence, and each pair of neighbouring clauses, lets the real question
 * be found without the context diluting it. Short questions are matched whole only.
 *
 * <p>Every piece is a run of whole clauses, so the caller analyses each clause once and builds
 * any piece's terms from its clauses' (no word or character pair spans a comma). A clause pair
 * is scored against the candidates found for its sentence: one index search per sentence
 * instead of one per piece.
 */
final class QuestionSegments {

    /** Up to this length a question is one thought. */
    static final int SHORT_QUESTION = 30;
    static final int MAX_SEGMENTS = 24;
    /** Sentences and clause pairs shorter than this say too little to be matched alone. */
    private static final int MIN_SEGMENT = 4;

    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;\\n]+");
    private static final Pattern CLAUSE_END = Pattern.compile("[，,、：:]+|\\s{2,}");

    /**
     * Clauses {@code [fromClause, toClause)} of the question, with their text; candidates for it
     * are searched with the terms of clauses {@code [searchFrom, searchTo)} (its sentence, or
     * itself).
     */
    record Segment(String text, int fromClause, int toClause, int searchFrom, int searchTo) {
    }

    private final List<String> clauses;
    private final List<Segment> segments;

    private QuestionSegments(List<String> clauses, List<Segment> segments) {
        this.clauses = clauses;
        this.segments = segments;
    }

    static QuestionSegments of(String question) {
        List<String> clauses = new ArrayList<>();
        List<int[]> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(question)) {
            int first = clauses.size();
            for (String clause : CLAUSE_END.split(sentence)) {
                if (!clause.isBlank()) {
                    clauses.add(clause.strip());
                }
            }
            if (clauses.size() > first) {
                sentences.add(new int[] {first, clauses.size()});
            }
        }
        // Keyed by clause range: two pieces over the same clauses have the same terms.
        Map<Long, Segment> segments = new LinkedHashMap<>();
        segments.put(range(0, clauses.size()), new Segment(question, 0, clauses.size(), 0, clauses.size()));
        if (question.codePointCount(0, question.length()) > SHORT_QUESTION) {
            for (int[] sentence : sentences) {
                addIfUseful(segments, clauses, sentence[0], sentence[1], sentence);
                for (int i = sentence[0]; i + 2 <= sentence[1]; i++) {
                    addIfUseful(segments, clauses, i, i + 2, sentence);
                }
            }
        }
        return new QuestionSegments(List.copyOf(clauses), segments.values().stream().limit(MAX_SEGMENTS).toList());
    }

    /** The clauses, in order; every segment is a run of them. */
    List<String> clauses() {
        return clauses;
    }

    /** The whole question first, then its sentences and clause pairs. */
    List<Segment> segments() {
        return segments;
    }

    private static void addIfUseful(Map<Long, Segment> segments, List<String> clauses, int from, int to, int[] sentence) {
        String text = String.join("，", clauses.subList(from, to));
        if (text.codePointCount(0, text.length()) >= MIN_SEGMENT) {
            segments.putIfAbsent(range(from, to), new Segment(text, from, to, sentence[0], sentence[1]));
        }
    }

    /** One key for the clause range {@code [from, to)}. */
    static long range(int from, int to) {
        return ((long) from << 32) | to;
    }
}
