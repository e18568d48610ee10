package org.pensionbot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.dialog.Reply;

/** An admin's good edit reaches users while they keep asking, with no question lost or failed. */
class GoodEditWhileAskingTest {

    private static final int ASKERS = 4;
    /** Not one of the new entry's variants, so it must be matched, not looked up. */
    private static final String REMINDER_QUESTION = "拿平板电脑认证行吗";
    private static final List<String> QUESTIONS = List.of(
            "支付宝怎么做养老认证", "怎么帮我妈认证", "刷脸一直失败怎么办", "过了认证时间怎么办", REMINDER_QUESTION, "你好", "");

    @TempDir
    Path temp;

    @Test
    void aNewEntryFileIsServedWhileFourThreadsKeepAsking() throws Exception {
        Path corpus = CorpusCopy.of(temp);
        LiveIndex live = LiveIndex.load(corpus);
        DialogEngine engine = new DialogEngine(live);
        CorpusReloader reloader = new CorpusReloader(live);

        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        Set<String> reminderAnsweredBy = ConcurrentHashMap.newKeySet();
        AtomicLong asked = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService askers = Executors.newFixedThreadPool(ASKERS);
        try (CorpusWatcher watcher = CorpusWatcher.start(reloader)) {
            for (int i = 0; i < ASKERS; i++) {
                askers.execute(() -> {
                    while (!stop.get()) {
                        for (String question : QUESTIONS) {
                            try {
                                Reply reply = engine.reply(question);
                                if (reply == null) {
                                    failures.add(new AssertionError("null reply to " + question));
                                } else if (question.equals(REMINDER_QUESTION)) {
                                    reminderAnsweredBy.add(reply instanceof Reply.Answer a ? a.entry().id() : reply.action().toString());
                                }
                                asked.incrementAndGet();
                            } catch (Throwable e) {
                                failures.add(e);
                            }
                        }
                    }
                });
            }
            Poll.until("the askers are asking", () -> asked.get() > 50);

            CorpusCopy.write(CorpusCopy.entry(corpus, CorpusCopy.NEW_ENTRY_ID), CorpusCopy.newEntry());
            Poll.until("the new entry is served", () -> live.get().corpus().entry(CorpusCopy.NEW_ENTRY_ID).isPresent());
            long atSwap = asked.get();
            Poll.until("questions keep flowing after the swap", () -> asked.get() > atSwap + 200);
            assertThat(watcher.running()).as("the watcher survived").isTrue();
        } finally {
            stop.set(true);
            askers.shutdown();
            assertThat(askers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(failures).isEmpty();
        // Questions were answered on both sides of the swap: first without the entry, then by it.
        assertThat(reminderAnsweredBy).contains(CorpusCopy.NEW_ENTRY_ID).hasSizeGreaterThan(1);
        assertThat(engine.reply(REMINDER_QUESTION)).isInstanceOfSatisfying(Reply.Answer.class,
                answer -> assertThat(answer.entry().id()).isEqualTo(CorpusCopy.NEW_ENTRY_ID));
        assertThat(live.lastLoad().ok()).isTrue();
        assertThat(live.lastLoad().entries()).isEqualTo(live.get().corpus().size());
    }

    @Test
    void anAddedQuestionVariantIsServed() throws Exception {
        Path corpus = CorpusCopy.of(temp);
        LiveIndex live = LiveIndex.load(corpus);
        Path file = CorpusCopy.entry(corpus, "check-result");
        String variant = "认证到底成了没有呀";

        try (CorpusWatcher watcher = CorpusWatcher.start(new CorpusReloader(live))) {
            CorpusCopy.write(file, CorpusCopy.withVariant(CorpusCopy.read(file), variant));
            Poll.until("the variant is served",
                    () -> live.get().corpus().entry("check-result").orElseThrow().questions().contains(variant));
            assertThat(watcher.running()).as("the watcher survived").isTrue();
        }
        assertThat(live.lastLoad().ok()).isTrue();
    }
}
