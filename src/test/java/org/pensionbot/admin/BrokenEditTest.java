package org.pensionbot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.dialog.Reply;
import org.pensionbot.search.FaqIndex;

/** A broken edit never reaches users: it is reported with file:line, and fixing it reloads. */
class BrokenEditTest {

    private static final List<String> QUESTIONS = List.of(
            "支付宝怎么做养老认证", "支付宝认证找不到入口", "怎么帮我妈认证", "刷脸一直失败怎么办", "养老金能领多少钱");

    @TempDir
    Path temp;

    @Test
    void invalidYamlIsRejectedAndTheOldIndexKeepsServingUntilTheFileIsFixed() throws Exception {
        Path corpus = CorpusCopy.of(temp);
        LiveIndex live = LiveIndex.load(corpus);
        DialogEngine engine = new DialogEngine(live);
        CorpusReloader reloader = new CorpusReloader(live);
        RecordingListener listener = new RecordingListener();
        reloader.addListener(listener);
        FaqIndex served = live.get();
        List<Reply> before = ask(engine);

        Path file = CorpusCopy.entry(corpus, "alipay-self");
        String original = CorpusCopy.read(file);
        try (CorpusWatcher watcher = CorpusWatcher.start(reloader)) {
            CorpusCopy.write(file, CorpusCopy.withTabIndentedKeywords(original));
            Poll.until("the broken edit is rejected", listener::anyRejected);

            ReloadResult rejected = live.lastLoad();
            assertThat(rejected.ok()).isFalse();
            assertThat(rejected.problems()).anySatisfy(problem -> {
                assertThat(problem.file()).isEqualTo(file);
                assertThat(problem.line()).isEqualTo(CorpusCopy.keywordsLine(original));
                assertThat(problem.toString()).startsWith(file + ":" + problem.line() + ": invalid YAML");
            });
            assertThat(rejected.entries()).isEqualTo(served.corpus().size());
            assertThat(live.get()).isSameAs(served);
            assertThat(live.lastGoodLoad().ok()).isTrue();
            assertThat(ask(engine)).isEqualTo(before);

            CorpusCopy.write(file, original);
            Poll.until("the fixed corpus is served", () -> live.get() != served);
            assertThat(watcher.running()).as("the watcher survived").isTrue();
        }
        assertThat(live.lastLoad().ok()).isTrue();
        assertThat(listener.results()).last().satisfies(result -> assertThat(result.ok()).isTrue());
        assertThat(ask(engine)).isEqualTo(before);
    }

    private static List<Reply> ask(DialogEngine engine) {
        return QUESTIONS.stream().map(engine::reply).toList();
    }
}
