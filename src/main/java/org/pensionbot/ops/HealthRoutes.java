package org.pensionbot.ops;

import io.javalin.config.JavalinConfig;
import java.util.Map;
import java.util.stream.Collectors;
import org.pensionbot.http.HttpHost;

/**
 * {@value #LIVE}: 200 while the process can answer HTTP at all (restart it otherwise).
 * {@value #READY}: 200 when every {@link Readiness} check passes, else 503 — take the instance out
 * of the load balancer, but do not restart it (the database may be back in a minute). Both
 * answer a small JSON object, e.g. {@code {"status":"ready","database":true,"index":true}}.
 */
public final class HealthRoutes implements HttpHost.Routes {

    public static final String LIVE = "/healthz";
    public static final String READY = "/readyz";

    private final Readiness readiness;

    public HealthRoutes(Readiness readiness) {
        this.readiness = readiness;
    }

    @Override
    public void addTo(JavalinConfig config) {
        config.routes.get(LIVE, ctx -> ctx.contentType("application/json").result("{\"status\":\"alive\"}"));
        config.routes.get(READY, ctx -> {
            Map<String, Boolean> results = readiness.evaluate();
            boolean ready = Readiness.ready(results);
            ctx.status(ready ? 200 : 503).contentType("application/json").result(json(ready, results));
        });
    }

    private static String json(boolean ready, Map<String, Boolean> results) {
        String checks = results.entrySet().stream()
                .map(e -> ",\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining());
        return "{\"status\":\"" + (ready ? "ready" : "not ready") + "\"" + checks + "}";
    }
}
