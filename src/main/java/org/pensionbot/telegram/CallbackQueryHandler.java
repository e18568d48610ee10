package org.pensionbot.telegram;

import java.util.Optional;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.dialog.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;

/**
 * Acts on a pressed inline button: answer an entry, show its tips, show a step, help a stuck
 * user, record feedback, or pass the press to an extension that registered the prefix.
 *
 * <p>Buttons carry all their state in {@link CallbackData}, so a press is understood even after a
 * restart or a corpus reload; a button whose entry no longer exists gets a friendly "expired"
 * reply with the topic buttons. The press itself has been acknowledged by the router before this
 * runs. Thread-safe.
 */
final class CallbackQueryHandler {

    private static final Logger log = LoggerFactory.getLogger(CallbackQueryHandler.class);

    private final DialogEngine engine;
    private final Outbox outbox;
    private final ReplyRenderer renderer;
    private final TelegramExtensions extensions;

    CallbackQueryHandler(DialogEngine engine, Outbox outbox, ReplyRenderer renderer, TelegramExtensions extensions) {
        this.engine = engine;
        this.outbox = outbox;
        this.renderer = renderer;
        this.extensions = extensions;
    }

    void handle(CallbackQuery query) {
        MaybeInaccessibleMessage message = query.getMessage();
        long chatId = message.getChatId();
        long userId = query.getFrom().getId();
        boolean group = message.getChat() != null && (message.getChat().isGroupChat() || message.getChat().isSuperGroupChat());

        Optional<CallbackData> parsed = CallbackData.parse(query.getData());
        if (parsed.isEmpty()) {
            expired(chatId, group);
            return;
        }
        CallbackData data = parsed.get();
        log.info("chat {}: button {}", LogIds.chat(chatId), data.encode().orElse(data.prefix()));
        switch (data.prefix()) {
            case Buttons.ANSWER -> data.arg(0).flatMap(engine::answerFor).ifPresentOrElse(
                    answer -> answer(answer, chatId, userId), () -> expired(chatId, group));
            case Buttons.STEP -> entry(data).ifPresentOrElse(
                    entry -> step(entry, data.intArg(1).orElse(1), chatId), () -> expired(chatId, group));
            case Buttons.STUCK -> entry(data).ifPresentOrElse(
                    entry -> stuck(entry, data.intArg(1).orElse(1), chatId), () -> expired(chatId, group));
            case Buttons.TIPS -> entry(data).ifPresentOrElse(entry -> tips(entry, chatId), () -> expired(chatId, group));
            case Buttons.FEEDBACK -> feedback(data, chatId, userId, group);
            default -> extensions.button(data.prefix()).ifPresentOrElse(
                    handler -> handler.handle(new ButtonHandler.ButtonPress(chatId, userId, group, data), outbox),
                    () -> expired(chatId, group));
        }
    }

    private void answer(Reply.Answer answer, long chatId, long userId) {
        outbox.send(chatId, renderer.answer(answer));
        Listeners.onReply(extensions.listener(), chatId, userId, answer);
    }

    private void step(FaqEntry entry, int step, long chatId) {
        if (!entry.isProcedure()) {
            // The entry lost its steps in a corpus edit: show what it says now.
            engine.answerFor(entry.id()).ifPresent(answer -> outbox.send(chatId, renderer.answer(answer)));
            return;
        }
        outbox.send(chatId, StepRenderer.step(entry, step));
    }

    private void tips(FaqEntry entry, long chatId) {
        if (entry.tips().isEmpty()) {
            // The entry lost its tips in a corpus edit: show what it says now.
            engine.answerFor(entry.id()).ifPresent(answer -> outbox.send(chatId, renderer.answer(answer)));
            return;
        }
        outbox.send(chatId, ReplyRenderer.tips(entry));
    }

    private void stuck(FaqEntry entry, int step, long chatId) {
        outbox.send(chatId, StepRenderer.stuck(entry, step));
        // menus.yml may name an entry for people stuck in any procedure (what to do when the face scan fails).
        engine.corpus().menus().stuckEntry()
                .filter(id -> !id.equals(entry.id()))
                .flatMap(engine::answerFor)
                .ifPresent(help -> outbox.send(chatId, renderer.answer(help)));
    }

    private void feedback(CallbackData data, long chatId, long userId, boolean group) {
        Optional<String> vote = data.arg(0).filter(v -> v.equals(Buttons.HELPFUL) || v.equals(Buttons.NOT_HELPFUL));
        Optional<String> entryId = data.arg(1);
        if (vote.isEmpty() || entryId.isEmpty()) {
            expired(chatId, group);
            return;
        }
        boolean helpful = vote.get().equals(Buttons.HELPFUL);
        Listeners.onFeedback(extensions.listener(), chatId, userId, entryId.get(), helpful);
        outbox.send(chatId, OutgoingMessage.of(Html.escape(helpful ? TelegramPhrases.FEEDBACK_THANKS : TelegramPhrases.FEEDBACK_SORRY)));
    }

    private Optional<FaqEntry> entry(CallbackData data) {
        return data.arg(0).flatMap(engine::answerFor).map(Reply.Answer::entry);
    }

    private void expired(long chatId, boolean group) {
        outbox.send(chatId, new OutgoingMessage(Html.escape(TelegramPhrases.EXPIRED_BUTTON),
                TopicKeyboard.forChat(engine.corpus().menus(), group)));
    }
}
