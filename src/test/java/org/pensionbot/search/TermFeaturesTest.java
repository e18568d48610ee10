package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.junit.jupiter.api.Test;

/** A text's words as the entry classifier reads them beside its vector. */
class TermFeaturesTest {

    private static final float[] VECTOR = {0.6f, -0.8f};
    private static final Term COMMON = new Term(ChineseAnalysis.WORDS, "认证");
    private static final Term RARE = new Term(ChineseAnalysis.WORDS, "到期");

    /** Three phrasings: every one says 认证, one says 到期. */
    private final TermFeatures features = TermFeatures.learnedFrom(List.of(
            Set.of(COMMON, RARE), Set.of(COMMON), Set.of(COMMON, new Term(ChineseAnalysis.GRAMS, "刷脸"))));

    @Test
    void theVectorComesFirstUnchanged() {
        float[] read = features.appendedTo(VECTOR, Set.of(COMMON, RARE));

        assertThat(read).hasSize(VECTOR.length + features.size());
        assertThat(Arrays.copyOf(read, VECTOR.length)).containsExactly(VECTOR);
    }

    @Test
    void theWordsHaveLengthOneAndTheRarerWeighsMore() {
        float[] words = words(features.appendedTo(VECTOR, Set.of(COMMON, RARE)));

        double squares = 0;
        for (float weight : words) {
            squares += weight * weight;
        }
        float common = words[nonZeroAt(features.appendedTo(VECTOR, Set.of(COMMON)))];
        float rare = words[nonZeroAt(features.appendedTo(VECTOR, Set.of(RARE)))];
        assertThat(squares).isCloseTo(1, within(1e-6));
        assertThat(rare).isGreaterThan(common).isGreaterThan(0);
    }

    @Test
    void aWordNoPhrasingHasWeighsNothing() {
        float[] read = features.appendedTo(VECTOR, Set.of(new Term(ChineseAnalysis.WORDS, "火星")));

        assertThat(words(read)).containsOnly(0f);
    }

    @Test
    void keptAndReadBackItReadsTheSame() throws IOException {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        features.writeTo(out);

        TermFeatures again = TermFeatures.readFrom(out.toDataInput());

        assertThat(again.appendedTo(VECTOR, Set.of(COMMON, RARE))).containsExactly(features.appendedTo(VECTOR, Set.of(COMMON, RARE)));
    }

    @Test
    void weightsForAnotherNumberOfBucketsAreRefused() throws IOException {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        out.writeVInt(TermFeatures.BUCKETS / 2);
        ByteBuffersDataInput in = out.toDataInput();

        assertThatThrownBy(() -> TermFeatures.readFrom(in)).isInstanceOf(CorruptIndexException.class);
    }

    private static float[] words(float[] read) {
        return Arrays.copyOfRange(read, VECTOR.length, read.length);
    }

    /** Where the one word of a one-word reading landed, counted within the words. */
    private static int nonZeroAt(float[] read) {
        float[] words = words(read);
        for (int at = 0; at < words.length; at++) {
            if (words[at] != 0) {
                return at;
            }
        }
        throw new AssertionError("no word was read");
    }
}
