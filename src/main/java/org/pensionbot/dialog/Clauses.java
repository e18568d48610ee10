package org.pensionbot.dialog;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

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
     * A message of more clauses than this is a story told at length, which search reads by its sentences: one clause of
     * it settles nothing, and each clause would be one more search (a worried 300-character message spent more than half
     * its time, ~30 ms, searching its first six clauses). On every labelled set, the written chats and the testers' chats
     * the rule settled no message above 22 characters.
     */
    static final int MAX_CLAUSES = 6;

    private static final Pattern BETWEEN_CLAUSES = Pattern.compile("[\\s，,。！？!?；;、]+");

    private Clauses() {
    }

    /**
     * The clauses of {@code text} long enough to ask something, or none when it is a single clause or more than
     * {@link #MAX_CLAUSES}.
     */
    static List<String> of(String text) {
        List<String> clauses = Arrays.stream(BETWEEN_CLAUSES.split(text.strip()))
                .filter(clause -> clause.codePointCount(0, clause.length()) >= MIN_CHARACTERS)
                .limit(MAX_CLAUSES + 1)
                .toList();
        return clauses.size() > 1 && clauses.size() <= MAX_CLAUSES ? clauses : List.of();
    }
}
