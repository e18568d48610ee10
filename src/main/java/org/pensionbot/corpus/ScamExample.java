package org.pensionbot.corpus;

/**
 * A message written as someone in the middle of a scam writes it ({@code alarm}: cheated, gave a code
 * away, asked for one right now, asking whether a call is real), or an ordinary one that only looks
 * like it ({@code alarm} false: how to stay safe, whether the official app asks for a code). Search
 * learns from them to read a scam told in words no rule lists.
 */
public record ScamExample(String message, boolean alarm) {
}
