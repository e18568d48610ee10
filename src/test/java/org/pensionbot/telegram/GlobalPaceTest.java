package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bucket's shape is ours to get right: a capacity of more than one would let a 31st call into a second. */
class GlobalPaceTest {

    @Test
    void noOneSecondWindowGetsMoreThanTheLimitEvenWithManyThreads() throws Exception {
        GlobalPace pace = new GlobalPace(30);
        List<Long> granted = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 45; i++) {
            threads.execute(() -> {
                try {
                    pace.acquire();
                    synchronized (granted) {
                        granted.add(System.nanoTime());
                    }
                    pace.release();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        List<Long> sorted = granted.stream().sorted().toList();
        assertThat(sorted).hasSize(45);
        for (int i = 0; i + 30 < sorted.size(); i++) {
            assertThat(sorted.get(i + 30) - sorted.get(i)).as("31 grants must span a second").isGreaterThanOrEqualTo(TimeUnit.SECONDS.toNanos(1));
        }
    }

    @Test
    void pauseHoldsEveryoneBack() throws Exception {
        GlobalPace pace = new GlobalPace(30);
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
        pace.pauseUntil(until);

        pace.acquire();

        assertThat(System.nanoTime()).isGreaterThanOrEqualTo(until);
    }
}
