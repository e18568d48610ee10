package org.pensionbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Which bot instance handles which Telegram update, kept in the shared database so that several
 * instances behind a load balancer answer each update once, and an update whose instance died is
 * answered by another one.
 *
 * <ul>
 *   <li>{@link #receive}: the first instance to insert an update id owns it; a repeated delivery
 *       (Telegram retries, or the same update reaches another instance) is refused by the key.</li>
 *   <li>{@link #heartbeat}: the owner refreshes its open claims; {@link #takeOverStale} lets
 *       another instance claim updates whose owner has been silent for {@link #LEASE}. Each take
 *       over is a conditional update on the claim it read, so exactly one instance wins.</li>
 *   <li>{@link #answered}: the replies are out; the body is no longer needed and the row goes a
 *       day later ({@link #purgeAnswered}).</li>
 * </ul>
 * A claim taken over after its owner had already sent the reply but not yet marked it answered
 * is answered twice: the price of never losing one. Thread-safe.
 */
public final class UpdateClaims {

    /** An instance that has not refreshed its claims for this long is taken to be dead. */
    public static final Duration LEASE = Duration.ofSeconds(20);
    /** How often an instance refreshes its claims and looks for stale ones. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(5);
    /** Answered rows are kept this long, so that a late repeat delivery is still recognised. */
    public static final Duration KEEP_ANSWERED = Duration.ofDays(1);

    /** A claimed update: its id, chat key and the JSON Telegram sent. */
    public record Claimed(long updateId, long chatKey, String body) {
    }

    private final Database database;
    private final Clock clock;
    private final String instance;

    public UpdateClaims(Database database, Clock clock, String instance) {
        this.database = database;
        this.clock = clock;
        this.instance = instance;
    }

    /** A name for this process in the claims: the host name (a container's id) and a random suffix. */
    public static String newInstanceId() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "bot";
        }
        String name = host + "-" + java.util.HexFormat.of().toHexDigits(new java.security.SecureRandom().nextInt());
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }

    public String instance() {
        return instance;
    }

    /** Stores and claims the update; false when it was received before (by any instance). */
    public boolean receive(long updateId, long chatKey, String body) throws SQLException {
        long now = clock.millis();
        return database.call(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO telegram_update "
                    + "(update_id, body, chat_key, received_at, claimed_by, claimed_at) VALUES (?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (update_id) DO NOTHING")) {
                insert.setLong(1, updateId);
                insert.setString(2, body);
                insert.setLong(3, chatKey);
                insert.setLong(4, now);
                insert.setString(5, instance);
                insert.setLong(6, now);
                return insert.executeUpdate() == 1;
            }
        });
    }

    /** Every reply to the update is out; its body is dropped. */
    public void answered(long updateId) throws SQLException {
        database.call(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE telegram_update SET answered_at = ?, body = '' WHERE update_id = ? AND claimed_by = ?")) {
                update.setLong(1, clock.millis());
                update.setLong(2, updateId);
                update.setString(3, instance);
                return update.executeUpdate();
            }
        });
    }

    /** Keeps this instance's open claims from looking stale. */
    public void heartbeat() throws SQLException {
        database.call(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE telegram_update SET claimed_at = ? WHERE claimed_by = ? AND answered_at IS NULL")) {
                update.setLong(1, clock.millis());
                update.setString(2, instance);
                return update.executeUpdate();
            }
        });
    }

    /** Claims open updates whose owner has been silent for {@link #LEASE}, oldest first; returns those won. */
    public List<Claimed> takeOverStale(int limit) throws SQLException {
        long now = clock.millis();
        List<OpenClaim> stale = database.call(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT update_id, chat_key, claimed_by, claimed_at, body "
                    + "FROM telegram_update WHERE answered_at IS NULL AND claimed_at < ? ORDER BY update_id LIMIT ?")) {
                select.setLong(1, now - LEASE.toMillis());
                select.setInt(2, limit);
                List<OpenClaim> rows = new ArrayList<>();
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        rows.add(new OpenClaim(new Claimed(r.getLong(1), r.getLong(2), r.getString(5)), r.getString(3), r.getLong(4)));
                    }
                }
                return rows;
            }
        });
        List<Claimed> won = new ArrayList<>();
        for (OpenClaim open : stale) {
            // Only if nobody moved the claim since it was read: of several instances, exactly one wins.
            int taken = database.call(c -> {
                try (PreparedStatement update = c.prepareStatement("UPDATE telegram_update SET claimed_by = ?, claimed_at = ? "
                        + "WHERE update_id = ? AND claimed_by = ? AND claimed_at = ? AND answered_at IS NULL")) {
                    update.setString(1, instance);
                    update.setLong(2, now);
                    update.setLong(3, open.update().updateId());
                    update.setString(4, open.owner());
                    update.setLong(5, open.claimedAt());
                    return update.executeUpdate();
                }
            });
            if (taken == 1) {
                won.add(open.update());
            }
        }
        return won;
    }

    /** A claim as read before taking it over. */
    private record OpenClaim(Claimed update, String owner, long claimedAt) {
    }

    /** Deletes rows answered more than {@link #KEEP_ANSWERED} ago; returns how many. */
    public int purgeAnswered() throws SQLException {
        return database.call(c -> {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM telegram_update WHERE answered_at IS NOT NULL AND answered_at < ?")) {
                delete.setLong(1, clock.millis() - KEEP_ANSWERED.toMillis());
                return delete.executeUpdate();
            }
        });
    }
}
