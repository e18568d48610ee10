package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.RealCorpus;
import org.pensionbot.corpus.SynonymRules;
import org.slf4j.LoggerFactory;

/**
 * A start with an unchanged corpus opens the index kept on disk, and it answers exactly as a fresh
 * build; any change to the corpus gets an index of its own; a damaged one is never used.
 */
class StoredIndexesTest {

    private static final List<String> QUESTIONS = List.of(
            "支付宝怎么认证", "帮我妈认证", "認證失敗怎麼辦", "养老金涨多少", "我已经把银行卡号和密码填进去了怎么办",
            "第三步是什么意思", "AND OR NOT \"* ?", "😀😀😀");

    @TempDir
    Path cache;

    @Test
    void anIndexOpenedFromDiskAnswersExactlyAsABuiltOne() throws IOException {
        Corpus corpus = RealCorpus.load();
        FaqIndex built = whileLogged(() -> FaqIndex.build(corpus, SentenceEmbedder.shared(), StoredIndexes.in(cache)));
        List<String> firstStart = List.copyOf(logged);
        List<Path> kept = storedIndexes();
        FileTimes before = FileTimes.of(kept.get(0));

        FaqIndex opened = whileLogged(() -> FaqIndex.build(corpus, SentenceEmbedder.shared(), StoredIndexes.in(cache)));

        assertThat(firstStart).singleElement().asString().startsWith("Kept the index in");
        assertThat(logged).singleElement().asString().isEqualTo("Opened the index kept in " + kept.get(0));
        assertThat(kept).hasSize(1);
        assertThat(storedIndexes()).isEqualTo(kept);
        assertThat(FileTimes.of(kept.get(0))).as("opened, not written again").isEqualTo(before);
        for (String question : QUESTIONS) {
            assertThat(opened.search(question)).as(question).isEqualTo(built.search(question));
        }
    }

    @Test
    void aChangedPhrasingOrSynonymGetsAnIndexOfItsOwn() throws IOException {
        Corpus corpus = RealCorpus.load();
        FaqIndex.build(corpus, SentenceEmbedder.shared(), StoredIndexes.in(cache));
        FaqIndex.build(withOneMorePhrasing(corpus, "手机上咋弄认证呀"), SentenceEmbedder.shared(), StoredIndexes.in(cache));
        FaqIndex.build(withSynonyms(corpus, new SynonymRules(List.of(new SynonymRules.Rule(List.of("咋弄"), "怎么办理", 1)))),
                SentenceEmbedder.shared(), StoredIndexes.in(cache));

        assertThat(storedIndexes()).hasSize(3);
    }

    @Test
    void onlyTheMostRecentlyUsedIndexesAreKept() throws IOException {
        Corpus corpus = RealCorpus.load();
        for (int i = 0; i < StoredIndexes.KEPT + 2; i++) {
            FaqIndex.build(withOneMorePhrasing(corpus, "第" + i + "个新说法"), SentenceEmbedder.shared(), StoredIndexes.in(cache));
        }

        assertThat(storedIndexes()).hasSize(StoredIndexes.KEPT);
    }

    @Test
    void aDamagedIndexIsNotUsedButWrittenAgain() throws IOException {
        Corpus corpus = RealCorpus.load();
        FaqIndex built = FaqIndex.build(corpus, SentenceEmbedder.shared(), StoredIndexes.in(cache));
        Path stored = storedIndexes().get(0);
        try (Stream<Path> files = Files.list(stored)) {
            for (Path file : files.toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }

        FaqIndex rebuilt = whileLogged(() -> FaqIndex.build(corpus, SentenceEmbedder.shared(), StoredIndexes.in(cache)));

        assertThat(logged).hasSize(2);
        assertThat(logged.get(0)).startsWith("Ignoring the stored index " + stored);
        assertThat(logged.get(1)).startsWith("Kept the index in " + stored);
        assertThat(rebuilt.search("支付宝怎么认证")).isEqualTo(built.search("支付宝怎么认证"));
        FaqIndex reopened = FaqIndex.build(corpus, SentenceEmbedder.shared(), StoredIndexes.in(cache));
        assertThat(reopened.search("帮我妈认证")).isEqualTo(built.search("帮我妈认证"));
        assertThat(storedIndexes()).hasSize(1);
    }

    @Test
    void withoutAFolderNothingIsKept() throws IOException {
        FaqIndex.build(RealCorpus.load(), SentenceEmbedder.shared(), StoredIndexes.none());

        assertThat(storedIndexes()).isEmpty();
    }

    /** What {@link StoredIndexes} logged during the last {@link #whileLogged}. */
    private final List<String> logged = new ArrayList<>();

    private <T> T whileLogged(Supplier<T> action) {
        Logger logger = (Logger) LoggerFactory.getLogger(StoredIndexes.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        Level level = logger.getLevel();
        events.start();
        logger.addAppender(events);
        logger.setLevel(Level.DEBUG);
        try {
            return action.get();
        } finally {
            logger.setLevel(level);
            logger.detachAppender(events);
            logged.clear();
            events.list.forEach(event -> logged.add(event.getFormattedMessage()));
        }
    }

    private List<Path> storedIndexes() throws IOException {
        try (Stream<Path> children = Files.list(cache)) {
            return children.filter(path -> path.getFileName().toString().startsWith("index-")).sorted().toList();
        }
    }

    private static Corpus withOneMorePhrasing(Corpus corpus, String phrasing) {
        List<FaqEntry> entries = new ArrayList<>(corpus.entries());
        FaqEntry first = entries.get(0);
        List<String> questions = new ArrayList<>(first.questions());
        questions.add(phrasing);
        entries.set(0, new FaqEntry(first.id(), first.title(), questions, first.keywords(), first.related(), first.sources(),
                first.updated(), first.summary(), first.steps(), first.tips(), first.file()));
        return new Corpus(corpus.directory(), entries, corpus.outOfScope(), corpus.synonyms(), corpus.menus(), corpus.warnings());
    }

    private static Corpus withSynonyms(Corpus corpus, SynonymRules synonyms) {
        return new Corpus(corpus.directory(), corpus.entries(), corpus.outOfScope(), synonyms, corpus.menus(), corpus.warnings());
    }

    /** Names and modification times of a folder's files. */
    private record FileTimes(List<String> files) {
        static FileTimes of(Path folder) throws IOException {
            try (Stream<Path> files = Files.list(folder)) {
                return new FileTimes(files.sorted().map(file -> {
                    try {
                        return file.getFileName() + "@" + Files.getLastModifiedTime(file).toMillis();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).toList());
            }
        }
    }
}
