package org.pensionbot.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Loads and validates a corpus folder. Either the whole corpus is valid and a {@link Corpus} is
 * returned, or a {@link CorpusException} lists every problem as {@code file:line: message}: a
 * running bot never switches to a half-loaded corpus.
 *
 * <p>Checks: front matter fields and types, id = file name and unique, at least
 * {@value EntryFile#MIN_QUESTIONS} variants, related ids exist, sources are URLs, body
 * structure, the same variant in two entries, synonyms syntax, out-of-scope topics, and that every
 * id in {@code menus.yml} exists.
 */
public final class CorpusLoader {

    public static final String ENTRIES_DIR = "entries";
    public static final String SYNONYMS_FILE = "synonyms.txt";
    public static final String OUT_OF_SCOPE_FILE = "out-of-scope.yml";
    public static final String TESTS_FILE = "tests.tsv";
    public static final String MENUS_FILE = "menus.yml";
    public static final String SCAM_EXAMPLES_FILE = "scam-examples.tsv";

    private CorpusLoader() {
    }

    public static Corpus load(Path dir) throws CorpusException {
        return load(dir, Map.of());
    }

    /**
     * Loads the folder as if each entry file in {@code edits} held the given text instead of what
     * is on disk: to validate an edit before it is written (see the admin's {@code learn}).
     */
    public static Corpus load(Path dir, Map<Path, String> edits) throws CorpusException {
        Map<Path, String> pending = new HashMap<>();
        edits.forEach((file, text) -> pending.put(file.toAbsolutePath().normalize(), text));
        List<CorpusProblem> problems = new ArrayList<>();
        Path entriesDir = dir.resolve(ENTRIES_DIR);
        if (!Files.isDirectory(entriesDir)) {
            throw new CorpusException(List.of(new CorpusProblem(entriesDir, 0,
                    "no entries folder: the corpus folder must contain entries/<id>.md files")));
        }
        List<EntryFile.ParsedEntry> parsed = new ArrayList<>();
        List<Path> files = markdownFiles(entriesDir, problems);
        // Files are read and parsed on every core (the parsers keep no shared state); results and
        // problems are then taken in file order, so the outcome is the same as one by one.
        List<ReadFile> read = files.parallelStream().map(file -> read(file, pending.get(file.toAbsolutePath().normalize()))).toList();
        for (ReadFile file : read) {
            problems.addAll(file.problems());
            file.entry().ifPresent(parsed::add);
        }
        if (parsed.isEmpty() && problems.isEmpty()) {
            problems.add(new CorpusProblem(entriesDir, 0, "the entries folder holds no .md entries"));
        }
        Set<String> fileIds = new TreeSet<>();
        files.forEach(f -> fileIds.add(f.getFileName().toString().replaceFirst("\\.md$", "")));
        checkCrossReferences(parsed, fileIds, problems);

        Path synonymsFile = dir.resolve(SYNONYMS_FILE);
        SynonymRules synonyms = Files.exists(synonymsFile)
                ? readText(synonymsFile, problems).map(t -> SynonymFile.parse(synonymsFile, t, problems)).orElse(SynonymRules.none())
                : SynonymRules.none();
        Path outOfScopeFile = dir.resolve(OUT_OF_SCOPE_FILE);
        List<OutOfScopeTopic> outOfScope = Files.exists(outOfScopeFile)
                ? readText(outOfScopeFile, problems).map(t -> OutOfScopeFile.parse(outOfScopeFile, t, fileIds, problems)).orElse(List.of())
                : List.of();

        Path scamExamplesFile = dir.resolve(SCAM_EXAMPLES_FILE);
        List<ScamExample> scamExamples = Files.exists(scamExamplesFile)
                ? readText(scamExamplesFile, problems).map(t -> ScamExampleFile.parse(scamExamplesFile, t, problems)).orElse(List.of())
                : List.of();

        Path menusFile = dir.resolve(MENUS_FILE);
        Optional<Menus> menus = Optional.empty();
        if (Files.exists(menusFile)) {
            menus = readText(menusFile, problems).flatMap(t -> MenusFile.parse(menusFile, t, fileIds, problems));
        } else {
            problems.add(new CorpusProblem(menusFile, 0, "missing: it names the entries behind the /start buttons, "
                    + "the popular topics, the reminder offer and the fraud entry (see docs/CORPUS-FORMAT.md)"));
        }

        List<CorpusProblem> errors = problems.stream().filter(p -> !p.isWarning()).toList();
        List<CorpusProblem> warnings = problems.stream().filter(CorpusProblem::isWarning).toList();
        if (!errors.isEmpty()) {
            throw new CorpusException(errors, warnings);
        }
        return new Corpus(dir, parsed.stream().map(EntryFile.ParsedEntry::entry).toList(), outOfScope, synonyms,
                scamExamples, menus.orElseThrow(), warnings);
    }

    /** One entry file read and parsed, or {@code edited} parsed in its place, with its own problems. */
    private static ReadFile read(Path file, String edited) {
        List<CorpusProblem> problems = new ArrayList<>();
        Optional<String> text = edited != null ? Optional.of(edited) : readText(file, problems);
        return new ReadFile(text.flatMap(t -> EntryFile.parse(file, t, problems)), problems);
    }

    private record ReadFile(Optional<EntryFile.ParsedEntry> entry, List<CorpusProblem> problems) {
    }

    /**
     * Cross-file checks. A related id counts as existing when its file exists, even if that file
     * has problems of its own: one broken file should produce its own errors, not one more in
     * every entry that links to it.
     */
    private static void checkCrossReferences(List<EntryFile.ParsedEntry> parsed, Set<String> fileIds, List<CorpusProblem> problems) {
        Set<String> ids = new TreeSet<>();
        for (EntryFile.ParsedEntry p : parsed) {
            if (!ids.add(p.entry().id())) {
                problems.add(new CorpusProblem(p.entry().file(), p.idLine(), "id '" + p.entry().id() + "' is used by another entry"));
            }
        }
        // The comparable form of every phrasing is made on every core: at 280,000 phrasings, making
        // them one by one was the slowest part of loading a corpus.
        List<List<String>> comparableQuestions = parsed.parallelStream()
                .map(p -> p.questions().stream().map(variant -> comparable(variant.value())).toList())
                .toList();
        Map<String, String> variantOwner = new HashMap<>();
        Set<String> withoutAWay = new HashSet<>(parsed.stream().map(EntryFile.ParsedEntry::entry)
                .filter(entry -> entry.way().isEmpty()).map(FaqEntry::id).toList());
        for (int i = 0; i < parsed.size(); i++) {
            EntryFile.ParsedEntry p = parsed.get(i);
            FaqEntry entry = p.entry();
            checkLinks(entry, p.related(), "related", ids, fileIds, problems);
            checkLinks(entry, p.whenItFails(), "when-it-fails", ids, fileIds, problems);
            checkWaysOn(entry, p.whenItFails(), withoutAWay, problems);
            variantOwner.putIfAbsent(comparable(entry.title()), entry.id());
            Set<String> ownQuestions = new HashSet<>();
            for (int q = 0; q < p.questions().size(); q++) {
                String owner = variantOwner.putIfAbsent(comparableQuestions.get(i).get(q), entry.id());
                YamlMap.Located variant = p.questions().get(q);
                if (owner != null && !owner.equals(entry.id())) {
                    problems.add(new CorpusProblem(entry.file(), variant.line(),
                            "the question '" + variant.value() + "' is also in entry '" + owner + "': one phrasing, one entry"));
                } else if (!ownQuestions.add(comparableQuestions.get(i).get(q))) {
                    // Harmless to answers, but clutter an admin would want to know of (learn refuses to add one).
                    problems.add(CorpusProblem.warning(entry.file(), variant.line(),
                            "the question '" + variant.value() + "' is listed twice in this entry: delete one"));
                }
            }
        }
    }

    /** Each id an entry links to under {@code field} names another entry. */
    private static void checkLinks(FaqEntry entry, List<YamlMap.Located> links, String field, Set<String> ids, Set<String> fileIds,
                                   List<CorpusProblem> problems) {
        for (YamlMap.Located link : links) {
            if (!ids.contains(link.value()) && !fileIds.contains(link.value())) {
                problems.add(new CorpusProblem(entry.file(), link.line(), field + " id '" + link.value() + "' does not exist"));
            } else if (link.value().equals(entry.id())) {
                problems.add(new CorpusProblem(entry.file(), link.line(), "an entry cannot name itself under '" + field + "'"));
            }
        }
    }

    /**
     * A way on is offered by its {@code way} line, which says the way itself ("不用手机：带上身份证…"); without one, only
     * its title — a question — stands in the list of what else to try.
     */
    private static void checkWaysOn(FaqEntry entry, List<YamlMap.Located> waysOn, Set<String> withoutAWay,
                                    List<CorpusProblem> problems) {
        for (YamlMap.Located wayOn : waysOn) {
            if (withoutAWay.contains(wayOn.value())) {
                problems.add(CorpusProblem.warning(entry.file(), wayOn.line(), "entry '" + wayOn.value()
                        + "' has no 'way' line: it is offered here by its title; add 'way:', the way in one short line"));
            }
        }
    }

    /**
     * Two variants are "the same" when they differ only in width, case, spaces or punctuation:
     * the text folded (NFKC, lower case) without Unicode punctuation (P*) and symbols (S*) and
     * without ASCII white space. Public for tools that generate corpora which must pass this check.
     */
    public static String comparable(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> !isPunctuationSymbolOrSpace(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isPunctuationSymbolOrSpace(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
        };
    }

    private static List<Path> markdownFiles(Path dir, List<CorpusProblem> problems) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            problems.add(new CorpusProblem(dir, 0, "cannot list folder: " + e.getMessage()));
            return List.of();
        }
    }

    /**
     * Reads a file as strict UTF-8, so that a file saved in GBK is reported (at the line of the
     * first bad byte) rather than silently garbled. A leading byte-order mark is dropped.
     */
    static Optional<String> readText(Path file, List<CorpusProblem> problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(new CorpusProblem(file, 0, "cannot read: " + e.getMessage()));
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        if (decoder.decode(in, out, true).isError()) {
            problems.add(new CorpusProblem(file, lineAt(bytes, in.position()), "not valid UTF-8 text: save the file as UTF-8"));
            return Optional.empty();
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
