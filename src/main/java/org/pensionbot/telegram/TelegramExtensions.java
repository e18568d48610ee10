package org.pensionbot.telegram;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import org.pensionbot.dialog.ChoiceId;

/**
 * What other features plug into the Telegram channel: extra commands, extra button prefixes, a
 * listener for questions and feedback, where handled update ids are remembered, typed text an
 * extension waits for, extra buttons under answers, chats that blocked the bot, and code to run
 * once the bot is connected (for example a reminder scheduler that needs the {@link Outbox}) and
 * when it stops.
 *
 * <pre>{@code
 * TelegramExtensions extensions = TelegramExtensions.builder()
 *         .command("stats", null, statsHandler)      // null description: not listed in the menu
 *         .button("r", reminderButtons)
 *         .textHook(awaitedName)                     // before the FAQ engine, private chats only
 *         .answerButtons(reminderOffer)              // a row under chosen answers
 *         .onChatBlocked(reminders::chatBlocked)     // Telegram answered 403
 *         .listener(questionLog)
 *         .handledUpdates(databaseStore)
 *         .onStart(reminders::start)
 *         .onStop(reminders::close)                  // before the outbound queue closes
 *         .onClosed(storage::close)                  // after it has closed
 *         .build();
 * TelegramBot.run(config, engine, extensions);
 * }</pre>
 *
 * <p>Immutable once built. The builder rejects names that clash with the built-in ones
 * ({@code /start}, {@code /help}, prefixes {@code a s x f}) or with each other. Every hook may be
 * registered several times; they run in registration order (stop and closed hooks in reverse), and
 * one that throws is logged and does not keep the others from running.
 */
public final class TelegramExtensions {

    private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");
    private static final List<String> BUILT_IN_COMMANDS = List.of("start", "help");

    private final Map<String, RegisteredCommand> commands;
    private final Map<String, ButtonHandler> buttons;
    private final ConversationListener listener;
    private final HandledUpdateStore handledUpdates;
    private final List<Consumer<Outbox>> startHooks;
    private final List<Runnable> stopHooks;
    private final List<Runnable> closedHooks;
    private final List<TextHook> textHooks;
    private final List<AnswerButtons> answerButtons;
    private final List<LongConsumer> chatBlockedHooks;
    private final List<String> introductions;
    private final MeterRegistry meters;
    private final Webhook webhook;

    private TelegramExtensions(Builder builder) {
        this.commands = Collections.unmodifiableMap(new LinkedHashMap<>(builder.commands));
        this.buttons = Map.copyOf(builder.buttons);
        this.listener = builder.listener;
        this.handledUpdates = builder.handledUpdates;
        this.startHooks = List.copyOf(builder.startHooks);
        this.stopHooks = List.copyOf(builder.stopHooks);
        this.closedHooks = List.copyOf(builder.closedHooks);
        this.textHooks = List.copyOf(builder.textHooks);
        this.answerButtons = List.copyOf(builder.answerButtons);
        this.chatBlockedHooks = List.copyOf(builder.chatBlockedHooks);
        this.introductions = List.copyOf(builder.introductions);
        this.meters = builder.meters;
        this.webhook = builder.webhook;
    }

    /** The same extensions with another store for handled update ids. */
    public TelegramExtensions withHandledUpdates(HandledUpdateStore store) {
        Builder copy = new Builder();
        copy.commands.putAll(commands);
        copy.buttons.putAll(buttons);
        copy.listener = listener;
        copy.handledUpdates = Objects.requireNonNull(store, "store");
        copy.startHooks.addAll(startHooks);
        copy.stopHooks.addAll(stopHooks);
        copy.closedHooks.addAll(closedHooks);
        copy.textHooks.addAll(textHooks);
        copy.answerButtons.addAll(answerButtons);
        copy.chatBlockedHooks.addAll(chatBlockedHooks);
        copy.introductions.addAll(introductions);
        copy.meters = meters;
        copy.webhook = webhook;
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

    /** In registration order; {@link TelegramBot#close()} runs them last to first. */
    List<Runnable> stopHooks() {
        return stopHooks;
    }

    /** In registration order; {@link TelegramBot#close()} runs them last to first. */
    List<Runnable> closedHooks() {
        return closedHooks;
    }

    List<TextHook> textHooks() {
        return textHooks;
    }

    List<AnswerButtons> answerButtons() {
        return answerButtons;
    }

    List<LongConsumer> chatBlockedHooks() {
        return chatBlockedHooks;
    }

    /** Plain-text paragraphs /start and /help add, one per feature, in registration order. */
    List<String> introductions() {
        return introductions;
    }

    MeterRegistry meters() {
        return meters;
    }

    /** The webhook to receive updates on; empty for long polling. */
    Optional<Webhook> webhook() {
        return Optional.ofNullable(webhook);
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
        private final List<Runnable> stopHooks = new ArrayList<>();
        private final List<Runnable> closedHooks = new ArrayList<>();
        private final List<TextHook> textHooks = new ArrayList<>();
        private final List<AnswerButtons> answerButtons = new ArrayList<>();
        private final List<LongConsumer> chatBlockedHooks = new ArrayList<>();
        private final List<String> introductions = new ArrayList<>();
        // Meters nobody reads unless the caller passes the registry it exposes.
        private MeterRegistry meters = new SimpleMeterRegistry();
        private Webhook webhook;

        private Builder() {
        }

        /** A short plain-text paragraph that /start and /help add, so that newcomers learn the feature exists. */
        public Builder introduction(String text) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("an introduction needs text");
            }
            introductions.add(text.strip());
            return this;
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
            if (!ChoiceId.isValidPrefix(prefix)) {
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

        /**
         * Runs once in {@link TelegramBot#close()} (and so on SIGTERM, before the JVM may halt):
         * after polling has stopped and the updates in hand are handled, before the outbound queue
         * stops accepting messages, so whatever the hook still sends goes out in the remaining
         * grace time. Stop hooks run in reverse order of registration. Also runs when start-up
         * failed after the start hooks, so it must cope with a feature that never started.
         */
        public Builder onStop(Runnable hook) {
            stopHooks.add(Objects.requireNonNull(hook, "hook"));
            return this;
        }

        /**
         * Runs once at the very end of {@link TelegramBot#close()}, after the outbound queue and
         * every thread of the bot have stopped: for what the extensions and the queue's callbacks
         * used until then, such as the database. On SIGTERM the JVM may halt as soon as
         * {@code close()} returns, so this is the last moment to close such resources cleanly.
         * Closed hooks run in reverse order of registration.
         */
        public Builder onClosed(Runnable hook) {
            closedHooks.add(Objects.requireNonNull(hook, "hook"));
            return this;
        }

        /** Offers private text messages to {@code hook} before the bot handles them; see {@link TextHook}. */
        public Builder textHook(TextHook hook) {
            textHooks.add(Objects.requireNonNull(hook, "hook"));
            return this;
        }

        /** Adds a row of buttons under answers; see {@link AnswerButtons}. */
        public Builder answerButtons(AnswerButtons hook) {
            answerButtons.add(Objects.requireNonNull(hook, "hook"));
            return this;
        }

        /**
         * Told the chat id whenever Telegram refuses a message with 403 (the user blocked the bot,
         * or the bot was removed from the group). The message is not retried. Called once per
         * refused message, on a sending thread, so it must be quick and thread-safe; an exception
         * is logged and never reaches the queue.
         */
        public Builder onChatBlocked(LongConsumer hook) {
            chatBlockedHooks.add(Objects.requireNonNull(hook, "hook"));
            return this;
        }

        /**
         * Where the channel records its metrics: outbound queue depth, Telegram's 429s and
         * errors, and the time to handle an update.
         */
        public Builder meters(MeterRegistry registry) {
            this.meters = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * Receives updates through {@code webhook} (already registered on the HTTP host) instead
         * of long polling: the bot binds it to its handlers and calls {@code setWebhook}.
         */
        public Builder webhook(Webhook webhook) {
            this.webhook = Objects.requireNonNull(webhook, "webhook");
            return this;
        }

        public TelegramExtensions build() {
            return new TelegramExtensions(this);
        }
    }
}
