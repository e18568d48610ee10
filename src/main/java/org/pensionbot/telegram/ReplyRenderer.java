package org.pensionbot.telegram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.FirstMessage;
import org.pensionbot.dialog.Phrases;
import org.pensionbot.dialog.Reply;
import org.pensionbot.search.ScoredEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * Turns the engine's {@link Reply} into one Telegram message: HTML text plus inline buttons.
 *
 * <p>Decides nothing about <em>what</em> to answer, only how it looks: bold title, the short
 * answer and numbered steps as text (Telegram HTML has no lists), buttons for the tips ("更多提示",
 * sent as a second message by {@link #tips}), step-by-step (procedures only), related questions,
 * extensions' rows ({@link AnswerButtons}) and feedback. Every piece of text from the corpus, the
 * engine or the user is escaped; hotline numbers are kept {@link Dialable}. The result may
 * exceed Telegram's length limit; {@link Outbox} splits it.
 *
 * <p>Thread-safe if the popular-topics supplier and the answer-button hooks are.
 */
final class ReplyRenderer {

    static final int MAX_RELATED_BUTTONS = 3;
    static final int MIN_TOPIC_BUTTONS = 3;
    static final int MAX_TOPIC_BUTTONS = 5;

    private static final Logger log = LoggerFactory.getLogger(ReplyRenderer.class);

    private final Supplier<List<FaqEntry>> popularTopics;
    private final List<AnswerButtons> answerButtons;

    /** @param popularTopics tops up a fallback that carries fewer than three suggestions */
    ReplyRenderer(Supplier<List<FaqEntry>> popularTopics) {
        this(popularTopics, List.of());
    }

    /** @param answerButtons extensions' rows under every answer, in this order */
    ReplyRenderer(Supplier<List<FaqEntry>> popularTopics, List<AnswerButtons> answerButtons) {
        this.popularTopics = popularTopics;
        this.answerButtons = List.copyOf(answerButtons);
    }

    OutgoingMessage render(Reply reply) {
        // Java 17: no pattern matching in switch yet; the sealed hierarchy keeps this list complete.
        if (reply instanceof Reply.Answer answer) {
            return answer(answer);
        }
        if (reply instanceof Reply.Clarify clarify) {
            return clarify(clarify);
        }
        if (reply instanceof Reply.Fallback fallback) {
            return fallback(fallback);
        }
        if (reply instanceof Reply.StepDetail step) {
            return OutgoingMessage.of(warning(step) + Html.escape(Phrases.stepDetail(step)));
        }
        if (reply instanceof Reply.Tips tips) {
            return tips(tips.entry());
        }
        if (reply instanceof Reply.Step step) {
            return StepRenderer.step(step.entry(), step.number());
        }
        if (reply instanceof Reply.Stuck stuck) {
            return StepRenderer.stuck(stuck.entry(), stuck.number());
        }
        if (reply instanceof Reply.Feedback feedback) {
            return OutgoingMessage.of(Html.escape(feedback.text()));
        }
        Reply.SmallTalk smallTalk = (Reply.SmallTalk) reply;
        return OutgoingMessage.of(warning(smallTalk) + Html.escape(smallTalk.text()));
    }

    /**
     * The first message of an answer: the title, the short answer and the numbered steps, sized
     * for a phone screen ({@link FirstMessage}); the tips wait behind "更多提示".
     */
    OutgoingMessage answer(Reply.Answer answer) {
        FaqEntry entry = answer.entry();
        String html = warning(answer) + Html.bold(entry.title()) + "\n" + text(FirstMessage.text(entry));

        List<List<InlineKeyboardButton>> rows = new ArrayList<>();
        List<InlineKeyboardButton> more = new ArrayList<>();
        if (!entry.tips().isEmpty()) {
            Buttons.tips(entry.id()).ifPresent(more::add);
        }
        if (entry.isProcedure()) {
            Buttons.step(entry.id(), 1, TelegramPhrases.STEP_BY_STEP).ifPresent(more::add);
        }
        rows.add(more);
        answer.related().stream()
                .limit(MAX_RELATED_BUTTONS)
                .forEach(related -> rows.add(Buttons.answer(related).stream().toList()));
        answerButtons.forEach(hook -> rows.add(extraRow(hook, entry.id())));
        rows.add(Buttons.feedback(entry.id()));
        return new OutgoingMessage(html, Buttons.keyboard(rows));
    }

    /** The second message of an answer, on request: the entry's tips, one per line. */
    static OutgoingMessage tips(FaqEntry entry) {
        StringBuilder html = new StringBuilder(Html.escape(Phrases.TIPS_HEADING));
        entry.tips().forEach(tip -> html.append("\n• ").append(text(tip)));
        return OutgoingMessage.of(html.toString());
    }

    /** Corpus or phrase-book text: escaped, hotline numbers standing apart so phone apps can offer to dial them. */
    static String text(String plain) {
        return Html.escape(Dialable.numbers(plain));
    }

    /** An extension's row: only buttons Telegram accepts; none if the hook fails. */
    private static List<InlineKeyboardButton> extraRow(AnswerButtons hook, String entryId) {
        try {
            List<InlineKeyboardButton> buttons = hook.forEntry(entryId);
            return buttons == null ? List.of() : buttons.stream().filter(Buttons::isSendable).toList();
        } catch (RuntimeException e) {
            log.warn("Answer buttons for {} failed; the answer goes out without them", entryId, e);
            return List.of();
        }
    }

    private OutgoingMessage clarify(Reply.Clarify clarify) {
        String html = warning(clarify) + Html.escape(Phrases.CLARIFY_PROMPT) + "\n" + Html.escape(TelegramPhrases.CLARIFY_HINT);
        List<List<InlineKeyboardButton>> rows = new ArrayList<>();
        for (ScoredEntry candidate : clarify.candidates()) {
            rows.add(Buttons.answer(candidate.entry()).stream().toList());
        }
        return new OutgoingMessage(html, Buttons.keyboard(rows));
    }

    private OutgoingMessage fallback(Reply.Fallback fallback) {
        String apology = switch (fallback.reason()) {
            case NO_TEXT -> Phrases.FALLBACK_NO_TEXT;
            case OUT_OF_SCOPE -> fallback.redirect() == null ? Phrases.FALLBACK_NO_MATCH : fallback.redirect().strip();
            case NO_MATCH -> Phrases.FALLBACK_NO_MATCH;
        };
        StringBuilder html = new StringBuilder(warning(fallback)).append(text(apology));
        if (!apology.contains(Phrases.HOTLINE)) {
            html.append('\n').append(text(Phrases.FALLBACK_HOTLINE));
        }
        List<List<InlineKeyboardButton>> rows = new ArrayList<>();
        for (FaqEntry topic : topics(fallback.suggestions())) {
            rows.add(Buttons.answer(topic).stream().toList());
        }
        if (!rows.isEmpty()) {
            html.append("\n\n").append(Html.escape(Phrases.FALLBACK_TRY_TOPICS));
        }
        return new OutgoingMessage(html.toString(), Buttons.keyboard(rows));
    }

    /** Three to five topics: the engine's suggestions, topped up with popular ones. */
    private List<FaqEntry> topics(List<FaqEntry> suggestions) {
        Map<String, FaqEntry> byId = new LinkedHashMap<>();
        suggestions.forEach(entry -> byId.putIfAbsent(entry.id(), entry));
        if (byId.size() < MIN_TOPIC_BUTTONS) {
            popularTopics.get().forEach(entry -> byId.putIfAbsent(entry.id(), entry));
        }
        return byId.values().stream().limit(MAX_TOPIC_BUTTONS).toList();
    }

    private static String warning(Reply reply) {
        StringBuilder notices = new StringBuilder();
        Phrases.notices(reply).forEach(notice -> notices.append(Html.escape(notice)).append("\n\n"));
        return notices.toString();
    }
}
