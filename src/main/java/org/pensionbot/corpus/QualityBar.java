package org.pensionbot.corpus;

/**
 * The level one labelled set is held to ({@code quality-bars.tsv}): {@code mvn test} fails below it and {@code eval}
 * says so. Shares in [0,1]; a bar the file leaves out ({@code -}) is 0 for a minimum and 1 for the maximum, which
 * every set meets.
 *
 * @param file the labelled set's file name in the corpus folder ({@code tests-real-dev.tsv})
 * @param minTopOne the share of answerable questions whose entry is answered or offered first
 * @param minAnsweredRight the share answered outright with their entry
 * @param maxAnsweredWrong the share answered outright with another entry: the costly failure
 * @param minTurnedAway the share of questions the bot must not answer that are redirected or fall back
 */
public record QualityBar(String file, double minTopOne, double minAnsweredRight, double maxAnsweredWrong, double minTurnedAway) {
}
