package org.pensionbot.search;

import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.OutOfScopeTopic;

/**
 * One phrasing of the corpus as written, and whose it is: exactly one of {@code entry} and
 * {@code topic} is set. A {@link Variant} is a phrasing once analysed.
 *
 * @param ownerKey tells owners apart within one index (entries first, in corpus order, then topics)
 */
record Phrasing(FaqEntry entry, OutOfScopeTopic topic, int ownerKey, String text) {
}
