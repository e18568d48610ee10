package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = RetryPolicy.DEFAULT;
    private final SplittableRandom random = new SplittableRandom(42);

    @Test
    void backoffDoublesWithJitterBetweenHalfAndFullStep() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            long step = 1000L << (attempt - 1);
            for (int i = 0; i < 100; i++) {
                assertThat(policy.backoff(attempt, random).toMillis()).isBetween(step / 2, step);
            }
        }
    }

    @Test
    void backoffIsCapped() {
        assertThat(policy.backoff(30, random)).isLessThanOrEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void retryAfterIsHonouredButCapped() {
        assertThat(policy.retryAfter(Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
        assertThat(policy.retryAfter(Duration.ofHours(2))).isEqualTo(Duration.ofMinutes(5));
    }
}
