package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TermSetTest {

    @Test
    void unionHasEveryCodeOnceInOrder() {
        TermSet union = TermSet.union(List.of(set(5, 1, 3), set(3, 2), TermSet.EMPTY, set(9, 5, -4), set(2)));

        assertThat(codes(union)).containsExactly(-4, 1, 2, 3, 5, 9);
        assertThat(union.label(0)).isNull();
    }

    @Test
    void unionOfOneLabelledSetDropsTheLabels() {
        TermSet labelled = TermSet.of(new long[] {7, 3}, new String[] {"七", "三"}, 2);

        TermSet union = TermSet.union(List.of(labelled));

        assertThat(codes(union)).containsExactly(3, 7);
        assertThat(union.label(0)).isNull();
        assertThat(labelled.label(0)).isEqualTo("三");
    }

    @Test
    void unionOfNothingIsEmpty() {
        assertThat(TermSet.union(List.of()).isEmpty()).isTrue();
        assertThat(TermSet.union(List.of(TermSet.EMPTY, TermSet.EMPTY)).isEmpty()).isTrue();
    }

    private static TermSet set(long... codes) {
        return TermSet.of(codes.clone(), null, codes.length);
    }

    private static long[] codes(TermSet set) {
        return IntStream.range(0, set.size()).mapToLong(set::code).toArray();
    }
}
