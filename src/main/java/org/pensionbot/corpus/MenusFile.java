package org.pensionbot.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads {@code menus.yml} (see {@link Menus}) and checks every entry id in it against the ids
 * the corpus has, reporting an unknown one at its line.
 */
final class MenusFile {

    static final String START_MENU = "start-menu";
    static final String POPULAR = "popular";
    static final String REMINDER_TOPICS = "reminder-topics";
    static final String FRAUD_ENTRY = "fraud-entry";
    static final String STUCK_ENTRY = "stuck-entry";
    static final String HOW_TO_SELF = "how-to-self";
    static final String HOW_TO_OTHERS = "how-to-others";
    static final String MISSED_ENTRY = "missed-entry";
    private static final Set<String> FIELDS = Set.of(START_MENU, POPULAR, REMINDER_TOPICS, FRAUD_ENTRY, STUCK_ENTRY,
            HOW_TO_SELF, HOW_TO_OTHERS, MISSED_ENTRY);
    private static final Set<String> ITEM_FIELDS = Set.of("label", "entry");

    private MenusFile() {
    }

    /** @param ids entries that exist (files that exist, even with problems of their own) */
    static Optional<Menus> parse(Path file, String text, Set<String> ids, List<CorpusProblem> problems) {
        int before = problems.size();
        Optional<YamlMap> yaml = YamlMap.compose(file, text, 1, problems)
                .flatMap(node -> YamlMap.of(file, node, 1, problems, "menus.yml"));
        if (yaml.isEmpty()) {
            if (problems.size() == before) {
                problems.add(new CorpusProblem(file, 1, "the file is empty: it must name the start menu, popular topics, "
                        + "reminder topics and the fraud entry"));
            }
            return Optional.empty();
        }
        YamlMap menus = yaml.get();
        menus.rejectUnknownFields(FIELDS);
        List<Menus.MenuItem> startMenu = startMenu(file, menus, ids, problems);
        List<String> popular = idList(file, menus, POPULAR, ids, problems);
        List<String> reminderTopics = idList(file, menus, REMINDER_TOPICS, ids, problems);
        Optional<String> fraud = menus.requiredText(FRAUD_ENTRY);
        fraud.ifPresent(id -> checkId(file, menus.lineOf(FRAUD_ENTRY), id, ids, problems));
        Optional<String> stuck = menus.optionalText(STUCK_ENTRY);
        stuck.ifPresent(id -> checkId(file, menus.lineOf(STUCK_ENTRY), id, ids, problems));
        Optional<String> howToSelf = menus.optionalText(HOW_TO_SELF);
        howToSelf.ifPresent(id -> checkId(file, menus.lineOf(HOW_TO_SELF), id, ids, problems));
        Optional<String> howToOthers = menus.optionalText(HOW_TO_OTHERS);
        howToOthers.ifPresent(id -> checkId(file, menus.lineOf(HOW_TO_OTHERS), id, ids, problems));
        Optional<String> missed = menus.optionalText(MISSED_ENTRY);
        missed.ifPresent(id -> checkId(file, menus.lineOf(MISSED_ENTRY), id, ids, problems));
        if (problems.size() > before || fraud.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Menus(startMenu, popular, reminderTopics, fraud.get(), stuck, howToSelf, howToOthers, missed));
    }

    private static List<Menus.MenuItem> startMenu(Path file, YamlMap menus, Set<String> ids, List<CorpusProblem> problems) {
        List<Menus.MenuItem> items = new ArrayList<>();
        Optional<SequenceNode> list = menus.sequence(START_MENU);
        if (list.isEmpty()) {
            if (!menus.has(START_MENU)) {
                problems.add(new CorpusProblem(file, menus.line(),
                        "missing '" + START_MENU + "': the /start buttons ('- label: ...' with 'entry: ...' below it)"));
            }
            return items;
        }
        Set<String> labels = new HashSet<>();
        for (Node node : list.get().getValue()) {
            YamlMap.of(file, node, 1, problems, "a start-menu button").ifPresent(button -> {
                button.rejectUnknownFields(ITEM_FIELDS);
                Optional<String> label = button.requiredText("label");
                Optional<String> entry = button.requiredText("entry");
                entry.ifPresent(id -> checkId(file, button.lineOf("entry"), id, ids, problems));
                label.ifPresent(text -> {
                    if (!labels.add(text)) {
                        problems.add(new CorpusProblem(file, button.lineOf("label"), "two buttons are labelled '" + text + "'"));
                    }
                });
                if (label.isPresent() && entry.isPresent()) {
                    items.add(new Menus.MenuItem(label.get(), entry.get()));
                }
            });
        }
        if (list.get().getValue().isEmpty()) {
            problems.add(new CorpusProblem(file, menus.lineOf(START_MENU), "'" + START_MENU + "' needs at least one button"));
        }
        return items;
    }

    private static List<String> idList(Path file, YamlMap menus, String field, Set<String> ids, List<CorpusProblem> problems) {
        List<YamlMap.Located> items = menus.textList(field);
        if (!menus.has(field)) {
            problems.add(new CorpusProblem(file, menus.line(), "missing '" + field + "': a list of entry ids"));
        } else if (items.isEmpty()) {
            problems.add(new CorpusProblem(file, menus.lineOf(field), "'" + field + "' needs at least one entry id"));
        }
        items.forEach(item -> checkId(file, item.line(), item.value(), ids, problems));
        return items.stream().map(YamlMap.Located::value).toList();
    }

    private static void checkId(Path file, int line, String id, Set<String> ids, List<CorpusProblem> problems) {
        if (!ids.contains(id)) {
            problems.add(new CorpusProblem(file, line, "entry '" + id + "' does not exist (no entries/" + id + ".md): "
                    + "was it renamed? Put its new id here"));
        }
    }
}
