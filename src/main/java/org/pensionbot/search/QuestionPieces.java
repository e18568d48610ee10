package org.pensionbot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What of a (normalised) question is compared with the corpus: the question as a whole when it
 * fits the model's window, and, for a question of several sentences, each sentence on its own.
 * A worried message ("我妈今年八十了，腿脚不好，一直是我帮她弄。今年支付宝上刷脸总是不通过，怎么办？")
 * carries its need in one sentence; the other sentences would blur the whole-text comparison.
 * A message of several sentences longer than {@link #WHOLE_THROUGH_SENTENCES_ABOVE} characters is
 * compared as a whole through its sentences' vectors ({@link #readsWholeThroughItsSentences}).
 *
 * <p>Cut on purpose rather than truncated silently: at most {@link #MAX_READ_CHARS} characters
 * are read (the gist of even a long message comes early, and a 10,000-character paste must not
 * cost seconds), at most {@link #MAX_SENTENCES} sentences are compared, and a sentence longer
 * than the model's window is cut at it. {@link #unreadChars()} says how much was left out.
 */
record QuestionPieces(List<String> pieces, int unreadChars) {

    static final int MAX_READ_CHARS = 600;
    static final int MAX_SENTENCES = 6;
    /** Shorter sentences ("好的。", "谢谢！") carry no need of their own. */
    static final int MIN_SENTENCE_CHARS = 4;

    /**
     * Above this length a message of several sentences is compared as a whole through the mean of
     * its sentences' vectors, not through a vector of its own. Measured 2026-12-04 on 40 messages of
     * 174–317 characters written (and labelled) by a helper before they were run: the right entry
     * first 19 → 20 of 30, answered outright and right 10 → 12, neighbours turned away 9 → 10 of 10,
     * no more wrong answers; no question of the other sets is this long (the longest real one has
     * 124 characters; from 60 on, the short long questions lost 2 of 51). And a 300-character
     * question answers in half the time: the model reads each sentence, on both cores, but not the
     * ~300 tokens of the whole a second time (p50 36 → 18 ms).
     */
    static final int WHOLE_THROUGH_SENTENCES_ABOVE = 150;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？!?；;…\\n])");

    QuestionPieces {
        pieces = List.copyOf(pieces);
    }

    /**
     * The pieces of a question already cut to {@link #MAX_READ_CHARS} and normalised; no pieces
     * for a blank one.
     */
    static QuestionPieces of(String normalized, int unreadChars) {
        String read = normalized.strip();
        if (read.isEmpty()) {
            return new QuestionPieces(List.of(), unreadChars);
        }
        List<String> sentences = sentences(read).stream()
                .limit(MAX_SENTENCES)
                .map(sentence -> prefix(sentence, SentenceEmbedder.WINDOW_CHARS))
                .toList();
        List<String> pieces = new ArrayList<>();
        pieces.add(prefix(read, SentenceEmbedder.WINDOW_CHARS));
        if (sentences.size() > 1) {
            pieces.addAll(sentences);
        }
        return new QuestionPieces(pieces, unreadChars);
    }

    /** Whether the whole question's vector is the mean of its sentences' ({@link #WHOLE_THROUGH_SENTENCES_ABOVE}). */
    static boolean readsWholeThroughItsSentences(String whole) {
        return whole.codePointCount(0, whole.length()) > WHOLE_THROUGH_SENTENCES_ABOVE;
    }

    /** The sentences of {@code text}, trimmed, without the ones too short to carry a need of their own. */
    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text)) {
            String trimmed = sentence.strip();
            if (trimmed.codePointCount(0, trimmed.length()) >= MIN_SENTENCE_CHARS) {
                sentences.add(trimmed);
            }
        }
        return sentences;
    }

    private static String prefix(String text, int maxCodePoints) {
        return text.codePointCount(0, text.length()) <= maxCodePoints
                ? text
                : text.substring(0, text.offsetByCodePoints(0, maxCodePoints));
    }
}
