package org.pensionbot.search;

import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.OutOfScopeTopic;

/**
 * One indexed question variant (an entry's title, one of its questions, its keywords, or an
 * out-of-scope topic's question) with its terms and their total weight. Exactly one of
 * {@code entry} and {@code topic} is set; {@code entryNumber} is the entry's position in the
 * corpus (-1 for a topic), so that scoring can tell entries apart without hashing them.
 */
record Variant(FaqEntry entry, int entryNumber, OutOfScopeTopic topic, TermSet terms, double weight) {
}
