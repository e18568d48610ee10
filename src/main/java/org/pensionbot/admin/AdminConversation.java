package org.pensionbot.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.dialog.Choice;
import org.pensionbot.dialog.ChoiceId;
import org.pensionbot.dialog.ChoiceLabels;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.dialog.ReplyChoices;
import org.pensionbot.store.ReportText;
import org.pensionbot.store.Reports;
import org.pensionbot.store.UnansweredReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the admin commands are, free of any channel: {@code /stats}, {@code /unanswered [N]} with
 * a choice per close entry that adds a missed question to it ({@code learn:<entry>:<key>}) and an
 * undo after it ({@code unlearn:<entry>:<key>}), {@code /why <question>}, {@code /reload} and
 * {@code /corpus}. It returns {@link AdminMessage}s (plain text and {@link Choice}s); the channel
 * renders and sends them.
 *
 * <p>Who may use these is the channel's to check, before calling: only the channel knows who is
 * asking. So a channel without authentication must not offer them at all — the web chat page does
 * not; the terminal has the command line's {@code report}, {@code explain} and {@code learn}.
 *
 * <p>A choice carries the entry id and the question's {@link LearningOffers#key}, never the text
 * (ids are at most 64 bytes): choosing finds the question again in the unanswered list (learn) or
 * among the entry's phrasings (undo), so the choices still work after a restart. Thread-safe.
 */
public final class AdminConversation {

    /** The command names, without the slash. */
    public static final Set<String> COMMANDS = Set.of("stats", "unanswered", "why", "reload", "corpus");
    /** {@code learn:<entryId>:<key>}: add the unanswered question with that key to the entry. */
    public static final String LEARN = "learn";
    /** {@code unlearn:<entryId>:<key>}: take that learned phrasing out of the entry again. */
    public static final String UNLEARN = "unlearn";
    /** The prefixes of every admin choice. */
    public static final List<String> CHOICE_PREFIXES = List.of(LEARN, UNLEARN);
    /** Longest unanswered list one command shows: each question is a message of its own. */
    public static final int MAX_UNANSWERED = 50;

    static final String WHY_USAGE = "用法：/why 问题，例如 /why 支付宝怎么认证";
    static final String LEARN_EXPIRED = "这个问题已不在未答列表里了。请重新发 /unanswered 再选。";
    static final String UNDO = "↩️ 撤销";
    static final String UNDO_NOTHING = "没有可撤销的：这个问法已经不在那个条目里了。";

    private static final Logger log = LoggerFactory.getLogger(AdminConversation.class);

    private final DialogEngine engine;
    private final LiveIndex live;
    private final CorpusReloader reloader;
    private final Reports reports;
    private final VariantLearner learner;

    /** @param learner writes the phrasings admins choose into the corpus folder {@code live} serves */
    public AdminConversation(DialogEngine engine, LiveIndex live, CorpusReloader reloader, Reports reports,
                             VariantLearner learner) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.live = Objects.requireNonNull(live, "live");
        this.reloader = Objects.requireNonNull(reloader, "reloader");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.learner = Objects.requireNonNull(learner, "learner");
    }

    /** True when {@code id} is one of this conversation's choices (by its prefix). */
    public static boolean owns(String id) {
        return ChoiceId.parse(id).map(parsed -> CHOICE_PREFIXES.contains(parsed.prefix())).orElse(false);
    }

    /**
     * Runs a command. {@code /unanswered} gives the list and then one message per question with
     * its learn choices; every other command gives one message.
     *
     * @param admin who asked, as a log line may name them (the channel masks it)
     * @param command one of {@link #COMMANDS}
     * @param arguments the text after the command; empty when there is none
     */
    public List<AdminMessage> onCommand(String admin, String command, String arguments) {
        if (!COMMANDS.contains(command)) {
            throw new IllegalArgumentException("not an admin command: " + command);
        }
        log.info("admin {} ran /{}", admin, command);
        String argument = arguments == null ? "" : arguments.strip();
        return switch (command) {
            case "unanswered" -> unanswered(limit(argument));
            case "stats" -> List.of(AdminMessage.text(ReportText.stats(reports.stats(Reports.DEFAULT_DAYS))));
            case "why" -> List.of(AdminMessage.text(argument.isEmpty() ? WHY_USAGE : AdminViews.why(engine, live.get(), argument)));
            case "reload" -> List.of(AdminMessage.text(AdminViews.reload(reloader.reload())));
            default -> List.of(AdminMessage.text(AdminViews.corpus(live)));
        };
    }

    /**
     * What choosing {@code id} (a {@link #LEARN} or {@link #UNLEARN} choice) does: the outcome, with
     * an undo choice after a phrasing was added. A stale or malformed id says so.
     *
     * @param admin who chose, as a log line may name them (the channel masks it)
     */
    public AdminMessage onChoice(String admin, String id) {
        Optional<ChoiceId> parsed = ChoiceId.parse(id).filter(choice -> CHOICE_PREFIXES.contains(choice.prefix()));
        if (parsed.isEmpty()) {
            return AdminMessage.text(LEARN_EXPIRED);
        }
        return parsed.get().prefix().equals(LEARN) ? learn(admin, parsed.get()) : unlearn(admin, parsed.get());
    }

    private List<AdminMessage> unanswered(int limit) {
        UnansweredReport report = reports.unanswered(Reports.DEFAULT_DAYS, limit);
        List<AdminMessage> messages = new ArrayList<>();
        messages.add(AdminMessage.text(ReportText.unanswered(report)));
        for (LearningOffers.Offer offer : LearningOffers.of(report, live.get())) {
            List<List<Choice>> rows = new ArrayList<>();
            for (FaqEntry candidate : offer.candidates()) {
                rows.add(choice(ChoiceLabels.label(candidate.title()), ChoiceId.of(LEARN, candidate.id(), offer.key())));
            }
            messages.add(new AdminMessage(AdminViews.learnOffer(offer), rows));
        }
        return messages;
    }

    private AdminMessage learn(String admin, ChoiceId choice) {
        String entryId = choice.arg(0).orElse("");
        Optional<String> key = choice.arg(1);
        Optional<String> question = key.flatMap(k -> LearningOffers.find(reports.unanswered(Reports.DEFAULT_DAYS, MAX_UNANSWERED), k));
        if (question.isEmpty()) {
            return AdminMessage.text(LEARN_EXPIRED);
        }
        VariantLearner.Outcome outcome = learner.learn(question.get(), entryId);
        log.info("admin {} learned a phrasing for {}: {}", admin, entryId, outcome.changed() ? "added" : "refused");
        if (!outcome.changed()) {
            return AdminMessage.text(AdminViews.refused(outcome));
        }
        ReloadResult reload = reloader.reload();
        return new AdminMessage(AdminViews.learned(outcome, reload), List.of(choice(UNDO, ChoiceId.of(UNLEARN, entryId, key.get()))));
    }

    private AdminMessage unlearn(String admin, ChoiceId choice) {
        String entryId = choice.arg(0).orElse("");
        Optional<String> phrasing = live.get().corpus().entry(entryId)
                .flatMap(entry -> choice.arg(1).flatMap(key -> LearningOffers.findPhrasing(entry, key)));
        if (phrasing.isEmpty()) {
            return AdminMessage.text(UNDO_NOTHING);
        }
        VariantLearner.Outcome outcome = learner.undo(phrasing.get(), entryId);
        log.info("admin {} undid a learned phrasing of {}: {}", admin, entryId, outcome.changed() ? "removed" : "refused");
        return AdminMessage.text(outcome.changed() ? AdminViews.unlearned(outcome, reloader.reload()) : AdminViews.refused(outcome));
    }

    /** A one-choice row; none when the id would not fit (a very long entry id). */
    private static List<Choice> choice(String label, ChoiceId id) {
        return ReplyChoices.choice(label, id, Choice.Kind.FEATURE).stream().toList();
    }

    private static int limit(String argument) {
        try {
            return Math.max(1, Math.min(Integer.parseInt(argument), MAX_UNANSWERED));
        } catch (NumberFormatException e) {
            return Reports.DEFAULT_UNANSWERED_LIMIT;
        }
    }
}
