package org.pensionbot.dialog;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.pensionbot.search.FaqIndex;

/**
 * The clauses of a message as people type them: cut at punctuation and at the spaces that stand for it in
 * chat ("帮外婆在支付宝弄认证 输了身份证 提示不属于本次认证范围"). Search reads a message whole and by its sentences;
 * the rule that lets one clause settle a choice ({@link DecisionThresholds#answersByAClause}) reads it by these.
 * Not at a colon: what comes before one is a heading ("养老金资格认证流程详解:怎样才算完成?" asks how to tell it is
 * done, and its heading alone is the general how-to).
 */
final class Clauses {

    /** Shorter clauses ("急死了", "谢谢") carry no question of their own. */
    static final int MIN_CHARACTERS = 4;
    /**
     * Each clause is searched on its own, so a pasted 10,000-character text must not become hundreds of searches: only
     * the part search reads of a message ({@link FaqIndex#MAX_READ_CHARS}) is cut, and at most this many clauses are
     * returned.
     */
    static final int MAX_CLAUSES = 6;

    private static final Pattern BETWEEN_CLAUSES = Pattern.compile("[\\s，,。！？!?；;、]+");

    private Clauses() {
    }

    /** The clauses of {@code text} long enough to ask something, or none when it is a single clause. */
    static List<String> of(String text) {
        String read = text.strip();
        if (read.codePointCount(0, read.length()) > FaqIndex.MAX_READ_CHARS) {
            read = read.substring(0, read.offsetByCodePoints(0, FaqIndex.MAX_READ_CHARS));
        }
        List<String> clauses = Arrays.stream(BETWEEN_CLAUSES.split(read))
                .filter(clause -> clause.codePointCount(0, clause.length()) >= MIN_CHARACTERS)
                .limit(MAX_CLAUSES)
                .toList();
        return clauses.size() > 1 ? clauses : List.of();
    }
}
