package org.pensionbot.search;

import java.util.List;

/**
 * Why retrieval scored an entry or topic as it did: its best-matching variant, what of the
 * question was compared with it, and the two signals behind the fused confidence (see
 * {@link Fusion}). Shown to admins by {@code explain} and {@code /why}.
 *
 * @param variant the entry's question variant (or topic example) that matched best
 * @param piece the part of the question it was compared with (the whole, or one sentence)
 * @param lexical the word-overlap evidence in [0,1]
 * @param cosine the sentence vectors' cosine in [-1,1]
 * @param matchedTerms the normalised words the piece shared with the variant
 * @param negationDisagrees whether one side negates a shared word and the other does not ({@link Negation})
 */
public record Evidence(String variant, String piece, double lexical, double cosine, List<String> matchedTerms,
                       boolean negationDisagrees) {

    public Evidence {
        matchedTerms = List.copyOf(matchedTerms);
    }
}
