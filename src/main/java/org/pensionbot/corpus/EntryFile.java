package org.pensionbot.corpus;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one {@code entries/<id>.md} file into a {@link FaqEntry}, collecting every problem. */
final class EntryFile {

    /** Users phrase one need in many ways; fewer variants than this matches too little. */
    static final int MIN_QUESTIONS = 8;

    private static final Set<String> FIELDS = Set.of("id", "title", "questions", "keywords", "related", "when-it-fails", "sources", "updated",
            "procedure", "way", "screen-says");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private EntryFile() {
    }

    /**
     * Parses {@code text} read from {@code file}. Returns the entry when the file is usable;
     * problems (also for a usable file) go to {@code problems}. The variants' lines are recorded
     * in {@code variantLines} for cross-file checks.
     */
    static Optional<ParsedEntry> parse(Path file, String text, List<CorpusProblem> problems) {
        FrontMatterDocument doc;
        try {
            doc = FrontMatterDocument.split(text);
        } catch (FrontMatterDocument.MalformedFrontMatter e) {
            problems.add(new CorpusProblem(file, e.line, e.getMessage()));
            return Optional.empty();
        }
        int before = problems.size();
        Optional<YamlMap> yaml = YamlMap.compose(file, doc.yaml(), doc.yamlFirstLine(), problems)
                .flatMap(node -> YamlMap.of(file, node, doc.yamlFirstLine(), problems, "the front matter"));
        if (yaml.isEmpty()) {
            if (problems.size() == before) {
                problems.add(new CorpusProblem(file, doc.yamlFirstLine(), "the front matter is empty"));
            }
            return Optional.empty();
        }
        YamlMap fm = yaml.get();
        fm.rejectUnknownFields(FIELDS);

        String expectedId = file.getFileName().toString().replaceFirst("\\.md$", "");
        Optional<String> id = fm.requiredText("id");
        id.ifPresent(value -> {
            if (!value.equals(expectedId)) {
                problems.add(new CorpusProblem(file, fm.lineOf("id"), "id '" + value + "' must equal the file name '" + expectedId + "'"));
            } else if (!ID.matcher(value).matches()) {
                problems.add(new CorpusProblem(file, fm.lineOf("id"), "id '" + value + "' must be lower-case words joined by '-'"));
            }
        });
        Optional<String> title = fm.requiredText("title");
        List<YamlMap.Located> questions = fm.textList("questions");
        if (questions.size() < MIN_QUESTIONS) {
            problems.add(new CorpusProblem(file, fm.lineOf("questions"),
                    "'questions' needs at least " + MIN_QUESTIONS + " phrasings (has " + questions.size() + ")"));
        }
        List<YamlMap.Located> keywords = fm.textList("keywords");
        List<YamlMap.Located> related = fm.textList("related");
        List<YamlMap.Located> whenItFails = fm.textList("when-it-fails");
        String way = fm.optionalText("way").orElse("");
        List<YamlMap.Located> screenSays = fm.textList("screen-says");
        List<YamlMap.Located> sources = fm.textList("sources");
        sources.forEach(source -> {
            if (!isWebUrl(source.value())) {
                problems.add(new CorpusProblem(file, source.line(), "source '" + source.value() + "' is not an http(s) URL"));
            }
        });
        LocalDate updated = fm.optionalText("updated").map(value -> parseDate(file, fm.lineOf("updated"), value, problems)).orElse(null);
        boolean procedure = fm.optionalBoolean("procedure", false);
        EntryBody body = EntryBody.parse(file, doc.body(), doc.bodyFirstLine(), problems);
        checkProcedure(file, fm, procedure, body, problems);

        if (id.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        FaqEntry entry = new FaqEntry(expectedId, title.get(), values(questions), values(keywords), values(related),
                values(sources), updated, body.summary(), body.steps(), body.tips(), file, procedure, body.stepHelp(), values(whenItFails),
                way, values(screenSays));
        checkScreenMessagesQuoted(entry, screenSays, problems);
        int length = FirstMessage.length(entry);
        if (length > FirstMessage.LENGTH_BUDGET) {
            problems.add(CorpusProblem.warning(file, body.summaryLine(), "the first message of this answer (the short answer and "
                    + "the numbered steps) is " + length + " characters; a phone screen shows about " + FirstMessage.LENGTH_BUDGET
                    + ": shorten it, or move details to '## " + EntryBody.TIPS + "', which users open on request"));
        }
        return Optional.of(new ParsedEntry(entry, fm.lineOf("id"), questions, related, whenItFails));
    }

    /**
     * Someone quoting a screen message gets the line of the answer that quotes it too ({@code FaqIndex#pointAsked}): a
     * message no line quotes still routes to the entry, but shows the answer without the line that explains it.
     */
    private static void checkScreenMessagesQuoted(FaqEntry entry, List<YamlMap.Located> screenSays, List<CorpusProblem> problems) {
        for (YamlMap.Located message : screenSays) {
            if (entry.lineQuoting(message.value()).isEmpty()) {
                problems.add(CorpusProblem.warning(entry.file(), message.line(), "no line of this entry quotes the screen message '"
                        + message.value() + "': the tip or step that explains it should quote it as the screen shows it"));
            }
        }
    }

    /**
     * A procedure needs steps to walk through. Help under the steps of any entry is fine: it is
     * shown when someone asks about that step ("第三步是什么意思") as well as when walking through a
     * procedure.
     */
    private static void checkProcedure(Path file, YamlMap fm, boolean procedure, EntryBody body, List<CorpusProblem> problems) {
        if (procedure && body.steps().isEmpty()) {
            problems.add(new CorpusProblem(file, fm.lineOf("procedure"),
                    "'procedure: true' needs a '## " + EntryBody.STEPS + "' list to walk through"));
        }
    }

    private static List<String> values(List<YamlMap.Located> items) {
        return items.stream().map(YamlMap.Located::value).toList();
    }

    private static boolean isWebUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static LocalDate parseDate(Path file, int line, String value, List<CorpusProblem> problems) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new CorpusProblem(file, line, "'updated' must be a date such as 2026-11-27 (was '" + value + "')"));
            return null;
        }
    }

    /** An entry with the positions that cross-file checks report against. */
    record ParsedEntry(FaqEntry entry, int idLine, List<YamlMap.Located> questions, List<YamlMap.Located> related,
                       List<YamlMap.Located> whenItFails) {
    }
}
