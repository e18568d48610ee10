package org.pensionbot.admin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.CorpusLoader;
import org.pensionbot.corpus.CorpusProblem;
import org.pensionbot.corpus.LabelledQuestion;
import org.pensionbot.corpus.OutOfScopeTopic;
import org.pensionbot.corpus.TestSetFile;

/**
 * Why a question must not become a phrasing of an entry, though that entry exists and no entry has it yet: the
 * corpus itself says otherwise. An admin tapping the wrong button under {@code /unanswered}, or typing the wrong id
 * to {@code learn}, would otherwise teach the bot to answer "养老金能领多少" — a neighbouring topic's question, labelled
 * not to be answered — with certification steps, and {@code validate} would find nothing wrong.
 *
 * <ul>
 *   <li>a neighbouring topic in {@code out-of-scope.yml} lists the question: it gets that topic's redirect;</li>
 *   <li>a labelled test file ({@code tests*.tsv}) labels it with another entry, or as not to be answered;</li>
 *   <li>the frozen half of the real questions holds it at all: that file is for measuring only, and a question
 *       copied from it into the corpus would make its numbers meaningless.</li>
 * </ul>
 */
final class LabelledElsewhere {

    private LabelledElsewhere() {
    }

    /** What in {@code corpus} speaks against learning {@code question} for {@code entryId}, in plain words; empty if nothing. */
    static Optional<String> against(Corpus corpus, String question, String entryId) {
        Optional<OutOfScopeTopic> topic = corpus.topicWithQuestion(question);
        if (topic.isPresent()) {
            return Optional.of("out-of-scope.yml lists this question under the topic '" + topic.get().topic()
                    + "', which gets a redirect, not an answer: take it out there first if it belongs to an entry");
        }
        String key = CorpusLoader.comparable(question);
        for (Path file : TestSetFile.allIn(corpus.directory())) {
            for (LabelledQuestion row : TestSetFile.read(file, corpus, new ArrayList<CorpusProblem>())) {
                if (!CorpusLoader.comparable(row.question()).equals(key)) {
                    continue;
                }
                String where = file.getFileName() + ":" + row.line();
                if (TestSetFile.isFrozen(file)) {
                    return Optional.of(where + " holds this question, and that file is for measuring only: "
                            + "a phrasing copied from it would make its numbers meaningless");
                }
                if (!row.expectedId().equals(entryId)) {
                    return Optional.of(where + " labels this question "
                            + (row.answerable() ? "'" + row.expectedId() + "'" : "'-' (not to be answered from the FAQ)")
                            + ", not '" + entryId + "': fix the label first if it is wrong");
                }
            }
        }
        return Optional.empty();
    }
}
