package org.pensionbot.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Named checks that must all pass before the process should receive traffic, e.g. "index" (the
 * corpus is loaded) and "database" (a query answers). A check that throws counts as failing.
 * Thread-safe: checks may be added while requests are served.
 */
public final class Readiness {

    private static final Logger log = LoggerFactory.getLogger(Readiness.class);

    private final Map<String, BooleanSupplier> checks = new ConcurrentHashMap<>();

    /** Adds (or replaces) the check called {@code name}. */
    public Readiness check(String name, BooleanSupplier check) {
        checks.put(name, check);
        return this;
    }

    /** Each check's result, in name order; empty while nothing has been registered. */
    public Map<String, Boolean> evaluate() {
        Map<String, Boolean> results = new LinkedHashMap<>();
        checks.keySet().stream().sorted().forEach(name -> results.put(name, passes(name, checks.get(name))));
        return results;
    }

    /** True when at least one check is registered and every check passes. */
    public static boolean ready(Map<String, Boolean> results) {
        return !results.isEmpty() && !results.containsValue(false);
    }

    private static boolean passes(String name, BooleanSupplier check) {
        try {
            return check.getAsBoolean();
        } catch (RuntimeException e) {
            log.warn("Readiness check '{}' failed: {}", name, e.toString());
            return false;
        }
    }
}
