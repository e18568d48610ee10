package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodeFilterTest {

    @Test
    void neverRulesOutACodeItHoldsAndRulesOutMostOthers() {
        CodeFilter filter = new CodeFilter(16);
        Random random = new Random(11);
        Set<Long> added = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            // Real codes: a kind in the low two bits, so the filter must not use those bits alone.
            long code = random.nextLong() & ~3L | TermCode.GRAM;
            filter.add(code);
            added.add(code);
        }
        added.forEach(code -> assertThat(filter.mightContain(code)).as("code %d", code).isTrue());

        int passed = 0;
        for (int i = 0; i < 100_000; i++) {
            long other = random.nextLong() & ~3L | TermCode.GRAM;
            if (!added.contains(other) && filter.mightContain(other)) {
                passed++;
            }
        }
        // 2,000 codes set at most 3 % of 65,536 bits.
        assertThat(passed).isLessThan(3_500);
    }

    @Test
    void codesSharingTheirTopBitsAreToldApart() {
        // A code's top bits come from its first character: many codes share them.
        long sameStart = 0x4E2DL << 48;
        CodeFilter filter = new CodeFilter(10);
        for (long i = 0; i < 16; i++) {
            filter.add(sameStart | i << 2 | TermCode.WORD);
        }
        int passed = 0;
        for (long i = 16; i < 1_016; i++) {
            if (filter.mightContain(sameStart | i << 2 | TermCode.WORD)) {
                passed++;
            }
        }
        assertThat(passed).isLessThan(100);
    }

    @Test
    void refusesSizesOutsideItsRange() {
        assertThatThrownBy(() -> new CodeFilter(5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CodeFilter(31)).isInstanceOf(IllegalArgumentException.class);
    }
}
