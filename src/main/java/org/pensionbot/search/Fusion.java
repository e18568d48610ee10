package org.pensionbot.search;

/**
 * How lexical and dense evidence become one confidence in [0,1] — the only place they meet.
 *
 * <pre>
 *   dense      = clamp((cosine − DENSE_FLOOR) / (1 − DENSE_FLOOR), 0, 1)
 *   confidence = DENSE_WEIGHT · dense + LEXICAL_WEIGHT · lexical
 * </pre>
 *
 * <ul>
 *   <li>{@code lexical} is the IDF-weighted overlap of the question's and the variant's terms
 *       ({@link LexicalOverlap}): 1 when they share every word, rare words counting most.</li>
 *   <li>{@code cosine} is the cosine of their sentence vectors ({@link SentenceEmbedder}). This
 *       model puts unrelated Chinese sentences around 0.4–0.6 and paraphrases above 0.8, so
 *       cosines up to {@link #DENSE_FLOOR} count as no evidence at all.</li>
 * </ul>
 * A plain weighted sum: measured side by side on real people's questions it beat either signal
 * alone by 6–9 points of top-1, and each signal covers the other's weakness (the model misreads
 * short and mistyped questions; word overlap misses paraphrase). The weights were chosen on the
 * development sets only ({@code tests.tsv}, {@code tests-long.tsv}, {@code tests-real-dev.tsv}).
 * The decision thresholds that act on the result live in the dialog package's
 * {@code DecisionThresholds}.
 *
 * <p>When the bot offers a choice instead of answering, its options are put in order by
 * {@link #choiceOrder}, which also counts how likely the question belongs to each entry by what
 * {@link EntryClassifier} learned from all the corpus's phrasings:
 * <pre>
 *   order = confidence + CLASSIFIER_WEIGHT · probability of the entry
 * </pre>
 * An entry's confidence rests on its single best phrasing, so an entry one of whose phrasings
 * happens to share the question's words can edge ahead of the entry the question is about
 * (on the corpus of commit e032ee6, "谁需要办理养老金资格认证?": the materials entry 0.54 before what
 * certification is and who needs it, 0.52); the classifier has weighed all phrasings together. The
 * order never decides whether to answer. In a message of several sentences the classifier reads the
 * sentence that asks (the last one that does, {@code AskingSentence}): the whole message's vector carries the story
 * around the question ("我帮我妈在支付宝上做了认证……有没有地方可以查结果？" leans to the Alipay entry).
 *
 * <p>Chosen on the development sets and on the real development questions run against the corpus as
 * it was before any phrasing was written from them (commit e032ee6, the stand-in for unseen
 * questions). It replaced {@code 0.8 · confidence + 0.2 · dense(cosine to the entry's mean phrasing
 * vector)}, which had the same purpose: the stand-in's top-1 67.1 → 69.5 % (6 more of 249), 23 more
 * across the development sets (real +4, typos +3, dialects +3, long messages +6, …), no answer
 * changed; two written chats fewer with their entry first (ConversationContextTest). Weights from 0.2
 * to 0.5 gained about the same on single questions; above 0.2 more chats lost. Reading the sentence
 * that asks in a longer message, rather than leaving such a message in the order of confidence:
 * tests-long 49 → 51 of 51, tests-very-long 21 → 25 of 30, nothing else changed.
 *
 * <p>The weight went from 0.2 to 0.4 once the classifier read the question's words as well as its vector
 * ({@link TermFeatures}, 2026-12-05): its probabilities became both better and sharper, and at 0.2 the
 * stand-in's choices had the right entry first 4 times fewer (69.4 → 67.8 %); at 0.4 the stand-in is back to
 * 69.4 %, the relatives' questions 76.3 → 81.9 %, and the other development sets within a question or two
 * (BENCHMARKS.md); 0.7 came out about the same as 0.4, 0.1 worse; the written chats the same at 0.2 and 0.4.
 */
public final class Fusion {

    public static final double DENSE_WEIGHT = 0.8;
    public static final double LEXICAL_WEIGHT = 1 - DENSE_WEIGHT;
    static final double DENSE_FLOOR = 0.6;
    /** How much the classifier's probability counts in {@link #choiceOrder}. */
    public static final double CLASSIFIER_WEIGHT = 0.4;

    private Fusion() {
    }

    /** The dense evidence in [0,1] for a cosine in [-1,1]. */
    public static double dense(double cosine) {
        return Math.max(0, Math.min(1, (cosine - DENSE_FLOOR) / (1 - DENSE_FLOOR)));
    }

    /** The fused confidence in [0,1]. */
    public static double confidence(double lexical, double cosine) {
        return DENSE_WEIGHT * dense(cosine) + LEXICAL_WEIGHT * lexical;
    }

    /**
     * Where an entry belongs among a choice's options, higher first, from its confidence and the
     * probability that the question belongs to it ({@link EntryClassifier}).
     */
    public static double choiceOrder(double confidence, double probability) {
        return confidence + CLASSIFIER_WEIGHT * probability;
    }
}
