package org.pensionbot.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.search.FaqIndex;
import org.pensionbot.search.ScoredEntry;
import org.pensionbot.store.UnansweredReport;

/**
 * What an admin can teach the corpus from the questions it missed: for each group of unanswered
 * questions, the entries it came closest to, any of which the admin may add the question to as a
 * phrasing ({@link VariantLearner}).
 *
 * <p>A question is referred to by a short {@link #key}, so that a button (64 bytes at most on
 * Telegram) can name it: the key is looked up again in the unanswered list, or among an entry's
 * phrasings, when the button is pressed. Stateless and thread-safe.
 */
public final class LearningOffers {

    /** Entries offered per question: a choice of three is quick to read on a phone. */
    public static final int MAX_CANDIDATES = 3;
    /** Base-36 characters of the key: 50 bits, ample to tell a few hundred questions apart. */
    static final int KEY_LENGTH = 10;

    private LearningOffers() {
    }

    /**
     * One question the bot missed and where it might belong.
     *
     * @param number the question's place in the unanswered list, from 1
     * @param candidates the closest entries now, best first; empty when nothing is close
     */
    public record Offer(int number, UnansweredReport.Question question, String key, List<FaqEntry> candidates) {
        public Offer {
            candidates = List.copyOf(candidates);
        }
    }

    /** An offer for every question of the report, with candidates from the index being served. */
    public static List<Offer> of(UnansweredReport report, FaqIndex index) {
        List<Offer> offers = new ArrayList<>();
        List<UnansweredReport.Question> questions = report.questions();
        for (int i = 0; i < questions.size(); i++) {
            UnansweredReport.Question question = questions.get(i);
            List<FaqEntry> candidates = index.search(question.text()).entries().stream()
                    .limit(MAX_CANDIDATES).map(ScoredEntry::entry).toList();
            offers.add(new Offer(i + 1, question, key(question.text()), candidates));
        }
        return offers;
    }

    /** The question of the report whose {@link #key} this is: its main wording or one of its variants. */
    public static Optional<String> find(UnansweredReport report, String key) {
        for (UnansweredReport.Question question : report.questions()) {
            if (key(question.text()).equals(key)) {
                return Optional.of(question.text());
            }
            Optional<String> variant = question.variants().stream().filter(v -> key(v).equals(key)).findFirst();
            if (variant.isPresent()) {
                return variant;
            }
        }
        return Optional.empty();
    }

    /** The phrasing of {@code entry} whose {@link #key} this is (to undo a learn). */
    public static Optional<String> findPhrasing(FaqEntry entry, String key) {
        return entry.questions().stream().filter(q -> key(q).equals(key)).findFirst();
    }

    /** A short, stable name for a question's text: {@value #KEY_LENGTH} characters of [0-9a-z]. */
    public static String key(String question) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(question.strip().getBytes(StandardCharsets.UTF_8));
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits = (bits << 8) | (digest[i] & 0xff);
            }
            // 50 bits stay below 36^10, so the key never needs more than ten characters.
            String key = Long.toString(bits >>> 14, 36);
            return "0".repeat(KEY_LENGTH - key.length()) + key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
