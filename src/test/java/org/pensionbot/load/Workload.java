package org.pensionbot.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.pensionbot.corpus.CorpusLoader;
import org.pensionbot.telegram.fake.FakeBotApi;

/**
 * Who asks what, where and when: a seeded, reproducible list of questions.
 *
 * <p>Every user asks {@code messages / users} questions (the remainder goes to the first users);
 * the order of all questions is a seeded shuffle, so a user's questions are spread over the run
 * and now and then two come close together, as they do when someone asks a follow-up. The texts
 * are the labelled test questions of the real corpus ({@code tests.tsv}: answerable ones,
 * paraphrases and out-of-scope ones). A share of the questions is asked in one of a few groups,
 * addressed to the bot with an @mention, by a user who is in that group.
 *
 * <p>Arrivals are a Poisson process at {@code ratePerSecond}: independent users, exponential gaps.
 */
record Workload(List<Question> questions, List<Long> offsetsMillis, int users, int groups, double ratePerSecond, long seed) {

    /** One question: {@code chatId} is the user's id in a private chat, a negative group id in a group. */
    record Question(long chatId, long userId, String text) {
        boolean inGroup() {
            return chatId < 0;
        }
    }

    static final long FIRST_USER = 1_000_000L;
    static final long FIRST_GROUP = -1_001_000_000L;

    static Workload generate(int users, int messages, int groups, double groupShare, double ratePerSecond, long seed,
                             Path corpusDir) throws IOException {
        if (users < 1 || messages < users || groups < 0 || groupShare < 0 || groupShare > 1 || ratePerSecond <= 0) {
            throw new IllegalArgumentException("workload needs users >= 1, messages >= users, groups >= 0, 0 <= group share <= 1"
                    + " and a positive rate (was " + users + " users, " + messages + " messages, " + groups + " groups, share "
                    + groupShare + ", " + ratePerSecond + "/s)");
        }
        Random random = new Random(seed);
        List<String> texts = questionTexts(corpusDir);
        List<Long> askers = new ArrayList<>(messages);
        for (int i = 0; i < messages; i++) {
            askers.add(FIRST_USER + i % users);
        }
        Collections.shuffle(askers, random);

        List<Question> questions = new ArrayList<>(messages);
        List<Long> offsets = new ArrayList<>(messages);
        double at = 0;
        for (long user : askers) {
            String text = texts.get(random.nextInt(texts.size()));
            if (groups > 0 && random.nextDouble() < groupShare) {
                long group = FIRST_GROUP - (user % groups);
                questions.add(new Question(group, user, "@" + FakeBotApi.BOT_USERNAME + " " + text));
            } else {
                questions.add(new Question(user, user, text));
            }
            offsets.add(Math.round(at));
            at += -Math.log(1 - random.nextDouble()) * 1000 / ratePerSecond;
        }
        return new Workload(List.copyOf(questions), List.copyOf(offsets), users, groups, ratePerSecond, seed);
    }

    int size() {
        return questions.size();
    }

    long inGroups() {
        return questions.stream().filter(Question::inGroup).count();
    }

    private static List<String> questionTexts(Path corpusDir) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(corpusDir.resolve(CorpusLoader.TESTS_FILE), StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            String text = (tab < 0 ? line : line.substring(0, tab)).strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                texts.add(text);
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no questions in " + corpusDir.resolve(CorpusLoader.TESTS_FILE));
        }
        return texts;
    }
}
