package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntMapTest {

    @Test
    void countsLikeAHashMapThroughManyResizes() {
        LongIntMap map = new LongIntMap(4);
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            long key = random.nextInt(50_000) * 0x9E3779B97F4A7C15L; // spread and colliding low bits
            map.increment(key);
            expected.merge(key, 1, Integer::sum);
        }
        expected.forEach((key, count) -> assertThat(map.get(key)).as("key %d", key).isEqualTo(count));
        assertThat(map.get(12345L)).isZero();
    }

    @Test
    void incrementIfPresentCountsOnlyKeysAlreadyStored() {
        LongIntMap map = new LongIntMap(4);
        map.put(42, 1);
        map.put(0, 1);

        assertThat(map.incrementIfPresent(42)).isEqualTo(1);
        assertThat(map.incrementIfPresent(42)).isEqualTo(2);
        assertThat(map.incrementIfPresent(0)).isEqualTo(1);
        assertThat(map.incrementIfPresent(7)).isZero();
        assertThat(map.get(42)).isEqualTo(3);
        assertThat(map.get(0)).isEqualTo(2);
        assertThat(map.get(7)).isZero();
    }

    @Test
    void zeroIsAKeyLikeAnyOther() {
        LongIntMap map = new LongIntMap(16);
        map.increment(0);
        map.increment(0);
        map.put(-1, 5);

        assertThat(map.get(0)).isEqualTo(2);
        assertThat(map.get(-1)).isEqualTo(5);
    }

    @Test
    void forEachVisitsEveryKeyOnceWithItsValue() {
        LongIntMap map = new LongIntMap(4);
        Map<Long, Integer> expected = new HashMap<>();
        for (long key = -50; key <= 50; key++) {
            map.put(key * 31, (int) key + 100);
            expected.put(key * 31, (int) key + 100);
        }
        Map<Long, Integer> visited = new HashMap<>();
        map.forEach((key, value) -> assertThat(visited.put(key, value)).as("key %d visited twice", key).isNull());

        assertThat(visited).isEqualTo(expected);
    }
}
