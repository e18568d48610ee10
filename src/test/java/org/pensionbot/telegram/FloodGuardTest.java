package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FloodGuardTest {

    private final AtomicLong clock = new AtomicLong();
    private final FloodGuard guard = new FloodGuard(20, Duration.ofMinutes(1), Duration.ofMinutes(1), clock::get);

    @Test
    void aBurstOfTwentyIsHandledTheNextGetsOneWarningThenSilence() {
        List<FloodGuard.Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            verdicts.add(guard.check(1));
        }

        assertThat(verdicts.subList(0, 20)).containsOnly(FloodGuard.Verdict.ALLOW);
        assertThat(verdicts.get(20)).isEqualTo(FloodGuard.Verdict.WARN);
        assertThat(verdicts.subList(21, 25)).containsOnly(FloodGuard.Verdict.IGNORE);
    }

    @Test
    void aScriptSendingEverySecondIsStoppedWithinTheMinute() {
        List<FloodGuard.Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            verdicts.add(guard.check(1));
            clock.addAndGet(Duration.ofSeconds(1).toNanos());
        }

        int warning = verdicts.indexOf(FloodGuard.Verdict.WARN);
        assertThat(verdicts.subList(0, 20)).containsOnly(FloodGuard.Verdict.ALLOW);
        assertThat(warning).isBetween(20, 40);
        assertThat(verdicts.subList(warning + 1, 60)).containsOnly(FloodGuard.Verdict.IGNORE);
    }

    @Test
    void userIsHeardAgainAfterTheQuietPeriod() {
        for (int i = 0; i < 21; i++) {
            guard.check(1);
        }
        clock.addAndGet(Duration.ofSeconds(61).toNanos());

        assertThat(guard.check(1)).isEqualTo(FloodGuard.Verdict.ALLOW);
    }

    @Test
    void steadyPaceUnderTheLimitIsNeverThrottled() {
        for (int i = 0; i < 200; i++) {
            assertThat(guard.check(1)).isEqualTo(FloodGuard.Verdict.ALLOW);
            clock.addAndGet(Duration.ofSeconds(4).toNanos());
        }
    }

    @Test
    void usersAreCountedSeparately() {
        for (int i = 0; i < 20; i++) {
            guard.check(1);
        }

        assertThat(guard.check(2)).isEqualTo(FloodGuard.Verdict.ALLOW);
        assertThat(guard.check(1)).isEqualTo(FloodGuard.Verdict.WARN);
    }
}
