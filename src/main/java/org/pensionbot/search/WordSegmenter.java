package org.pensionbot.search;

/**
 * Cuts a run of Han characters into words: of all ways to cut it into dictionary words (any single
 * character allowed), the most probable one, each word weighed by its frequency in the
 * {@link Lexicon} (a unigram model, as jieba does). "支付宝怎么给老人认证" becomes
 * 支付 / 宝 / 怎么 / 给 / 老人 / 认证 — what smartcn gives for nine in ten of our test questions.
 *
 * <p>Thread-safe and allocation-light: one dynamic-programming pass from the end of the run.
 */
final class WordSegmenter {

    /** Receives each word as a slice of the text, with its {@link TermCode#WORD} code. */
    interface WordSink {
        void word(int start, int end, long code);
    }

    private final Lexicon lexicon;

    WordSegmenter(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Segments {@code text[start, end)}, which must be Han characters only. */
    void segment(char[] text, int start, int end, WordSink sink) {
        int length = end - start;
        double[] bestScore = new double[length + 1];
        int[] wordEnd = new int[length + 1];
        long[] wordCode = new long[length + 1];
        double unknownCharacter = -lexicon.logTotal();
        for (int i = length - 1; i >= 0; i--) {
            bestScore[i] = Double.NEGATIVE_INFINITY;
            long hash = TermCode.start(TermCode.WORD);
            for (int wordLength = 1; wordLength <= Lexicon.MAX_WORD_LENGTH && i + wordLength <= length; wordLength++) {
                hash = TermCode.extend(hash, text[start + i + wordLength - 1]);
                long code = TermCode.finish(TermCode.WORD, hash);
                int frequency = lexicon.frequency(code);
                double logProbability;
                if (frequency > 0) {
                    logProbability = Math.log(frequency) - lexicon.logTotal();
                } else if (wordLength == 1) {
                    logProbability = unknownCharacter;
                } else if (frequency == Lexicon.PREFIX_ONLY) {
                    continue;
                } else {
                    break;
                }
                double score = logProbability + bestScore[i + wordLength];
                if (score > bestScore[i]) {
                    bestScore[i] = score;
                    wordEnd[i] = i + wordLength;
                    wordCode[i] = code;
                }
            }
        }
        for (int i = 0; i < length; i = wordEnd[i]) {
            sink.word(start + i, start + wordEnd[i], wordCode[i]);
        }
    }
}
