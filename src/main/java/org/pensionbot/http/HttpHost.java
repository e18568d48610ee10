package org.pensionbot.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP server of a bot process. Everything the bot serves over HTTP — the web chat page
 * and its API, the Telegram webhook, health checks and metrics — registers its routes here, so
 * one port and one set of limits serve them all, whichever of them a deployment turns on.
 *
 * <p>Javalin (on Jetty) does the HTTP; this class only holds the settings every route shares:
 * a small request-size limit (no route takes more than a question or a Telegram update), no
 * banner, no server version header, and errors that never show a stack trace to a client.
 */
public final class HttpHost implements AutoCloseable {

    /** A part of the bot that serves HTTP: adds its routes (and filters) to the shared server. */
    @FunctionalInterface
    public interface Routes {
        void addTo(JavalinConfig config);
    }

    /** Largest request body any route accepts: a Telegram update or a chat message is far smaller. */
    public static final long MAX_REQUEST_BYTES = 64 * 1024;

    private static final Logger log = LoggerFactory.getLogger(HttpHost.class);

    private final Javalin server;

    private HttpHost(Javalin server) {
        this.server = server;
    }

    /**
     * Starts serving on {@code host:port} (port 0 picks a free one, see {@link #port()}).
     *
     * @throws io.javalin.util.JavalinBindException when the port is taken
     */
    public static HttpHost start(String host, int port, List<Routes> routes) {
        Objects.requireNonNull(host, "host");
        Javalin server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            config.routes.exception(Exception.class, (e, ctx) -> {
                log.warn("HTTP {} {} failed", ctx.method(), ctx.path(), e);
                ctx.status(500).result("Internal error");
            });
            routes.forEach(part -> part.addTo(config));
        });
        server.start(host, port);
        log.info("HTTP server listening on {}:{}", host, server.port());
        return new HttpHost(server);
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.stop();
    }
}
