package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.RealCorpus;

/**
 * The index is built in parallel, yet the same corpus must always give the same answers: equal
 * candidate scores are broken by document order, which must not depend on thread timing.
 */
class IndexDeterminismTest {

    private static final List<String> QUESTIONS = List.of(
            "认证", "怎么认证", "how to do pension certification", "支付宝怎么给老人认证", "养老金停了怎么办",
            "刷脸", "年审", "我在外地怎么帮奶奶弄", "認證失敗怎麼辦");

    @Test
    void buildingTwiceGivesTheSameResults() {
        // Twenty regional copies of every entry: enough variants for the build to split its work.
        Corpus corpus = RealCorpus.withRegionalCopies(20);
        // Neither kept on disk: the second must not simply open the first.
        FaqIndex first = FaqIndex.build(corpus, SentenceEmbedder.shared(), StoredIndexes.none());
        FaqIndex second = FaqIndex.build(corpus, SentenceEmbedder.shared(), StoredIndexes.none());

        for (String question : QUESTIONS) {
            assertThat(second.search(question)).as(question).isEqualTo(first.search(question));
        }
    }
}
