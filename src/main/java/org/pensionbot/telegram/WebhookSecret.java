package org.pensionbot.telegram;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.pensionbot.config.ConfigException;

/**
 * The secret Telegram sends with every webhook call ({@code X-Telegram-Bot-Api-Secret-Token}),
 * proving the call comes from Telegram and not from someone who found the URL.
 *
 * <p>Every instance behind a load balancer must use the same secret, or the last one to call
 * {@code setWebhook} would lock the others out. Without {@code TELEGRAM_WEBHOOK_SECRET} it is
 * therefore derived from the bot token (HMAC-SHA256), which every instance has and which is at
 * least as secret. The token itself never leaves the process this way.
 */
public final class WebhookSecret {

    /** What Telegram accepts as a secret token. */
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    private final byte[] secret;

    private WebhookSecret(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The configured secret, or one derived from the token when {@code configured} is blank. */
    public static WebhookSecret of(String configured, String token) {
        if (configured != null && !configured.isBlank()) {
            if (!ALLOWED.matcher(configured.strip()).matches()) {
                throw new ConfigException("TELEGRAM_WEBHOOK_SECRET must be 1-256 of A-Z, a-z, 0-9, _ and - (Telegram's rule)");
            }
            return new WebhookSecret(configured.strip());
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return new WebhookSecret(HexFormat.of().formatHex(mac.doFinal("pension-bot webhook".getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The value to send in {@code setWebhook}; never log it. */
    String value() {
        return new String(secret, StandardCharsets.UTF_8);
    }

    /** Constant-time comparison, so that response times do not reveal how much of a guess was right. */
    boolean matches(String given) {
        return given != null && MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8));
    }
}
