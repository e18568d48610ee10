package org.pensionbot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.OutOfScopeTopic;
import org.pensionbot.corpus.RealCorpus;

/** What the reload log says changed: the admin's edit, named, and nothing else. */
class CorpusChangesTest {

    private final Corpus real = RealCorpus.load();

    @Test
    void theSameCorpusChangedNothing() {
        assertThat(CorpusChanges.between(real, RealCorpus.load())).isEqualTo("nothing");
    }

    @Test
    void anEditedEntryIsNamedWithItsPhrasingsAddedAndARemovedOneAndATopicFileToo() {
        List<FaqEntry> entries = new ArrayList<>();
        for (FaqEntry entry : real.entries()) {
            if (entry.id().equals("how-to-certify")) {
                List<String> questions = new ArrayList<>(entry.questions());
                questions.add("每年都要弄的那个养老的东西咋整");
                entries.add(new FaqEntry(entry.id(), entry.title(), questions, entry.keywords(), entry.related(), entry.sources(),
                        entry.updated(), entry.summary(), entry.steps(), entry.tips(), entry.file(), entry.procedure(), entry.stepHelp()));
            } else if (!entry.id().equals("survivor-benefits")) {
                entries.add(entry);
            }
        }
        List<OutOfScopeTopic> topics = new ArrayList<>(real.outOfScope());
        topics.remove(0);
        Corpus edited = new Corpus(real.directory(), entries, topics, real.synonyms(), real.scamExamples(), real.menus(), List.of());

        assertThat(CorpusChanges.between(real, edited)).isEqualTo("how-to-certify (+1 phrasing), survivor-benefits (removed), out-of-scope.yml");
        assertThat(CorpusChanges.between(edited, real)).isEqualTo("how-to-certify (-1 phrasing), survivor-benefits (new), out-of-scope.yml");
    }
}
