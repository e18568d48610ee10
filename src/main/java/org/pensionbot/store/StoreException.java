package org.pensionbot.store;

/**
 * The database cannot be opened, migrated or read. The message is one line an operator can act
 * on: it names the database (with any password masked) and the driver's reason.
 */
public final class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
