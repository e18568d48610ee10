package org.pensionbot.remind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test sets by hand, in Shanghai local time where that reads better. */
final class TestClock extends Clock {

    private volatile Instant now;

    TestClock(Instant now) {
        this.now = now;
    }

    /** A clock at a local date and time in Asia/Shanghai, e.g. {@code "2026-11-01T10:00"}. */
    static TestClock at(String shanghaiLocal) {
        return new TestClock(shanghai(shanghaiLocal));
    }

    static Instant shanghai(String local) {
        return LocalDateTime.parse(local).atZone(CertificationCycle.ZONE).toInstant();
    }

    void set(String shanghaiLocal) {
        now = shanghai(shanghaiLocal);
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the reminder code applies Asia/Shanghai itself");
    }
}
