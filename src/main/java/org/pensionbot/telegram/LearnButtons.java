package org.pensionbot.telegram;

import org.pensionbot.dialog.ChoiceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pensionbot.admin.AdminViews;
import org.pensionbot.admin.CorpusReloader;
import org.pensionbot.admin.LearningOffers;
import org.pensionbot.admin.LiveIndex;
import org.pensionbot.admin.ReloadResult;
import org.pensionbot.admin.VariantLearner;
import org.pensionbot.config.BotConfig;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.store.Reports;
import org.pensionbot.store.UnansweredReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * Learning from missed questions on Telegram: under {@code /unanswered}, one message per question
 * with its closest entries as buttons ({@code learn:<entry>:<key>}); a press adds the question to
 * that entry's file, reloads, and confirms with an undo button ({@code unlearn:<entry>:<key>}).
 *
 * <p>Buttons carry the entry id and the question's {@link LearningOffers#key}, never the text
 * (64 bytes): a press finds the question again in the unanswered list (learn) or among the
 * entry's phrasings (undo), so the buttons work after a restart too. Only admins may press them;
 * anyone else gets the ordinary help. Thread-safe.
 */
final class LearnButtons {

    static final String LEARN = "learn";
    static final String UNLEARN = "unlearn";

    private static final Logger log = LoggerFactory.getLogger(LearnButtons.class);

    private final BotConfig config;
    private final LiveIndex live;
    private final CorpusReloader reloader;
    private final Reports reports;
    private final VariantLearner learner;

    LearnButtons(BotConfig config, LiveIndex live, CorpusReloader reloader, Reports reports, VariantLearner learner) {
        this.config = config;
        this.live = live;
        this.reloader = reloader;
        this.reports = reports;
        this.learner = learner;
    }

    void register(TelegramExtensions.Builder builder) {
        builder.button(LEARN, this::learn).button(UNLEARN, this::unlearn);
    }

    /** A message per missed question, with a button for each entry it came close to. */
    void sendOffers(long chatId, UnansweredReport report, Outbox outbox) {
        for (LearningOffers.Offer offer : LearningOffers.of(report, live.get())) {
            List<List<InlineKeyboardButton>> rows = new ArrayList<>();
            for (FaqEntry candidate : offer.candidates()) {
                rows.add(Buttons.button(Buttons.label(candidate.title()), ChoiceId.of(LEARN, candidate.id(), offer.key()))
                        .stream().toList());
            }
            outbox.send(chatId, new OutgoingMessage(Html.escape(AdminViews.learnOffer(offer)), Buttons.keyboard(rows)));
        }
    }

    private void learn(ButtonHandler.ButtonPress press, Outbox outbox) {
        if (!admitted(press, outbox)) {
            return;
        }
        String entryId = press.data().arg(0).orElse("");
        Optional<String> question = press.data().arg(1)
                .flatMap(key -> LearningOffers.find(reports.unanswered(Reports.DEFAULT_DAYS, AdminCommands.MAX_UNANSWERED), key));
        if (question.isEmpty()) {
            outbox.sendText(press.chatId(), TelegramPhrases.LEARN_EXPIRED);
            return;
        }
        VariantLearner.Outcome outcome = learner.learn(question.get(), entryId);
        log.info("admin {} learned a phrasing for {}: {}", LogIds.user(press.userId()), entryId,
                outcome.changed() ? "added" : "refused");
        if (!outcome.changed()) {
            outbox.sendText(press.chatId(), AdminViews.refused(outcome));
            return;
        }
        ReloadResult reload = reloader.reload();
        List<List<InlineKeyboardButton>> undo = List.of(
                Buttons.button(TelegramPhrases.UNDO, ChoiceId.of(UNLEARN, entryId, press.data().arg(1).orElseThrow()))
                        .stream().toList());
        outbox.send(press.chatId(), new OutgoingMessage(Html.escape(AdminViews.learned(outcome, reload)), Buttons.keyboard(undo)));
    }

    private void unlearn(ButtonHandler.ButtonPress press, Outbox outbox) {
        if (!admitted(press, outbox)) {
            return;
        }
        String entryId = press.data().arg(0).orElse("");
        Optional<String> phrasing = live.get().corpus().entry(entryId)
                .flatMap(entry -> press.data().arg(1).flatMap(key -> LearningOffers.findPhrasing(entry, key)));
        if (phrasing.isEmpty()) {
            outbox.sendText(press.chatId(), TelegramPhrases.UNDO_NOTHING);
            return;
        }
        VariantLearner.Outcome outcome = learner.undo(phrasing.get(), entryId);
        log.info("admin {} undid a learned phrasing of {}: {}", LogIds.user(press.userId()), entryId,
                outcome.changed() ? "removed" : "refused");
        outbox.sendText(press.chatId(), outcome.changed() ? AdminViews.unlearned(outcome, reloader.reload()) : AdminViews.refused(outcome));
    }

    private boolean admitted(ButtonHandler.ButtonPress press, Outbox outbox) {
        if (config.isAdmin(press.userId())) {
            return true;
        }
        outbox.send(press.chatId(), OutgoingMessage.of(Html.escape(TelegramPhrases.HELP)));
        return false;
    }
}
