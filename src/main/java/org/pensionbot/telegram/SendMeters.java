package org.pensionbot.telegram;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.IntSupplier;

/**
 * What the {@link OutboundQueue} tells operators: how many calls wait, how often Telegram asked
 * to slow down (429), and how many calls failed, by kind: {@code transient} (5xx, network; retried),
 * {@code dropped} (given up after the last retry), {@code blocked} (403: the user blocked the bot)
 * and {@code refused} (any other 4xx). Thread-safe.
 */
final class SendMeters {

    static final String QUEUE_DEPTH = "pensionbot.telegram.outbound.queue";
    static final String RATE_LIMITED = "pensionbot.telegram.rate.limited";
    static final String ERRORS = "pensionbot.telegram.errors";

    private final MeterRegistry registry;
    private final Counter rateLimited;

    SendMeters(MeterRegistry registry, IntSupplier depth) {
        this.registry = registry;
        Gauge.builder(QUEUE_DEPTH, depth::getAsInt).description("Telegram calls queued and not yet sent or dropped")
                .strongReference(true).register(registry);
        this.rateLimited = Counter.builder(RATE_LIMITED).description("Telegram answers 429 Too Many Requests").register(registry);
    }

    void rateLimited() {
        rateLimited.increment();
    }

    void failed(String kind) {
        Counter.builder(ERRORS).tag("kind", kind).description("Failed Telegram calls").register(registry).increment();
    }
}
