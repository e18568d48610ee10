package org.pensionbot.search;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * {@link HomophoneRepair} as a char filter. A repair keeps the text's length, so offsets need no
 * correction (pinyin read as characters shortens it: offsets then point into the shorter text, which
 * only questions go through, and their offsets are never used). It reads its whole input before the
 * first character is served: a run can only be judged with the characters around it, and questions
 * and phrasings are short.
 */
final class HomophoneCharFilter extends CharFilter {

    private final HomophoneRepair repair;
    private String text;
    private int position;

    HomophoneCharFilter(Reader input, HomophoneRepair repair) {
        super(input);
        this.repair = repair;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (text == null) {
            text = repair.repair(TextNormalizer.readAll(input));
        }
        if (position >= text.length()) {
            return -1;
        }
        int count = Math.min(length, text.length() - position);
        text.getChars(position, position + count, buffer, offset);
        position += count;
        return count;
    }

    @Override
    protected int correct(int currentOffset) {
        return currentOffset;
    }
}
