package org.pensionbot.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.CorpusLoader;
import org.pensionbot.corpus.FaqEntry;

/**
 * What a reload changed, in a few words for the log: the entries added, removed or edited (with the change in
 * their phrasings), and the other files' parts that differ. An admin who saved a file sees that the running bot
 * took that edit, and one who did not sees that someone else's did.
 */
final class CorpusChanges {

    private CorpusChanges() {
    }

    /** "how-to-certify (+1 phrasing), out-of-scope.yml" — or "nothing" when the two serve the same. */
    static String between(Corpus before, Corpus after) {
        List<String> changes = new ArrayList<>();
        Map<String, FaqEntry> earlier = byId(before.entries());
        Map<String, FaqEntry> later = byId(after.entries());
        for (FaqEntry entry : after.entries()) {
            FaqEntry was = earlier.get(entry.id());
            if (was == null) {
                changes.add(entry.id() + " (new)");
            } else if (!was.equals(entry)) {
                int phrasings = entry.questions().size() - was.questions().size();
                changes.add(entry.id() + (phrasings == 0 ? "" : String.format(" (%+d phrasing%s)", phrasings, Math.abs(phrasings) == 1 ? "" : "s")));
            }
        }
        before.entries().stream().filter(entry -> !later.containsKey(entry.id())).forEach(entry -> changes.add(entry.id() + " (removed)"));
        if (!before.outOfScope().equals(after.outOfScope())) {
            changes.add(CorpusLoader.OUT_OF_SCOPE_FILE);
        }
        if (!before.synonyms().equals(after.synonyms())) {
            changes.add(CorpusLoader.SYNONYMS_FILE);
        }
        if (!before.scamExamples().equals(after.scamExamples())) {
            changes.add(CorpusLoader.SCAM_EXAMPLES_FILE);
        }
        if (!Objects.equals(before.menus(), after.menus())) {
            changes.add(CorpusLoader.MENUS_FILE);
        }
        return changes.isEmpty() ? "nothing" : String.join(", ", changes);
    }

    private static Map<String, FaqEntry> byId(List<FaqEntry> entries) {
        return entries.stream().collect(Collectors.toMap(FaqEntry::id, Function.identity()));
    }
}
