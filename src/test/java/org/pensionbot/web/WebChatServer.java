package org.pensionbot.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.pensionbot.config.WebConfig;
import org.pensionbot.corpus.RealCorpus;
import org.pensionbot.dialog.Conversations;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.http.HttpHost;
import org.pensionbot.search.FaqIndex;
import org.pensionbot.store.EventRecorder;

/** The chat page on a free local port, on the real corpus and index, as {@code web} serves it. */
final class WebChatServer implements AutoCloseable {

    private final HttpHost host;
    private final WebChat chat;
    private final DialogEngine engine;

    private WebChatServer(HttpHost host, WebChat chat, DialogEngine engine) {
        this.host = host;
        this.chat = chat;
        this.engine = engine;
    }

    static WebChatServer start(Optional<EventRecorder> recorder, WebConfig config) {
        return start(recorder, config, Clock.systemUTC());
    }

    /** @param clock the month the reminder dialog counts from */
    static WebChatServer start(Optional<EventRecorder> recorder, WebConfig config, Clock clock) {
        FaqIndex index = RealCorpus.index();
        DialogEngine engine = new DialogEngine(() -> index);
        WebChat chat = new WebChat(engine, new Conversations(engine), recorder, config, clock);
        return new WebChatServer(HttpHost.start("127.0.0.1", 0, List.of(chat)), chat, engine);
    }

    static WebChatServer start() {
        return start(Optional.empty(), new WebConfig("127.0.0.1", 0, false, 1_000));
    }

    DialogEngine engine() {
        return engine;
    }

    String url(String path) {
        return "http://127.0.0.1:" + host.port() + path;
    }

    @Override
    public void close() {
        host.close();
        chat.close();
    }
}
