package org.pensionbot.faults;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.CorpusException;
import org.pensionbot.corpus.CorpusLoader;
import org.pensionbot.corpus.Menus;
import org.pensionbot.telegram.Html;
import org.pensionbot.telegram.fake.FakeBotApi;
import org.pensionbot.telegram.fake.Updates;

/**
 * A stream of questions whose answers can be told apart: each user taps the six topic buttons
 * once, starting at a different one, and every answer begins with the bold title of its entry.
 * So the titles a chat received, in order, show at a glance whether any question was lost,
 * answered twice or answered out of order.
 *
 * <p>Private chats only; user ids are {@code firstUser} .. {@code firstUser + users - 1}.
 */
final class TopicStream {

    /** The start menu of the real corpus: the topic buttons' labels and the entries they stand for. */
    private static final List<Menus.MenuItem> TOPICS = load(RealEngine.CORPUS).menus().startMenu();
    static final int PER_USER = TOPICS.size();

    private final long firstUser;
    private final int users;
    private final List<String> labels = TOPICS.stream().map(Menus.MenuItem::label).toList();
    private final List<String> titles;

    TopicStream(long firstUser, int users, Path corpusDir) {
        this.firstUser = firstUser;
        this.users = users;
        Corpus corpus = load(corpusDir);
        this.titles = TOPICS.stream().map(item -> Html.escape(corpus.entry(item.entry()).orElseThrow().title())).toList();
    }

    TopicStream(long firstUser, int users) {
        this(firstUser, users, RealEngine.CORPUS);
    }

    List<Long> users() {
        List<Long> ids = new ArrayList<>();
        for (long user = firstUser; user < firstUser + users; user++) {
            ids.add(user);
        }
        return ids;
    }

    int total() {
        return users * PER_USER;
    }

    /** Pushes question {@code k} of every user, for k = 0..5, pausing {@code gapMillis} between pushes. */
    void pushAll(FakeBotApi api, long gapMillis) throws InterruptedException {
        for (int k = 0; k < PER_USER; k++) {
            for (long user : users()) {
                push(api, user, k);
                if (gapMillis > 0) {
                    Thread.sleep(gapMillis);
                }
            }
        }
    }

    void push(FakeBotApi api, long user, int k) {
        api.push(question(user, k));
    }

    /** Question {@code k} of {@code user} as an update without an id. */
    ObjectNode question(long user, int k) {
        return Updates.text(user, labels.get(topic(user, k)));
    }

    /** The titles {@code user} should see, in order. */
    List<String> expected(long user) {
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < PER_USER; k++) {
            expected.add(titles.get(topic(user, k)));
        }
        return expected;
    }

    /** The titles {@code user} received, in the order Telegram accepted them. */
    static List<String> received(FakeBotApi api, long user) {
        List<String> received = new ArrayList<>();
        for (FakeBotApi.Call call : api.messagesTo(user)) {
            String text = call.text();
            int end = text.indexOf("</b>");
            received.add(text.startsWith("<b>") && end > 0 ? text.substring(3, end) : text);
        }
        return received;
    }

    /** How the stream fared: questions answered once, never, or more than once. */
    Outcome outcome(FakeBotApi api) {
        int once = 0;
        int lost = 0;
        int extra = 0;
        List<String> problems = new ArrayList<>();
        for (long user : users()) {
            List<String> expected = expected(user);
            List<String> received = received(api, user);
            for (String title : expected) {
                long copies = received.stream().filter(title::equals).count();
                if (copies == 0) {
                    lost++;
                } else {
                    once++;
                    extra += (int) (copies - 1);
                }
            }
            if (!received.equals(expected)) {
                problems.add("user " + user + ": expected " + expected + " but received " + received);
            }
        }
        return new Outcome(total(), once, lost, extra, problems);
    }

    private int topic(long user, int k) {
        return (int) ((user + k) % PER_USER);
    }

    /**
     * @param answered questions answered at least once
     * @param lost questions never answered
     * @param duplicates extra copies of answers beyond the first
     * @param problems chats whose transcript is not exactly the expected answers in order
     */
    record Outcome(int questions, int answered, int lost, int duplicates, List<String> problems) {
        boolean exactlyOnceInOrder() {
            return problems.isEmpty();
        }

        @Override
        public String toString() {
            return questions + " questions: " + answered + " answered, " + lost + " lost, " + duplicates + " extra copies"
                    + (problems.isEmpty() ? "" : "\n  " + String.join("\n  ", problems));
        }
    }

    private static Corpus load(Path corpusDir) {
        try {
            return CorpusLoader.load(corpusDir);
        } catch (CorpusException e) {
            throw new IllegalStateException("the real corpus must load: " + e.getMessage(), e);
        }
    }
}
