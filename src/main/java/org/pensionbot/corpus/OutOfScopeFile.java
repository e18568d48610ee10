package org.pensionbot.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads {@code out-of-scope.yml}: a list of topics, each with {@code topic}, {@code reply} and {@code questions}, and
 * optionally {@code offer}, the entries to offer under the redirect (each must exist).
 */
final class OutOfScopeFile {

    private static final Set<String> FIELDS = Set.of("topic", "reply", "questions", "offer");

    private OutOfScopeFile() {
    }

    /** @param entryIds the ids the corpus's entry files give themselves, which {@code offer} may name */
    static List<OutOfScopeTopic> parse(Path file, String text, Set<String> entryIds, List<CorpusProblem> problems) {
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
                Optional<List<String>> offer = map.has("offer") ? Optional.of(offered(file, map.textList("offer"), entryIds, problems))
                        : Optional.empty();
                if (questions.isEmpty()) {
                    problems.add(new CorpusProblem(file, map.line(), "a topic needs at least one question in 'questions'"));
                }
                if (topic.isPresent() && reply.isPresent()) {
                    topics.add(new OutOfScopeTopic(topic.get(), reply.get(),
                            questions.stream().map(YamlMap.Located::value).toList(), offer));
                }
            });
        }
        return topics;
    }

    /** The ids of {@code offer} that name an entry; each that does not is a problem at its line. */
    private static List<String> offered(Path file, List<YamlMap.Located> offer, Set<String> entryIds, List<CorpusProblem> problems) {
        List<String> ids = new ArrayList<>();
        for (YamlMap.Located id : offer) {
            if (entryIds.contains(id.value())) {
                ids.add(id.value());
            } else {
                problems.add(new CorpusProblem(file, id.line(), "offer names '" + id.value() + "', which is no entry's id"));
            }
        }
        return ids;
    }
}
