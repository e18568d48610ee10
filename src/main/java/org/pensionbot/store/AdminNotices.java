package org.pensionbot.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which of several bot instances sends a notice that each of them would send — every
 * instance watches the same corpus, so each sees a broken edit and would tell the admins. The
 * first instance to record the notice's text sends it; the same text is sent again only after
 * {@link #REPEAT_AFTER}. With one instance every notice is simply the first. Thread-safe.
 */
public final class AdminNotices {

    /** The same notice is not repeated within this time, however many instances see its cause. */
    public static final Duration REPEAT_AFTER = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(AdminNotices.class);

    private final Database database;
    private final Clock clock;

    public AdminNotices(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * True when this instance should send {@code text}: nobody recorded it within
     * {@link #REPEAT_AFTER}. When the database cannot be asked, true: a repeated notice is better
     * than a broken edit nobody hears of.
     */
    public boolean firstToSend(String text) {
        String key = sha256(text);
        long now = clock.millis();
        try {
            return database.call(c -> {
                // An old record is renewed by exactly one instance: the others then see it fresh.
                try (PreparedStatement renew = c.prepareStatement(
                        "UPDATE admin_notice SET sent_at = ? WHERE notice_key = ? AND sent_at < ?")) {
                    renew.setLong(1, now);
                    renew.setString(2, key);
                    renew.setLong(3, now - REPEAT_AFTER.toMillis());
                    if (renew.executeUpdate() == 1) {
                        return true;
                    }
                }
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO admin_notice (notice_key, sent_at) VALUES (?, ?) ON CONFLICT (notice_key) DO NOTHING")) {
                    insert.setString(1, key);
                    insert.setLong(2, now);
                    return insert.executeUpdate() == 1;
                }
            });
        } catch (SQLException e) {
            log.warn("Could not check whether another instance sent an admin notice ({}); sending it", Database.oneLine(e.getMessage()));
            return true;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
