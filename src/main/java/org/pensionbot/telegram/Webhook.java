package org.pensionbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.Objects;
import org.pensionbot.http.HttpHost;
import org.pensionbot.store.Database;
import org.pensionbot.store.UpdateClaims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The Telegram webhook: the HTTP route Telegram posts each update to, on the process's shared
 * {@link HttpHost}, at the path of {@code TELEGRAM_WEBHOOK_URL}.
 *
 * <p>Per call: the secret header is compared in constant time (a wrong or missing one gets 401 and
 * a log line naming the caller's address, never the header); the update is stored (personal
 * numbers masked, {@link StoredUpdateBody}) and claimed in the database ({@link UpdateClaims}),
 * and only then is Telegram answered 200 — at once, before
 * the reply is even decided, so a slow answer never makes Telegram retry. An update received
 * before (by this or another instance) is acknowledged and skipped. If the database cannot store
 * it, or the bot is not running yet or any more, the answer is 503 and Telegram delivers it again
 * later, so nothing is lost.
 *
 * <p>Register it on the host first ({@link #addTo}), then {@link TelegramBot#start} binds it to the
 * bot's handlers and calls {@code setWebhook}. Thread-safe.
 */
public final class Webhook implements HttpHost.Routes {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private static final Logger log = LoggerFactory.getLogger(Webhook.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where the bot takes a claimed update from here. */
    interface Target {
        void handle(long updateId, long chatKey, Update update);
    }

    private final URI publicUrl;
    private final WebhookSecret secret;
    private final UpdateClaims claims;
    private volatile Target target;

    /**
     * @param publicUrl the https URL Telegram calls ({@code TELEGRAM_WEBHOOK_URL}); its path is the route
     * @param claims where updates are stored and claimed; shared by every instance
     */
    public Webhook(URI publicUrl, WebhookSecret secret, UpdateClaims claims) {
        this.publicUrl = Objects.requireNonNull(publicUrl, "publicUrl");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.claims = Objects.requireNonNull(claims, "claims");
    }

    URI publicUrl() {
        return publicUrl;
    }

    WebhookSecret secret() {
        return secret;
    }

    UpdateClaims claims() {
        return claims;
    }

    /** The local path Telegram's calls arrive at. */
    public String path() {
        String path = publicUrl.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** True while the bot takes updates from here: a readiness check, so the load balancer sends none before. */
    public boolean bound() {
        return target != null;
    }

    void bind(Target target) {
        this.target = target;
    }

    void unbind() {
        this.target = null;
    }

    @Override
    public void addTo(JavalinConfig config) {
        config.routes.post(path(), this::receive);
    }

    private void receive(Context ctx) {
        if (!secret.matches(ctx.header(SECRET_HEADER))) {
            log.warn("Webhook call from {} with {} secret token: refused (401)", ctx.ip(),
                    ctx.header(SECRET_HEADER) == null ? "no" : "a wrong");
            ctx.status(401).result("Unauthorized");
            return;
        }
        Target bound = target;
        if (bound == null) {
            ctx.status(503).result("Not ready");
            return;
        }
        Update update;
        try {
            update = JSON.readValue(ctx.body(), Update.class);
        } catch (IOException e) {
            log.warn("Webhook call with a body that is not an update: refused (400)");
            ctx.status(400).result("Bad update");
            return;
        }
        long chatKey = ChatKeys.of(update);
        boolean ours;
        try {
            ours = claims.receive(update.getUpdateId(), chatKey, StoredUpdateBody.of(ctx.body()));
        } catch (SQLException e) {
            log.warn("Could not store update {}; Telegram will deliver it again: {}", update.getUpdateId(),
                    Database.oneLine(e.getMessage()));
            ctx.status(503).result("Try again");
            return;
        }
        ctx.status(200).result("");
        if (ours) {
            try {
                bound.handle(update.getUpdateId(), chatKey, update);
            } catch (RuntimeException e) {
                // Telegram keeps its 200: the update is stored, and its open claim is taken over.
                log.error("Could not start handling update {}", update.getUpdateId(), e);
            }
        } else {
            log.debug("Update {} was received before; skipped", update.getUpdateId());
        }
    }
}
