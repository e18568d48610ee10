package org.pensionbot.search;

import java.util.Set;
import org.apache.lucene.index.Term;

/**
 * A text as the classifiers read it ({@link EntryClassifier}, {@link ScamClassifier}): its sentence vector and
 * its terms (the analysis chain's words and bigrams, read as {@link TermFeatures}).
 */
record Reading(float[] vector, Set<Term> terms) {
}
