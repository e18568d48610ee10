package org.pensionbot.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Typed, line-aware reading of a YAML mapping. We compose YAML to nodes (instead of loading it
 * to plain maps) because nodes keep their position, so every problem names the file line.
 *
 * <p>Problems are collected in the supplied list rather than thrown, so that one run of
 * {@code validate} reports everything wrong with a file.
 */
final class YamlMap {

    private final Path file;
    private final int firstLine;
    private final Map<String, NodeTuple> fields;
    private final int line;
    private final List<CorpusProblem> problems;

    private YamlMap(Path file, int firstLine, MappingNode node, List<CorpusProblem> problems) {
        this.file = file;
        this.firstLine = firstLine;
        this.problems = problems;
        this.line = lineOf(node, firstLine);
        this.fields = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                if (fields.put(key.getValue(), tuple) != null) {
                    problems.add(new CorpusProblem(file, lineOf(key, firstLine), "duplicate field '" + key.getValue() + "'"));
                }
            } else {
                problems.add(new CorpusProblem(file, lineOf(tuple.getKeyNode(), firstLine), "field names must be plain words"));
            }
        }
    }

    /**
     * Parses YAML text into one node; adds a problem in plain words (see {@link YamlMistakes}) and
     * returns empty when it is not valid YAML, or when it holds a mistake that YAML would silently
     * read as something else.
     */
    static Optional<Node> compose(Path file, String yaml, int firstLine, List<CorpusProblem> problems) {
        List<CorpusProblem> mistakes = YamlMistakes.scan(file, yaml, firstLine);
        if (!mistakes.isEmpty()) {
            problems.addAll(mistakes);
            return Optional.empty();
        }
        try {
            return new Compose(LoadSettings.builder().setLabel(file.toString()).build()).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            problems.add(YamlMistakes.explain(file, yaml, firstLine, e));
        } catch (YamlEngineException e) {
            problems.add(new CorpusProblem(file, firstLine, "invalid YAML: " + e.getMessage()));
        }
        return Optional.empty();
    }

    static Optional<YamlMap> of(Path file, Node node, int firstLine, List<CorpusProblem> problems, String what) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(file, firstLine, mapping, problems));
        }
        problems.add(new CorpusProblem(file, lineOf(node, firstLine), what + " must be a mapping of 'field: value' lines"));
        return Optional.empty();
    }

    /** Reports fields that are not in {@code known}: usually a typo such as 'question:' for 'questions:'. */
    void rejectUnknownFields(Set<String> known) {
        fields.forEach((name, tuple) -> {
            if (!known.contains(name)) {
                problems.add(new CorpusProblem(file, lineOf(tuple.getKeyNode(), firstLine),
                        "unknown field '" + name + "' (expected one of " + String.join(", ", known) + ")"));
            }
        });
    }

    int line() {
        return line;
    }

    /** 1-based file line of a field's value, or of the mapping when the field is absent. */
    int lineOf(String field) {
        NodeTuple tuple = fields.get(field);
        return tuple == null ? line : lineOf(tuple.getValueNode(), firstLine);
    }

    Optional<String> optionalText(String field) {
        NodeTuple tuple = fields.get(field);
        if (tuple == null) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return Optional.of(scalar.getValue().strip());
        }
        problems.add(new CorpusProblem(file, lineOf(field), "'" + field + "' must be a non-empty text"));
        return Optional.empty();
    }

    /** A {@code true}/{@code false} field; {@code fallback} when absent or not a yes/no value (then a problem is added). */
    boolean optionalBoolean(String field, boolean fallback) {
        NodeTuple tuple = fields.get(field);
        if (tuple == null) {
            return fallback;
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar) {
            String value = scalar.getValue().strip();
            if (value.equalsIgnoreCase("true")) {
                return true;
            }
            if (value.equalsIgnoreCase("false")) {
                return false;
            }
        }
        problems.add(new CorpusProblem(file, lineOf(field), "'" + field + "' must be true or false"));
        return fallback;
    }

    Optional<String> requiredText(String field) {
        if (!fields.containsKey(field)) {
            problems.add(new CorpusProblem(file, line, "missing required field '" + field + "'"));
            return Optional.empty();
        }
        return optionalText(field);
    }

    boolean has(String field) {
        return fields.containsKey(field);
    }

    /** A list field as nodes (for lists of mappings); empty when absent, or when not a list (a problem is added). */
    Optional<SequenceNode> sequence(String field) {
        NodeTuple tuple = fields.get(field);
        if (tuple == null) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof SequenceNode sequence) {
            return Optional.of(sequence);
        }
        problems.add(new CorpusProblem(file, lineOf(field), "'" + field + "' must be a list ('- item' lines)"));
        return Optional.empty();
    }

    /** A list of texts with the 1-based line of each item; absent means an empty list. */
    List<Located> textList(String field) {
        NodeTuple tuple = fields.get(field);
        if (tuple == null) {
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            problems.add(new CorpusProblem(file, lineOf(field), "'" + field + "' must be a list ('- item' lines or [a, b])"));
            return List.of();
        }
        List<Located> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            int at = lineOf(item, firstLine);
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                items.add(new Located(scalar.getValue().strip(), at));
            } else {
                problems.add(new CorpusProblem(file, at, "every item of '" + field + "' must be a non-empty text"));
            }
        }
        return items;
    }

    private static int lineOf(Node node, int firstLine) {
        return node.getStartMark().map(m -> m.getLine() + firstLine).orElse(firstLine);
    }

    /** A value and the file line it came from. */
    record Located(String value, int line) {
    }
}
