package org.pensionbot.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a Telegram chat or user id into a pseudonym: HMAC-SHA256 under the installation's key,
 * as 64 hex characters. The same id always gives the same pseudonym (so reports can count
 * people), and without the key nobody can go back from a pseudonym to the id — a plain hash would
 * not do, because ids are short numbers anybody can enumerate.
 *
 * <p>Thread-safe.
 */
final class IdHasher {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    IdHasher(byte[] key) {
        if (key.length == 0) {
            throw new IllegalArgumentException("empty HMAC key");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    String hash(long id) {
        return hash(Long.toString(id));
    }

    /**
     * The pseudonym of any opaque key, such as a web session id. A Telegram id hashes the same
     * either way, so pseudonyms stored before keys were strings still match.
     */
    String hash(String chatKey) {
        try {
            // A Mac is not thread-safe; a new one per call costs about a microsecond.
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(chatKey.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
