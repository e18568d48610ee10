package org.pensionbot.telegram.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Telegram's side of a webhook, with a load balancer in front of the bot: posts each update with
 * the secret token the bot registered through {@code setWebhook} on the {@link FakeBotApi}, to the
 * targets in turn. Like Telegram it delivers an update again until it is answered 2xx; like a load
 * balancer it tries the next target when one does not answer (a killed instance).
 */
public final class WebhookDelivery {

    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    private final FakeBotApi api;
    private final List<URI> targets;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Integer> statuses = new ArrayList<>();
    private int next;

    /** @param targets the webhook URL of each instance, as the load balancer reaches it */
    public WebhookDelivery(FakeBotApi api, List<URI> targets) {
        this.api = api;
        this.targets = List.copyOf(targets);
    }

    /**
     * Delivers {@code update} (see {@link Updates}) until some target answers 2xx; returns that
     * target's index. Fails after 30 s of refusals.
     */
    public synchronized int deliver(ObjectNode update) throws InterruptedException {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (true) {
            int target = next;
            next = (next + 1) % targets.size();
            int status = post(targets.get(target), update.toString(), api.webhookSecret());
            statuses.add(status);
            if (status >= 200 && status < 300) {
                return target;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("no instance accepted update " + update.path("update_id") + "; answers " + statuses);
            }
            Thread.sleep(status == -1 ? 10 : 50);
        }
    }

    /** Posts a raw body with the given secret header (null for none); returns the status, -1 when unreachable. */
    public int post(URI target, String body, String secret) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Every status answered so far, in order (-1: no answer). */
    public synchronized List<Integer> statuses() {
        return List.copyOf(statuses);
    }

}
