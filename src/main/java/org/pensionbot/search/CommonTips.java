package org.pensionbot.search;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pensionbot.corpus.FaqEntry;

/**
 * Tips that nearly every answer carries, told apart by how they open: "各地叫法可能不一样，拿不准可以打12333问…" ends
 * 26 of 27 answers. Such a tip says nothing about any one answer, so it is never the sentence a follow-up is answered
 * with: "能上门吗" after the home-visit answer got "各地叫法可能不一样，拿不准可以打12333问能不能上门" as "the point you
 * asked" (a tester), where the answer's first line says "可以".
 */
final class CommonTips {

    /** A tip is common when more than this share of the entries have one that opens the same way. */
    private static final double SHARE_OF_ENTRIES = 0.5;

    private static final Pattern CLAUSE_END = Pattern.compile("[，。,]");

    private final Set<String> openings;

    private CommonTips(Set<String> openings) {
        this.openings = openings;
    }

    static CommonTips of(Collection<FaqEntry> entries) {
        Map<String, Long> entriesByOpening = entries.stream()
                .flatMap(entry -> entry.tips().stream().map(CommonTips::opening).distinct())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Set<String> common = entriesByOpening.entrySet().stream()
                .filter(opening -> opening.getValue() > entries.size() * SHARE_OF_ENTRIES)
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
        return new CommonTips(common);
    }

    /** Whether {@code sentence} opens the way a tip of most answers does. */
    boolean isCommon(String sentence) {
        return openings.contains(opening(sentence));
    }

    /** A tip's first clause: up to its first comma or full stop. */
    private static String opening(String tip) {
        return CLAUSE_END.split(tip, 2)[0].strip();
    }
}
