package org.pensionbot.telegram;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.FirstMessage;
import org.pensionbot.dialog.Choice;
import org.pensionbot.dialog.Phrases;
import org.pensionbot.dialog.Reply;
import org.pensionbot.dialog.ReplyChoices;

/**
 * Turns the engine's {@link Reply} into one Telegram message: HTML text plus inline buttons.
 *
 * <p>Decides nothing about <em>what</em> to answer, nor which buttons to offer — that is
 * {@link ReplyChoices}, the same for every channel — only how it looks: bold title, the short
 * answer and numbered steps as text (Telegram HTML has no lists), and each choice as an inline
 * button. The tips follow "更多提示" as a second message ({@link #tips}). Every piece of text from
 * the corpus, the engine or the user is escaped; hotline numbers are kept {@link Dialable}. The
 * result may exceed Telegram's length limit; {@link Outbox} splits it.
 *
 * <p>Thread-safe if the popular-topics supplier and the answer-button hooks are.
 */
final class ReplyRenderer {

    private final ReplyChoices choices;

    /** @param popularTopics tops up a fallback that carries fewer than three suggestions */
    ReplyRenderer(Supplier<List<FaqEntry>> popularTopics) {
        this(popularTopics, List.of());
    }

    /** @param answerButtons extensions' rows under every answer, in this order */
    ReplyRenderer(Supplier<List<FaqEntry>> popularTopics, List<AnswerButtons> answerButtons) {
        this(new ReplyChoices(popularTopics, answerButtons.stream().<Function<String, List<Choice>>>map(hook -> hook::forEntry).toList()));
    }

    ReplyRenderer(ReplyChoices choices) {
        this.choices = choices;
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
            return withChoices(warning(step) + Html.escape(Phrases.stepDetail(step)), reply);
        }
        if (reply instanceof Reply.Detail detail) {
            return withChoices(warning(detail) + Html.escape(Phrases.detail(detail) + "\n\n" + Phrases.detailChoices(detail)), reply);
        }
        if (reply instanceof Reply.Tips tips) {
            return withChoices(tipsHtml(tips.entry()), reply);
        }
        if (reply instanceof Reply.Step step) {
            return withChoices(StepRenderer.step(step.entry(), step.number()), reply);
        }
        if (reply instanceof Reply.Stuck stuck) {
            return withChoices(StepRenderer.stuck(stuck.entry(), stuck.number()), reply);
        }
        if (reply instanceof Reply.Feedback feedback) {
            return withChoices(Html.escape(feedback.text()), reply);
        }
        Reply.SmallTalk smallTalk = (Reply.SmallTalk) reply;
        return withChoices(warning(smallTalk) + Html.escape(smallTalk.text()), reply);
    }

    /** The text with the reply's choices as inline buttons. */
    private OutgoingMessage withChoices(String html, Reply reply) {
        return new OutgoingMessage(html, Buttons.keyboardOf(choices.of(reply)));
    }

    /**
     * The first message of an answer: the title, the short answer and the numbered steps, sized
     * for a phone screen ({@link FirstMessage}); the tips wait behind "更多提示".
     */
    OutgoingMessage answer(Reply.Answer answer) {
        FaqEntry entry = answer.entry();
        return withChoices(warning(answer) + Html.bold(entry.title()) + "\n" + text(answer.firstMessage()), answer);
    }

    /** The second message of an answer, on request: the entry's tips, one per line. */
    static OutgoingMessage tips(FaqEntry entry) {
        return OutgoingMessage.of(tipsHtml(entry));
    }

    private static String tipsHtml(FaqEntry entry) {
        StringBuilder html = new StringBuilder(Html.escape(Phrases.TIPS_HEADING));
        entry.tips().forEach(tip -> html.append("\n• ").append(text(tip)));
        return html.toString();
    }

    /** Corpus or phrase-book text: escaped, hotline numbers standing apart so phone apps can offer to dial them. */
    static String text(String plain) {
        return Html.escape(Dialable.numbers(plain));
    }

    /** A choice; the other ways to try are said in the text as well, in full, since a button shows only a line's start. */
    private OutgoingMessage clarify(Reply.Clarify clarify) {
        StringBuilder html = new StringBuilder(warning(clarify)).append(text(Phrases.clarifyPrompt(clarify))).append('\n');
        if (clarify.reason() == Reply.ClarifyReason.DID_NOT_WORK) {
            Phrases.optionLines(clarify).forEach(way -> html.append("• ").append(text(way)).append('\n'));
            html.append(Html.escape(TelegramPhrases.OTHER_WAYS_HINT));
        } else {
            html.append(Html.escape(TelegramPhrases.CLARIFY_HINT));
        }
        return withChoices(html.append('\n').append(text(Phrases.CLARIFY_NONE_OF_THESE)).toString(), clarify);
    }

    private OutgoingMessage fallback(Reply.Fallback fallback) {
        StringBuilder html = new StringBuilder(warning(fallback))
                .append(Phrases.fallbackOpening(fallback).stream().map(ReplyRenderer::text).collect(Collectors.joining("\n")));
        List<List<Choice>> rows = choices.of(fallback);
        if (!rows.isEmpty()) {
            html.append("\n\n").append(Html.escape(Phrases.FALLBACK_TRY_TOPICS));
        }
        return new OutgoingMessage(html.toString(), Buttons.keyboardOf(rows));
    }

    private static String warning(Reply reply) {
        StringBuilder notices = new StringBuilder();
        Phrases.notices(reply).forEach(notice -> notices.append(Html.escape(notice)).append("\n\n"));
        return notices.toString();
    }
}
