package org.pensionbot.corpus;

import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Adds one phrasing to the {@code questions:} list of an entry file's text, or takes one out,
 * as a single line: every other character of the file stays as the admin wrote it (comments,
 * quoting, order, line endings, a byte-order mark). Adding and then removing the same phrasing
 * gives back the original text exactly.
 *
 * <p>Works on text only; validating the result and writing it are the caller's job. Stateless
 * and thread-safe.
 */
public final class VariantEdit {

    private static final String FIELD = "questions";
    private static final String BOM = "\uFEFF";

    private VariantEdit() {
    }

    /**
     * The edited text, and the 1-based file line of the phrasing (where it now is, or where it was).
     */
    public record Result(String text, int line) {
    }

    /** The edit cannot be made safely; the message says why in plain words. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    /** Appends {@code question} as the last item of {@code questions:}, indented like the item above it. */
    public static Result add(String text, String question) throws Refused {
        String value = oneLine(question);
        Parsed parsed = parse(text);
        ScalarNode last = parsed.items.get(parsed.items.size() - 1);
        String[] lines = parsed.body.split("\n", -1);
        int lastLine = parsed.yamlStart + last.getEndMark().orElseThrow().getLine();
        int itemLine = parsed.yamlStart + last.getStartMark().orElseThrow().getLine();
        String prefix = lines[itemLine].substring(0, last.getStartMark().orElseThrow().getColumn()).replace("\r", "");
        if (!prefix.strip().equals("-")) {
            throw new Refused("the last item of '" + FIELD + "' is not on a '- ' line of its own: add the phrasing by hand");
        }
        String newline = parsed.body.contains("\r\n") ? "\r\n" : "\n";
        String added = prefix + scalar(value) + newline;
        int at = offsetOfLine(parsed.body, lastLine + 1);
        String edited = parsed.body.substring(0, at) + added + parsed.body.substring(at);
        checkRoundTrip(edited, value);
        return new Result(parsed.bom + edited, lastLine + 2);
    }

    /** Removes the item of {@code questions:} whose text is exactly {@code question}, with its line. */
    public static Result remove(String text, String question) throws Refused {
        String value = oneLine(question);
        Parsed parsed = parse(text);
        ScalarNode item = parsed.items.stream().filter(node -> node.getValue().strip().equals(value)).findFirst()
                .orElseThrow(() -> new Refused("'" + value + "' is not among the phrasings of this entry"));
        int line = parsed.yamlStart + item.getStartMark().orElseThrow().getLine();
        if (item.getEndMark().orElseThrow().getLine() != item.getStartMark().orElseThrow().getLine()) {
            throw new Refused("the phrasing spans several lines: remove it by hand");
        }
        int from = offsetOfLine(parsed.body, line);
        int to = offsetOfLine(parsed.body, line + 1);
        return new Result(parsed.bom + parsed.body.substring(0, from) + parsed.body.substring(to), line + 1);
    }

    /** The text split from its BOM, with the items of {@code questions:} and where its YAML starts (0-based line). */
    private record Parsed(String bom, String body, int yamlStart, List<ScalarNode> items) {
    }

    private static Parsed parse(String text) throws Refused {
        String bom = text.startsWith(BOM) ? BOM : "";
        String body = text.substring(bom.length());
        FrontMatterDocument doc;
        try {
            doc = FrontMatterDocument.split(body);
        } catch (FrontMatterDocument.MalformedFrontMatter e) {
            throw new Refused("the file's front matter is broken (line " + e.line + "): fix it first");
        }
        Optional<Node> root;
        try {
            root = new Compose(LoadSettings.builder().build()).composeString(doc.yaml());
        } catch (YamlEngineException e) {
            throw new Refused("the file's front matter is not valid YAML: run validate and fix it first");
        }
        if (root.isEmpty() || !(root.get() instanceof MappingNode mapping)) {
            throw new Refused("the file's front matter is not a list of fields: fix it first");
        }
        SequenceNode questions = null;
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(FIELD)
                    && tuple.getValueNode() instanceof SequenceNode sequence) {
                questions = sequence;
            }
        }
        if (questions == null || questions.getValue().isEmpty()) {
            throw new Refused("the entry has no '" + FIELD + ":' list to add to");
        }
        if (questions.getFlowStyle() == FlowStyle.FLOW) {
            throw new Refused("'" + FIELD + "' is written as [a, b] on one line: add the phrasing by hand");
        }
        List<ScalarNode> items = questions.getValue().stream()
                .filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast).toList();
        if (items.size() != questions.getValue().size()) {
            throw new Refused("'" + FIELD + "' holds something other than texts: fix it first");
        }
        return new Parsed(bom, body, doc.yamlFirstLine() - 1, items);
    }

    /** Phrasings are one line; surrounding blanks never matter. */
    private static String oneLine(String question) throws Refused {
        String value = question == null ? "" : question.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
        if (value.isEmpty()) {
            throw new Refused("the phrasing is empty");
        }
        return value;
    }

    /**
     * The value as YAML: plain when YAML reads it back unchanged (most Chinese questions), else in
     * double quotes with backslash escapes.
     */
    static String scalar(String value) {
        boolean plain = !value.isEmpty()
                && "-?:,[]{}#&*!|>'\"%@`".indexOf(value.charAt(0)) < 0
                && !value.contains(": ") && !value.contains(" #") && !value.endsWith(":")
                && value.chars().noneMatch(c -> c < 0x20);
        if (plain) {
            return value;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    /** Checks that the edited front matter reads back with the new phrasing as its last item, unchanged. */
    private static void checkRoundTrip(String edited, String value) throws Refused {
        List<ScalarNode> items = parse(edited).items;
        if (!items.get(items.size() - 1).getValue().equals(value)) {
            throw new Refused("the phrasing cannot be written into the file safely: add it by hand");
        }
    }

    /** Character offset where 0-based {@code line} starts ({@code text.length()} past the last line). */
    private static int offsetOfLine(String text, int line) {
        int offset = 0;
        for (int i = 0; i < line; i++) {
            int next = text.indexOf('\n', offset);
            if (next < 0) {
                return text.length();
            }
            offset = next + 1;
        }
        return offset;
    }
}
