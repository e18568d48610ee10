package org.pensionbot.corpus;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole, validated FAQ corpus: entries, out-of-scope topics, synonym rules and the menus
 * that point into the entries.
 *
 * <p>Immutable and safe to share across threads. A corpus object only exists once loading and
 * validation succeeded, so holders never see a half-loaded corpus.
 */
public final class Corpus {

    private final Path directory;
    private final List<FaqEntry> entries;
    private final Map<String, FaqEntry> entriesById;
    private final List<OutOfScopeTopic> outOfScope;
    private final SynonymRules synonyms;
    private final List<ScamExample> scamExamples;
    private final Menus menus;
    private final List<CorpusProblem> warnings;

    /**
     * @param menus must name only ids among {@code entries} ({@link CorpusLoader} checks this for
     *     files; code that builds a corpus by hand must keep it so)
     */
    public Corpus(Path directory, List<FaqEntry> entries, List<OutOfScopeTopic> outOfScope, SynonymRules synonyms,
                  Menus menus, List<CorpusProblem> warnings) {
        this(directory, entries, outOfScope, synonyms, List.of(), menus, warnings);
    }

    /**
     * @param scamExamples messages from people in the middle of a scam and ordinary ones like them,
     *     which search learns to read scams from ({@code scam-examples.tsv})
     */
    public Corpus(Path directory, List<FaqEntry> entries, List<OutOfScopeTopic> outOfScope, SynonymRules synonyms,
                  List<ScamExample> scamExamples, Menus menus, List<CorpusProblem> warnings) {
        this.directory = directory;
        Map<String, FaqEntry> byId = new LinkedHashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        this.entriesById = Collections.unmodifiableMap(byId);
        // Copied once: callers index into this list in loops over all entries.
        this.entries = List.copyOf(byId.values());
        this.outOfScope = List.copyOf(outOfScope);
        this.synonyms = synonyms;
        this.scamExamples = List.copyOf(scamExamples);
        this.menus = Objects.requireNonNull(menus, "menus");
        this.warnings = List.copyOf(warnings);
    }

    /** Messages from people in the middle of a scam and ordinary ones like them ({@code scam-examples.tsv}). */
    public List<ScamExample> scamExamples() {
        return scamExamples;
    }

    public Path directory() {
        return directory;
    }

    /** Entries in a stable order (by id). */
    public List<FaqEntry> entries() {
        return entries;
    }

    public Optional<FaqEntry> entry(String id) {
        return Optional.ofNullable(entriesById.get(id));
    }

    /**
     * The entry that already has {@code question} as its title or one of its phrasings, counting
     * phrasings that differ only in width, case, spaces or punctuation as the same (as validation does).
     */
    public Optional<FaqEntry> entryWithPhrasing(String question) {
        String key = CorpusLoader.comparable(question);
        return entries.stream()
                .filter(e -> CorpusLoader.comparable(e.title()).equals(key)
                        || e.questions().stream().anyMatch(q -> CorpusLoader.comparable(q).equals(key)))
                .findFirst();
    }

    /** The neighbouring topic that lists {@code question} (the same comparison as {@link #entryWithPhrasing}), if any. */
    public Optional<OutOfScopeTopic> topicWithQuestion(String question) {
        String key = CorpusLoader.comparable(question);
        return outOfScope.stream()
                .filter(topic -> topic.questions().stream().anyMatch(listed -> CorpusLoader.comparable(listed).equals(key)))
                .findFirst();
    }

    public List<OutOfScopeTopic> outOfScope() {
        return outOfScope;
    }

    public SynonymRules synonyms() {
        return synonyms;
    }

    /** Which entries the /start menu, the popular topics, the reminder offer and the safety rules point to. */
    public Menus menus() {
        return menus;
    }

    /** Problems found while loading that did not stop it (see {@link CorpusProblem.Severity#WARNING}). */
    public List<CorpusProblem> warnings() {
        return warnings;
    }

    public int size() {
        return entriesById.size();
    }
}
