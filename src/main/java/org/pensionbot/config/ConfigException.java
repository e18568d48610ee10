package org.pensionbot.config;

/** A setting is missing or malformed; the message is one line the operator can act on. */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }
}
