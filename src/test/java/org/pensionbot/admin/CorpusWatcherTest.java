package org.pensionbot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.search.FaqIndex;

/** What the watcher reacts to, how often, and how it copes with the folder coming and going. */
class CorpusWatcherTest {

    /** Longer than a test thread's pause between two writes, even on a busy machine. */
    private static final Duration QUIET = Duration.ofMillis(600);
    /** Long enough for a reload the watcher should not do to have happened. */
    private static final Duration NOTHING_HAPPENS = Duration.ofMillis(1500);

    @TempDir
    Path temp;

    @Test
    void aFileWrittenInStepsIsReloadedOnceWhenTheWritingStops() throws Exception {
        Path corpus = CorpusCopy.of(temp);
        CorpusReloader reloader = new CorpusReloader(LiveIndex.load(corpus));
        RecordingListener listener = new RecordingListener();
        reloader.addListener(listener);
        Path file = CorpusCopy.entry(corpus, CorpusCopy.NEW_ENTRY_ID);
        String text = CorpusCopy.newEntry();

        try (CorpusWatcher watcher = CorpusWatcher.start(reloader, QUIET)) {
            // The first half alone is invalid (the front matter is not closed).
            CorpusCopy.write(file, text.substring(0, text.length() / 2));
            Poll.pause(Duration.ofMillis(50));
            CorpusCopy.write(file, text);
            Poll.until("the edit is reloaded", () -> listener.count() > 0);
            Poll.pause(NOTHING_HAPPENS);
            assertThat(watcher.running()).as("the watcher survived").isTrue();
        }
        assertThat(listener.results()).singleElement().satisfies(result -> assertThat(result.ok()).isTrue());
        assertThat(reloader.index().get().corpus().entry(CorpusCopy.NEW_ENTRY_ID)).isPresent();
    }

    @Test
    void filesTheLoaderDoesNotReadCauseNoReload() throws Exception {
        Path corpus = CorpusCopy.of(temp);
        CorpusReloader reloader = new CorpusReloader(LiveIndex.load(corpus));
        RecordingListener listener = new RecordingListener();
        reloader.addListener(listener);

        try (CorpusWatcher watcher = CorpusWatcher.start(reloader)) {
            CorpusCopy.write(corpus.resolve("tests.tsv"), CorpusCopy.read(corpus.resolve("tests.tsv")) + "新问题\tfor-others\n");
            CorpusCopy.write(corpus.resolve("NOTES.txt"), "待办");
            CorpusCopy.write(corpus.resolve("entries").resolve(".for-others.md.swp"), "vim swap");
            CorpusCopy.write(corpus.resolve("entries").resolve("for-others.md~"), "backup");
            Poll.pause(NOTHING_HAPPENS);
            assertThat(listener.count()).isZero();

            // Still watching: a real edit is reloaded.
            CorpusCopy.write(corpus.resolve("synonyms.txt"), CorpusCopy.read(corpus.resolve("synonyms.txt")) + "\n");
            Poll.until("the synonyms edit is reloaded", () -> listener.count() == 1);
            assertThat(watcher.running()).as("the watcher survived").isTrue();
        }
    }

    @Test
    void aDeletedEntryFileIsNoLongerServed() throws Exception {
        Path corpus = CorpusCopy.of(temp);
        CorpusCopy.write(CorpusCopy.entry(corpus, CorpusCopy.NEW_ENTRY_ID), CorpusCopy.newEntry());
        LiveIndex live = LiveIndex.load(corpus);

        try (CorpusWatcher watcher = CorpusWatcher.start(new CorpusReloader(live))) {
            Files.delete(CorpusCopy.entry(corpus, CorpusCopy.NEW_ENTRY_ID));
            Poll.until("the entry is gone", () -> live.get().corpus().entry(CorpusCopy.NEW_ENTRY_ID).isEmpty());
            assertThat(watcher.running()).as("the watcher survived").isTrue();
        }
    }

    @Test
    void aReplacedFolderIsWatchedInsteadOfTheOldOne() throws Exception {
        Path corpus = CorpusCopy.of(temp);
        LiveIndex live = LiveIndex.load(corpus);
        CorpusReloader reloader = new CorpusReloader(live);
        RecordingListener listener = new RecordingListener();
        reloader.addListener(listener);
        Path staged = temp.resolve("faq-corpus.new");
        CorpusCopy.copyTree(corpus, staged);
        CorpusCopy.write(CorpusCopy.entry(staged, CorpusCopy.NEW_ENTRY_ID), CorpusCopy.newEntry());
        Path old = temp.resolve("faq-corpus.old");

        try (CorpusWatcher watcher = CorpusWatcher.start(reloader)) {
            // A deploy: move the old folder aside, move the new one into place.
            Files.move(corpus, old);
            Files.move(staged, corpus);
            Poll.until("the new folder is served", () -> live.get().corpus().entry(CorpusCopy.NEW_ENTRY_ID).isPresent());
            // Listeners hear of a reload just after it is served; with a fast build the count
            // could be read in between, and the late notice looked like a reload of the old folder.
            Poll.until("the reload is reported", () -> listener.count() > 0);

            // The old folder (same inode the watcher first watched) no longer matters ...
            int reloads = listener.count();
            Files.delete(CorpusCopy.entry(old, "for-others"));
            Poll.pause(NOTHING_HAPPENS);
            assertThat(listener.count()).isEqualTo(reloads);

            // ... and edits in the new one are seen.
            Files.delete(CorpusCopy.entry(corpus, CorpusCopy.NEW_ENTRY_ID));
            Poll.until("an edit in the new folder is served", () -> live.get().corpus().entry(CorpusCopy.NEW_ENTRY_ID).isEmpty());
            assertThat(watcher.running()).as("the watcher survived").isTrue();
        }
        assertThat(listener.results()).allSatisfy(result -> assertThat(result.ok()).isTrue());
    }

    @Test
    void whileTheFolderIsMissingTheOldIndexServesAndItReloadsWhenBack() throws Exception {
        Path corpus = CorpusCopy.of(temp);
        LiveIndex live = LiveIndex.load(corpus);
        CorpusReloader reloader = new CorpusReloader(live);
        RecordingListener listener = new RecordingListener();
        reloader.addListener(listener);
        FaqIndex served = live.get();
        Path aside = temp.resolve("aside");

        try (CorpusWatcher watcher = CorpusWatcher.start(reloader)) {
            Files.move(corpus, aside);
            Poll.pause(NOTHING_HAPPENS);
            // No reload was tried: it could only have failed.
            assertThat(listener.count()).isZero();
            assertThat(live.get()).isSameAs(served);

            CorpusCopy.write(CorpusCopy.entry(aside, CorpusCopy.NEW_ENTRY_ID), CorpusCopy.newEntry());
            Files.move(aside, corpus);
            Poll.until("the returned folder is served", () -> live.get().corpus().entry(CorpusCopy.NEW_ENTRY_ID).isPresent());
            assertThat(watcher.running()).isTrue();
        }
        assertThat(listener.results()).allSatisfy(result -> assertThat(result.ok()).isTrue());
    }

    @Test
    void aMissingEntriesFolderIsWaitedForToo() throws Exception {
        Path corpus = CorpusCopy.of(temp);
        LiveIndex live = LiveIndex.load(corpus);
        CorpusReloader reloader = new CorpusReloader(live);
        RecordingListener listener = new RecordingListener();
        reloader.addListener(listener);
        Path entries = corpus.resolve("entries");
        Path aside = temp.resolve("entries-aside");

        try (CorpusWatcher watcher = CorpusWatcher.start(reloader)) {
            Files.move(entries, aside);
            Poll.pause(NOTHING_HAPPENS);
            assertThat(listener.count()).isZero();

            CorpusCopy.write(aside.resolve(CorpusCopy.NEW_ENTRY_ID + ".md"), CorpusCopy.newEntry());
            Files.move(aside, entries);
            Poll.until("the returned entries are served", () -> live.get().corpus().entry(CorpusCopy.NEW_ENTRY_ID).isPresent());
            assertThat(watcher.running()).as("the watcher survived").isTrue();
        }
    }

    @Test
    void closeStopsTheThreadAndLaterEditsAreIgnored() throws Exception {
        Path corpus = CorpusCopy.of(temp);
        LiveIndex live = LiveIndex.load(corpus);
        CorpusReloader reloader = new CorpusReloader(live);
        RecordingListener listener = new RecordingListener();
        reloader.addListener(listener);

        CorpusWatcher watcher = CorpusWatcher.start(reloader);
        assertThat(watcher.running()).isTrue();
        watcher.close();
        watcher.close();

        assertThat(watcher.running()).isFalse();
        CorpusCopy.write(CorpusCopy.entry(corpus, CorpusCopy.NEW_ENTRY_ID), CorpusCopy.newEntry());
        Poll.pause(NOTHING_HAPPENS);
        assertThat(listener.count()).isZero();
    }

    @Test
    void aQuietPeriodOutOfRangeIsRefused() throws Exception {
        CorpusReloader reloader = new CorpusReloader(LiveIndex.load(CorpusCopy.REAL_CORPUS));

        assertThatThrownBy(() -> CorpusWatcher.start(reloader, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CorpusWatcher.start(reloader, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
