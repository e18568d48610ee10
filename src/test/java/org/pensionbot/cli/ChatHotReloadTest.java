package org.pensionbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.corpus.RealCorpus;

/**
 * The terminal chat serves the corpus as edited, like Telegram: an entry an admin adds while
 * someone is chatting answers their next question, without restarting the chat.
 */
class ChatHotReloadTest {

    private static final String NEW_ENTRY = "chat-reload-example";
    private static final String NEW_TITLE = "（测试）养老认证快到期了，会有人提醒我吗？";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    private InputStream realIn;
    private PipedOutputStream keyboard;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final ExecutorService runner = Executors.newSingleThreadExecutor();

    @BeforeEach
    void replaceTheKeyboard() throws IOException {
        realIn = System.in;
        keyboard = new PipedOutputStream();
        System.setIn(new PipedInputStream(keyboard, 1 << 16));
    }

    @AfterEach
    void restoreTheKeyboard() throws InterruptedException {
        System.setIn(realIn);
        runner.shutdownNow();
        runner.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void anEntryAddedDuringTheChatAnswersTheNextQuestion() throws Exception {
        Path corpus = RealCorpus.copy(RealCorpus.DIR, temp.resolve("faq-corpus"));
        PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
        Future<Integer> chat = runner.submit(() -> Main.run(new String[] {"chat", "--corpus", corpus.toString()}, out, out));

        type("认证快到期了会不会提醒我");
        awaitScreen("the answer before the edit", 1);
        assertThat(screenText()).doesNotContain(NEW_TITLE);

        try (InputStream entry = getClass().getResourceAsStream(NEW_ENTRY + ".md")) {
            Files.write(corpus.resolve("entries").resolve(NEW_ENTRY + ".md"), entry.readAllBytes());
        }
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        int asked = 1;
        while (!screenText().contains("【" + NEW_TITLE + "】")) {
            assertThat(System.nanoTime()).as("the new entry answers within %s", TIMEOUT).isLessThan(deadline);
            type("认证快到期了会不会提醒我");
            awaitScreen("an answer", ++asked);
        }
        type("退出");

        assertThat(chat.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isZero();
    }

    private void type(String line) throws IOException {
        keyboard.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    /** Waits until the chat has printed {@code replies} replies. */
    private void awaitScreen(String what, int replies) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (screenText().split("小助手：", -1).length <= replies) {
            assertThat(System.nanoTime()).as("waiting for %s", what).isLessThan(deadline);
            Thread.sleep(50);
        }
        Thread.sleep(100);
    }

    private String screenText() {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8);
        }
    }
}
