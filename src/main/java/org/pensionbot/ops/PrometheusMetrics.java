package org.pensionbot.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.javalin.config.JavalinConfig;
import org.pensionbot.http.HttpHost;

/**
 * The process's meter registry, served at {@value #PATH} in Prometheus' text format. Every part of
 * the bot records into {@link #registry()}; see the package documentation for the meters.
 * Thread-safe.
 */
public final class PrometheusMetrics implements HttpHost.Routes {

    public static final String PATH = "/metrics";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public PrometheusMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** The current values, as a Prometheus scrape would see them. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void addTo(JavalinConfig config) {
        config.routes.get(PATH, ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape()));
    }
}
