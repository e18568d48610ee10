package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class ScamClassifierTest {

    private static final int DIMENSIONS = 16;

    @Test
    void learnsWhichSideOfTheVectorSpaceScamsAreOn() {
        ScamClassifier classifier = ScamClassifier.train(around(1, 40), around(-1, 200));

        assertThat(classifier.probability(unit(1))).isGreaterThan(0.9);
        assertThat(classifier.probability(unit(-1))).isLessThan(0.1);
    }

    @Test
    void aVeryLargeCorpusIsThinnedEvenlyBeforeLearning() {
        List<Reading> many = around(-1, ScamClassifier.MAX_ORDINARY * 2 + 1);

        List<Reading> thinned = ScamClassifier.thinned(many, ScamClassifier.MAX_ORDINARY);

        assertThat(thinned).hasSize(ScamClassifier.MAX_ORDINARY);
        assertThat(thinned.get(0)).isSameAs(many.get(0));
        // Evenly: the last one kept comes from the end of the list, not from its first half.
        assertThat(many.indexOf(thinned.get(thinned.size() - 1))).isGreaterThan(many.size() - 4);
        assertThat(ScamClassifier.thinned(many.subList(0, 10), ScamClassifier.MAX_ORDINARY)).hasSize(10);
    }

    @Test
    void withoutScamsOrWithoutOrdinaryMessagesNothingIsReadAsAScam() {
        assertThat(ScamClassifier.train(List.of(), around(-1, 10))).isSameAs(ScamClassifier.NONE);
        assertThat(ScamClassifier.train(around(1, 10), List.of())).isSameAs(ScamClassifier.NONE);
        assertThat(ScamClassifier.NONE.probability(unit(1))).isZero();
    }

    @Test
    void theWeightsKeptWithAnIndexReadTheSameAfterReopening() throws IOException {
        ScamClassifier trained = ScamClassifier.train(around(1, 40), around(-1, 200));
        try (Directory directory = new ByteBuffersDirectory()) {
            trained.writeTo(directory);
            ScamClassifier reopened = ScamClassifier.readFrom(directory);

            assertThat(reopened.probability(unit(1))).isEqualTo(trained.probability(unit(1)));
            assertThat(reopened.probability(unit(-1))).isEqualTo(trained.probability(unit(-1)));
        }
    }

    @Test
    void aCorpusWithoutScamExamplesKeepsThatWithItsIndex() throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            ScamClassifier.NONE.writeTo(directory);

            assertThat(ScamClassifier.readFrom(directory)).isSameAs(ScamClassifier.NONE);
        }
    }

    @Test
    void learnsTheWordsOfScamsWhereTheVectorsAreAlike() {
        Term code = new Term(ChineseAnalysis.WORDS, "验证码");
        Term weather = new Term(ChineseAnalysis.WORDS, "天气");
        List<Reading> scams = around(1, 40).stream().map(reading -> new Reading(unit(0).vector(), Set.of(code))).toList();
        List<Reading> ordinary = around(-1, 200).stream().map(reading -> new Reading(unit(0).vector(), Set.of(weather))).toList();

        ScamClassifier classifier = ScamClassifier.train(scams, ordinary);

        assertThat(classifier.probability(new Reading(unit(0).vector(), Set.of(code)))).isGreaterThan(0.9);
        assertThat(classifier.probability(new Reading(unit(0).vector(), Set.of(weather)))).isLessThan(0.1);
    }

    @Test
    void readsMessagesThatTellASituationNotFragmentsOrLongStories() {
        assertThat(ScamClassifier.reads("有个人打电话说我养老金要停了让我报验证码")).isTrue();
        assertThat(ScamClassifier.reads("我已经说了")).isFalse();
        assertThat(ScamClassifier.reads("我妈今年八十了。".repeat(20))).isFalse();
    }

    /** Unit vectors scattered around the first axis, on its positive or negative side. */
    private static List<Reading> around(int side, int count) {
        Random random = new Random(side * 31L + count);
        List<Reading> vectors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            float[] vector = new float[DIMENSIONS];
            vector[0] = side;
            for (int d = 1; d < DIMENSIONS; d++) {
                vector[d] = (float) (random.nextGaussian() * 0.3);
            }
            vectors.add(new Reading(normalised(vector), Set.of()));
        }
        return vectors;
    }

    private static Reading unit(int side) {
        float[] vector = new float[DIMENSIONS];
        vector[0] = side;
        return new Reading(vector, Set.of());
    }

    private static float[] normalised(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        for (int d = 0; d < vector.length; d++) {
            vector[d] /= (float) Math.sqrt(norm);
        }
        return vector;
    }
}
