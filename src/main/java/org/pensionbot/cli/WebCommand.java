package org.pensionbot.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.pensionbot.admin.CorpusReloader;
import org.pensionbot.admin.CorpusWatcher;
import org.pensionbot.admin.LiveIndex;
import org.pensionbot.config.BotConfig;
import org.pensionbot.config.WebConfig;
import org.pensionbot.dialog.Conversations;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.http.HttpHost;
import org.pensionbot.ops.HealthRoutes;
import org.pensionbot.ops.PrometheusMetrics;
import org.pensionbot.ops.Readiness;
import org.pensionbot.ops.ReloadMeters;
import org.pensionbot.store.Storage;
import org.pensionbot.web.WebChat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code web}: serves the chat page and its API ({@code WEB_HOST}:{@code WEB_PORT}, default
 * 127.0.0.1:8080) until SIGTERM or Ctrl-C, on the live corpus with hot reload and the same
 * database as Telegram for the statistics. To run the page beside the Telegram bot in one
 * process, set {@code WEB_PORT} and run the bot as usual.
 */
@Command(name = "web", mixinStandardHelpOptions = true, description = "Serve the web chat page (WEB_HOST, WEB_PORT).")
final class WebCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(WebCommand.class);

    @ParentCommand
    Main main;

    @Mixin
    CorpusOption corpus;

    @Override
    public Integer call() throws Exception {
        BotConfig config = main.config().withCorpusDir(corpus.resolve(main.config()));
        WebConfig web = WebConfig.fromEnvironment(System.getenv());
        LiveIndex live = LiveIndex.load(config.corpusDir());
        log.info("FAQ corpus loaded: {} entries from {}", live.get().corpus().size(), config.corpusDir());
        CountDownLatch stopped = new CountDownLatch(1);
        PrometheusMetrics metrics = new PrometheusMetrics();
        CorpusReloader reloader = new CorpusReloader(live);
        reloader.addListener(new ReloadMeters(metrics.registry()));
        try (Storage storage = Storage.open(config);
             CorpusWatcher watcher = CorpusWatcher.startOrWarn(reloader, "edits are picked up when the page starts again");
             Page page = start(web, new DialogEngine(live), storage, List.of(operatorRoutes(live, storage), metrics))) {
            storage.retention().startDaily();
            main.out().println("网页聊天已启动: http://" + web.host() + ":" + page.port() + "/");
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "pension-web-shutdown"));
            stopped.await();
        }
        return 0;
    }

    /** The page on its own server, beside the operator routes (health checks and metrics). */
    static Page start(WebConfig web, DialogEngine engine, Storage storage, List<HttpHost.Routes> operatorRoutes) {
        WebChat chat = new WebChat(engine, new Conversations(engine), Optional.of(storage.recorder()), web);
        List<HttpHost.Routes> routes = new ArrayList<>(operatorRoutes);
        routes.add(chat);
        return new Page(HttpHost.start(web.host(), web.port(), routes), chat);
    }

    /** /healthz and /readyz for a load balancer, as beside Telegram: ready once the index and database are. */
    private static HealthRoutes operatorRoutes(LiveIndex live, Storage storage) {
        return new HealthRoutes(new Readiness()
                .check("index", () -> live.lastGoodLoad() != null)
                .check("database", storage.database()::ping));
    }

    /** The running page: closing stops the server first, then writes the statistics still queued. */
    record Page(HttpHost host, WebChat chat) implements AutoCloseable {
        int port() {
            return host.port();
        }

        @Override
        public void close() {
            host.close();
            chat.close();
        }
    }
}
