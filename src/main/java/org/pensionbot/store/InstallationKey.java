package org.pensionbot.store;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import org.pensionbot.config.ConfigException;

/**
 * The secret behind {@link IdHasher}: {@code ID_HASH_KEY} when the operator sets it, otherwise 32
 * random bytes generated on first start and kept in the {@code bot_setting} table, so pseudonyms
 * stay stable across restarts.
 *
 * <p>A key kept in the database protects the ids from anyone who sees reports, exports or single
 * rows, but not from someone who holds the whole database; operators who need that keep the key
 * apart with {@code ID_HASH_KEY}. Changing the key starts new pseudonyms: old events then count as
 * other people.
 */
final class InstallationKey {

    static final String ENV = "ID_HASH_KEY";
    static final int MIN_CONFIGURED_LENGTH = 16;
    private static final String SETTING = "id_hash_key";
    private static final int GENERATED_BYTES = 32;

    private InstallationKey() {
    }

    static byte[] resolve(Database database, Optional<String> configured) throws SQLException {
        if (configured.isPresent()) {
            String key = configured.get();
            if (key.length() < MIN_CONFIGURED_LENGTH) {
                throw new ConfigException(ENV + " must be at least " + MIN_CONFIGURED_LENGTH
                        + " characters (was " + key.length() + "); better, 32 random characters");
            }
            return key.getBytes(StandardCharsets.UTF_8);
        }
        Optional<String> stored = database.call(InstallationKey::read);
        if (stored.isPresent()) {
            return Base64.getDecoder().decode(stored.get());
        }
        byte[] generated = new byte[GENERATED_BYTES];
        new SecureRandom().nextBytes(generated);
        try {
            database.call(c -> write(c, Base64.getEncoder().encodeToString(generated)));
            return generated;
        } catch (SQLException e) {
            // Another process starting at the same moment stored its key first: use that one.
            return Base64.getDecoder().decode(database.call(InstallationKey::read).orElseThrow(() -> e));
        }
    }

    private static Optional<String> read(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT value FROM bot_setting WHERE name = ?")) {
            select.setString(1, SETTING);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static Void write(Connection c, String value) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO bot_setting (name, value) VALUES (?, ?)")) {
            insert.setString(1, SETTING);
            insert.setString(2, value);
            insert.executeUpdate();
        }
        return null;
    }
}
