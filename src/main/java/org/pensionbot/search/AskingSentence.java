package org.pensionbot.search;

import java.util.regex.Pattern;

/**
 * Whether one sentence of a longer message asks something ("都有哪些可以用？", "该怎么做") or only
 * tells the story around it ("我平时就用微信。", "家里老人行动不便"). People put their need in the
 * question and the circumstances around it; a telling sentence that happens to sound like another
 * entry should not decide what the whole message is about.
 *
 * <p>A sentence asks when it has a question mark or one of Chinese's question words and particles.
 * These are grammar, not topics: the list never names a subject. Works on normalised text
 * (Simplified, half-width); thread-safe.
 */
public final class AskingSentence {

    private static final Pattern QUESTION_MARKERS = Pattern.compile(
            "[?？吗嘛啥咋哪几]|怎|如何|什么|为何|是否|能否|可否|有没有|要不要|能不能|可不可以|会不会|多少|呢$");

    private AskingSentence() {
    }

    /** Whether {@code sentence}, in normalised text, asks something. */
    public static boolean asks(String sentence) {
        return QUESTION_MARKERS.matcher(sentence.strip()).find();
    }
}
