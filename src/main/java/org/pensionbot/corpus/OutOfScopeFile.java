package org.pensionbot.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads {@code out-of-scope.yml}: a list of topics, each with {@code topic}, {@code reply} and {@code questions}. */
final class OutOfScopeFile {

    private static final Set<String> FIELDS = Set.of("topic", "reply", "questions");

    private OutOfScopeFile() {
    }

    static List<OutOfScopeTopic> parse(Path file, String text, List<CorpusProblem> problems) {
        List<OutOfScopeTopic> topics = new ArrayList<>();
        Node root = YamlMap.compose(file, text, 1, problems).orElse(null);
        if (root == null) {
            return topics;
        }
        if (!(root instanceof SequenceNode list)) {
            problems.add(new CorpusProblem(file, 1, "the file must be a list of topics ('- topic: ...')"));
            return topics;
        }
        for (Node item : list.getValue()) {
            YamlMap.of(file, item, 1, problems, "a topic").ifPresent(map -> {
                map.rejectUnknownFields(FIELDS);
                var topic = map.requiredText("topic");
                var reply = map.requiredText("reply");
                var questions = map.textList("questions");
                if (questions.isEmpty()) {
                    problems.add(new CorpusProblem(file, map.line(), "a topic needs at least one question in 'questions'"));
                }
                if (topic.isPresent() && reply.isPresent()) {
                    topics.add(new OutOfScopeTopic(topic.get(), reply.get(),
                            questions.stream().map(YamlMap.Located::value).toList()));
                }
            });
        }
        return topics;
    }
}
