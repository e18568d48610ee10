package org.pensionbot.store;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.pensionbot.dialog.Action;
import org.pensionbot.privacy.PersonalData;

/**
 * Groups question wordings that mean the same, so the unanswered list shows one line per gap.
 *
 * <p>Two steps. First, wordings with the same normalised form are one group: NFKC (full-width
 * letters and digits become ASCII), lower case, masked numbers reduced to one placeholder, and
 * everything that is not a letter or digit dropped (punctuation, spaces, emoji). Then a group joins
 * an earlier, more frequent group when their character bigrams overlap by Jaccard ≥
 * {@value #SIMILAR} ("养老认证怎么做" and "养老认证怎么办"). A group is compared with each
 * cluster's first (most frequent) group only, so chains of small changes cannot drift into one
 * giant cluster. The fuzzy step is quadratic, so only the {@value #MAX_FUZZY_GROUPS} most frequent
 * groups take part; rarer ones keep their exact grouping.
 *
 * <p>Stateless and thread-safe.
 */
final class QuestionGrouper {

    static final double SIMILAR = 0.6;
    static final int MAX_FUZZY_GROUPS = 2_000;
    static final int MAX_VARIANTS = 5;

    // A number already masked by PersonalData ("11**************34"): its kept digits differ from
    // person to person, so all of them become one placeholder (a private-use character).
    private static final Pattern MASKED_NUMBER = Pattern.compile("[0-9]{0,2}\\*{4,}[0-9a-z]{0,2}");
    private static final String NUMBER_PLACEHOLDER = "\uE000";

    /** How often one stored wording got one action on one channel, and when last. */
    record Tally(String text, Action action, int count, Instant lastSeen, String channel) {
    }

    private QuestionGrouper() {
    }

    /** All groups, most frequent first (then most recent); wordings that normalise to nothing are dropped. */
    static List<UnansweredReport.Question> group(List<Tally> tallies) {
        Map<String, Group> exact = new LinkedHashMap<>();
        for (Tally tally : tallies) {
            String text = PersonalData.mask(tally.text()).strip();
            String key = normalise(text);
            if (!key.isEmpty()) {
                exact.computeIfAbsent(key, Group::new).add(text, tally);
            }
        }
        List<Group> byFrequency = new ArrayList<>(exact.values());
        byFrequency.sort(Group.MOST_FREQUENT_FIRST);

        List<Cluster> clusters = new ArrayList<>();
        for (int i = 0; i < byFrequency.size(); i++) {
            Group group = byFrequency.get(i);
            Cluster similar = i < MAX_FUZZY_GROUPS ? findSimilar(clusters, group) : null;
            if (similar != null) {
                similar.members.add(group);
            } else {
                clusters.add(new Cluster(group));
            }
        }
        return clusters.stream().map(Cluster::toQuestion)
                .sorted(Comparator.comparingInt(UnansweredReport.Question::count).reversed()
                        .thenComparing(UnansweredReport.Question::lastSeen, Comparator.reverseOrder())
                        .thenComparing(UnansweredReport.Question::text))
                .toList();
    }

    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        folded = MASKED_NUMBER.matcher(folded).replaceAll(NUMBER_PLACEHOLDER);
        StringBuilder key = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(cp -> Character.isLetterOrDigit(cp) || cp == NUMBER_PLACEHOLDER.codePointAt(0))
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    /** Jaccard similarity of the two normalised texts' character bigrams, in [0,1]. */
    static double similarity(String a, String b) {
        return jaccard(bigrams(normalise(a)), bigrams(normalise(b)));
    }

    private static Cluster findSimilar(List<Cluster> clusters, Group group) {
        for (Cluster cluster : clusters) {
            if (jaccard(cluster.first().bigrams, group.bigrams) >= SIMILAR) {
                return cluster;
            }
        }
        return null;
    }

    private static Set<String> bigrams(String key) {
        int[] cps = key.codePoints().toArray();
        Set<String> grams = new HashSet<>();
        if (cps.length == 1) {
            grams.add(key);
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.add(new String(cps, i, 2));
        }
        return grams;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String gram : a) {
            if (b.contains(gram)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    /** Wordings with one normalised form. */
    private static final class Group {
        static final Comparator<Group> MOST_FREQUENT_FIRST = Comparator.comparingInt(Group::count).reversed()
                .thenComparing(g -> g.lastSeen, Comparator.reverseOrder())
                .thenComparing(g -> g.key);

        final String key;
        final Set<String> bigrams;
        final Map<String, Integer> wordings = new LinkedHashMap<>();
        final Set<String> channels = new TreeSet<>();
        int fallbacks;
        int clarifies;
        Instant lastSeen = Instant.MIN;

        Group(String key) {
            this.key = key;
            this.bigrams = bigrams(key);
        }

        void add(String text, Tally tally) {
            wordings.merge(text, tally.count(), Integer::sum);
            channels.add(tally.channel());
            if (tally.action() == Action.CLARIFY) {
                clarifies += tally.count();
            } else {
                fallbacks += tally.count();
            }
            if (tally.lastSeen().isAfter(lastSeen)) {
                lastSeen = tally.lastSeen();
            }
        }

        int count() {
            return fallbacks + clarifies;
        }

        /** The most frequent way of writing it; ties go to the alphabetically first for stable output. */
        String wording() {
            return wordings.entrySet().stream()
                    .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow().getKey();
        }
    }

    /** Groups judged similar; the first is the most frequent and names the cluster. */
    private static final class Cluster {
        final List<Group> members = new ArrayList<>();

        Cluster(Group first) {
            members.add(first);
        }

        Group first() {
            return members.get(0);
        }

        UnansweredReport.Question toQuestion() {
            int fallbacks = 0;
            int clarifies = 0;
            Instant lastSeen = Instant.MIN;
            Set<String> channels = new TreeSet<>();
            for (Group group : members) {
                channels.addAll(group.channels);
                fallbacks += group.fallbacks;
                clarifies += group.clarifies;
                lastSeen = group.lastSeen.isAfter(lastSeen) ? group.lastSeen : lastSeen;
            }
            List<String> variants = members.stream().skip(1).limit(MAX_VARIANTS).map(Group::wording).toList();
            return new UnansweredReport.Question(first().wording(), fallbacks, clarifies, lastSeen, variants, List.copyOf(channels));
        }
    }
}
