package org.pensionbot.telegram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What other features plug into the Telegram channel: extra commands, extra button prefixes, a
 * listener for questions and feedback, where handled update ids are remembered, and code to run
 * once the bot is connected (for example a reminder scheduler that needs the {@link Outbox}).
 *
 * <pre>{@code
 * TelegramExtensions extensions = TelegramExtensions.builder()
 *         .command("stats", null, statsHandler)      // null description: not listed in the menu
 *         .button("r", reminderButtons)
 *         .listener(questionLog)
 *         .handledUpdates(databaseStore)
 *         .onStart(reminders::start)
 *         .build();
 * TelegramBot.run(config, engine, extensions);
 * }</pre>
 *
 * <p>Immutable once built. The builder rejects names that clash with the built-in ones
 * ({@code /start}, {@code /help}, prefixes {@code a s x f}) or with each other.
 */
public final class TelegramExtensions {

    private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");
    private static final List<String> BUILT_IN_COMMANDS = List.of("start", "help");

    private final Map<String, RegisteredCommand> commands;
    private final Map<String, ButtonHandler> buttons;
    private final ConversationListener listener;
    private final HandledUpdateStore handledUpdates;
    private final List<Consumer<Outbox>> startHooks;

    private TelegramExtensions(Builder builder) {
        this.commands = Collections.unmodifiableMap(new LinkedHashMap<>(builder.commands));
        this.buttons = Map.copyOf(builder.buttons);
        this.listener = builder.listener;
        this.handledUpdates = builder.handledUpdates;
        this.startHooks = List.copyOf(builder.startHooks);
    }

    /** The same extensions with another store for handled update ids. */
    public TelegramExtensions withHandledUpdates(HandledUpdateStore store) {
        Builder copy = new Builder();
        copy.commands.putAll(commands);
        copy.buttons.putAll(buttons);
        copy.listener = listener;
        copy.handledUpdates = Objects.requireNonNull(store, "store");
        copy.startHooks.addAll(startHooks);
        return copy.build();
    }

    /** No extensions; handled update ids are kept in memory only. */
    public static TelegramExtensions none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    Optional<RegisteredCommand> command(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    /** Commands with a description, for the menu Telegram shows ({@code setMyCommands}). */
    List<RegisteredCommand> listedCommands() {
        return commands.values().stream().filter(c -> c.description() != null).toList();
    }

    Optional<ButtonHandler> button(String prefix) {
        return Optional.ofNullable(buttons.get(prefix));
    }

    ConversationListener listener() {
        return listener;
    }

    /** The store, or empty when the caller should choose the default. */
    Optional<HandledUpdateStore> handledUpdates() {
        return Optional.ofNullable(handledUpdates);
    }

    List<Consumer<Outbox>> startHooks() {
        return startHooks;
    }

    /** A registered command; a null description keeps it out of the visible menu. */
    record RegisteredCommand(String name, String description, CommandHandler handler) {
    }

    /** Collects extensions; not thread-safe. */
    public static final class Builder {

        private final Map<String, RegisteredCommand> commands = new LinkedHashMap<>();
        private final Map<String, ButtonHandler> buttons = new LinkedHashMap<>();
        private ConversationListener listener = ConversationListener.NONE;
        private HandledUpdateStore handledUpdates;
        private final List<Consumer<Outbox>> startHooks = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds {@code /name}.
         *
         * @param name 1-32 of {@code [a-z0-9_]}, without the slash
         * @param description shown in Telegram's command menu; null keeps the command unlisted
         *     (admin commands)
         */
        public Builder command(String name, String description, CommandHandler handler) {
            if (name == null || !COMMAND.matcher(name).matches()) {
                throw new IllegalArgumentException("command name must be 1-32 of [a-z0-9_] without the slash (was '" + name + "')");
            }
            if (BUILT_IN_COMMANDS.contains(name) || commands.containsKey(name)) {
                throw new IllegalArgumentException("command /" + name + " is already registered");
            }
            commands.put(name, new RegisteredCommand(name, description, Objects.requireNonNull(handler, "handler")));
            return this;
        }

        /** Sends presses of buttons whose data starts with {@code prefix:} to {@code handler}. */
        public Builder button(String prefix, ButtonHandler handler) {
            if (!CallbackData.isValidPrefix(prefix)) {
                throw new IllegalArgumentException("button prefix must be 1-8 of [a-z0-9_] (was '" + prefix + "')");
            }
            if (Buttons.BUILT_IN_PREFIXES.contains(prefix) || buttons.containsKey(prefix)) {
                throw new IllegalArgumentException("button prefix '" + prefix + "' is already registered");
            }
            buttons.put(prefix, Objects.requireNonNull(handler, "handler"));
            return this;
        }

        public Builder listener(ConversationListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** Where handled update ids survive a restart; see {@link HandledUpdateStore}. */
        public Builder handledUpdates(HandledUpdateStore store) {
            this.handledUpdates = Objects.requireNonNull(store, "store");
            return this;
        }

        /** Runs once the bot is connected and before the first update is handled. */
        public Builder onStart(Consumer<Outbox> hook) {
            startHooks.add(Objects.requireNonNull(hook, "hook"));
            return this;
        }

        public TelegramExtensions build() {
            return new TelegramExtensions(this);
        }
    }
}
