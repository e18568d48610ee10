package org.pensionbot.telegram;

import java.util.Set;
import org.pensionbot.admin.AdminViews;
import org.pensionbot.admin.CorpusReloader;
import org.pensionbot.admin.LiveIndex;
import org.pensionbot.admin.VariantLearner;
import org.pensionbot.config.BotConfig;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.store.ReportText;
import org.pensionbot.store.Reports;
import org.pensionbot.store.UnansweredReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin commands {@code /stats}, {@code /unanswered [N]} (with buttons that add a missed
 * question to an entry, see {@link LearnButtons}), {@code /why <question>}, {@code /reload} and
 * {@code /corpus}. Only users in {@code ADMIN_IDS} may use them; anyone
 * else gets the ordinary help text, exactly as for an unknown command, so nothing hints that
 * admin commands exist. The commands are not listed in Telegram's menu. Every admin action is
 * logged with the admin's user id, masked like every id in the logs ({@link LogIds#user}).
 */
public final class AdminCommands {

    static final Set<String> NAMES = Set.of("stats", "unanswered", "why", "reload", "corpus");
    static final int MAX_UNANSWERED = 50;

    private static final Logger log = LoggerFactory.getLogger(AdminCommands.class);

    private final BotConfig config;
    private final DialogEngine engine;
    private final LiveIndex live;
    private final CorpusReloader reloader;
    private final Reports reports;
    private final LearnButtons learning;

    /** @param learner writes the phrasings admins pick under {@code /unanswered} into the corpus folder {@code live} serves */
    public AdminCommands(BotConfig config, DialogEngine engine, LiveIndex live, CorpusReloader reloader, Reports reports,
                         VariantLearner learner) {
        this.config = config;
        this.engine = engine;
        this.live = live;
        this.reloader = reloader;
        this.reports = reports;
        this.learning = new LearnButtons(config, live, reloader, reports, learner);
    }

    /** Adds the admin commands, and the buttons that learn from missed questions, to an extensions builder. */
    public TelegramExtensions.Builder register(TelegramExtensions.Builder builder) {
        NAMES.forEach(name -> builder.command(name, null, this::handle));
        learning.register(builder);
        return builder;
    }

    void handle(CommandHandler.CommandRequest request, Outbox outbox) {
        if (!config.isAdmin(request.userId())) {
            outbox.send(request.chatId(), OutgoingMessage.of(Html.escape(TelegramPhrases.HELP)));
            return;
        }
        log.info("admin {} ran /{}", LogIds.user(request.userId()), request.command());
        if (request.command().equals("unanswered")) {
            UnansweredReport report = reports.unanswered(Reports.DEFAULT_DAYS, limit(request.arguments()));
            outbox.sendText(request.chatId(), ReportText.unanswered(report));
            learning.sendOffers(request.chatId(), report, outbox);
            return;
        }
        outbox.sendText(request.chatId(), run(request));
    }

    private String run(CommandHandler.CommandRequest request) {
        return switch (request.command()) {
            case "stats" -> ReportText.stats(reports.stats(Reports.DEFAULT_DAYS));
            case "why" -> request.arguments().isEmpty()
                    ? "用法：/why 问题，例如 /why 支付宝怎么认证"
                    : AdminViews.why(engine, live.get(), request.arguments());
            case "reload" -> AdminViews.reload(reloader.reload());
            case "corpus" -> AdminViews.corpus(live);
            default -> throw new IllegalStateException("not an admin command: " + request.command());
        };
    }

    private static int limit(String argument) {
        try {
            int n = Integer.parseInt(argument.strip());
            return Math.max(1, Math.min(n, MAX_UNANSWERED));
        } catch (NumberFormatException e) {
            return Reports.DEFAULT_UNANSWERED_LIMIT;
        }
    }
}
