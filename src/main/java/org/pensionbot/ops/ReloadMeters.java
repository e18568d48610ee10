package org.pensionbot.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.pensionbot.admin.ReloadListener;
import org.pensionbot.admin.ReloadResult;

/** Counts corpus reloads: {@code result=applied} or {@code result=rejected} (a broken edit kept out). */
public final class ReloadMeters implements ReloadListener {

    static final String RELOADS = "pensionbot.corpus.reloads";

    private final Counter applied;
    private final Counter rejected;

    public ReloadMeters(MeterRegistry registry) {
        this.applied = Counter.builder(RELOADS).tag("result", "applied").description("Corpus reloads").register(registry);
        this.rejected = Counter.builder(RELOADS).tag("result", "rejected").description("Corpus reloads").register(registry);
    }

    @Override
    public void onReload(ReloadResult result) {
        (result.ok() ? applied : rejected).increment();
    }
}
