package org.pensionbot.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a question typed as pinyin letters ("zhifubao zenme renzheng", "bang wo ma renzheng") as
 * the corpus's own characters: a relative abroad without a Chinese input method, or someone who
 * sends the letters before picking the characters. Neither the word index nor the embedding model
 * can read such letters, so they would get "I don't know".
 *
 * <p>A small input method trained on the corpus's phrasings: each syllable may stand for any
 * character the phrasings use with that sound ({@link Pinyin#readings}, toneless), and the most likely
 * characters are chosen by how often the phrasings use each character after the one before it
 * (a character bigram model, smoothed with the characters' own frequency, decoded with Viterbi over
 * every way of cutting the letters into syllables). Only what the corpus says can be typed this way,
 * which is all the bot could answer anyway.
 *
 * <p>English stays English: letters are read only when every letter of each piece (between spaces)
 * falls into a syllable, together at least {@link #MIN_SYLLABLES} syllables, and what they become
 * holds a word the corpus uses of two characters or more ("pension" has no syllable "on"; "made"
 * would become no corpus word). A space or an apostrophe ends a syllable ("xi'an"). Immutable and
 * thread-safe.
 */
final class PinyinInput {

    static final int MIN_SYLLABLES = 2;
    private static final int LONGEST_SYLLABLE = 6;
    /** Longer runs of letters are prose, not a question typed in pinyin; decoding them would only cost time. */
    private static final int LONGEST_RUN = 80;
    /** How much the character before counts against a character's own frequency. */
    private static final double BIGRAM_WEIGHT = 0.8;
    private static final char START = '^';
    private static final PinyinInput NONE = new PinyinInput(Map.of(), Map.of(), Map.of(), Map.of(), 0, Set.of());

    /** The characters the phrasings use for each syllable. */
    private final Map<String, List<Character>> charactersOfSyllable;
    private final Map<Character, Integer> characterCounts;
    /** How often each pair of characters follows one another ({@link #START} before a phrasing's first). */
    private final Map<String, Integer> pairCounts;
    /** How many pairs start with each character ({@link #START} included): what a pair's count is a share of. */
    private final Map<Character, Integer> followerCounts;
    private final int characters;
    /** The corpus's words of two characters or more: what a read run must hold. */
    private final Set<String> words;

    private PinyinInput(Map<String, List<Character>> charactersOfSyllable, Map<Character, Integer> characterCounts,
                        Map<String, Integer> pairCounts, Map<Character, Integer> followerCounts, int characters, Set<String> words) {
        this.charactersOfSyllable = charactersOfSyllable;
        this.characterCounts = characterCounts;
        this.pairCounts = pairCounts;
        this.followerCounts = followerCounts;
        this.characters = characters;
        this.words = words;
    }

    static PinyinInput none() {
        return NONE;
    }

    /**
     * @param phrasings the corpus's phrasings in basic form (Simplified, lower case)
     * @param words the corpus's words of two characters or more, each with how many phrasings use it:
     *     a pair of characters inside a word counts once more for each, so that the word wins over a
     *     pair that only meets across words ("laoren" is 老人, though 养老认证 puts 老认 in more phrasings)
     */
    static PinyinInput learn(List<String> phrasings, Map<String, Integer> words) {
        Map<Character, Integer> characterCounts = new HashMap<>();
        Map<String, Integer> pairCounts = new HashMap<>();
        int characters = 0;
        for (String phrasing : phrasings) {
            char before = START;
            for (int i = 0; i < phrasing.length(); i++) {
                char c = phrasing.charAt(i);
                if (Pinyin.of(c) == null) {
                    before = START;   // a comma or a Latin letter: the next character starts afresh
                    continue;
                }
                characterCounts.merge(c, 1, Integer::sum);
                pairCounts.merge(pair(before, c), 1, Integer::sum);
                characters++;
                before = c;
            }
        }
        words.forEach((word, count) -> {
            for (int i = 1; i < word.length(); i++) {
                pairCounts.merge(pair(word.charAt(i - 1), word.charAt(i)), count, Integer::sum);
            }
        });
        Map<Character, Integer> followerCounts = new HashMap<>();
        pairCounts.forEach((pair, count) -> followerCounts.merge(pair.charAt(0), count, Integer::sum));
        Map<String, List<Character>> charactersOfSyllable = new HashMap<>();
        characterCounts.keySet().stream().sorted().forEach(c -> Pinyin.readings(c)
                .forEach(syllable -> charactersOfSyllable.computeIfAbsent(syllable, any -> new ArrayList<>()).add(c)));
        charactersOfSyllable.replaceAll((syllable, list) -> List.copyOf(list));
        return new PinyinInput(Map.copyOf(charactersOfSyllable), Map.copyOf(characterCounts), Map.copyOf(pairCounts),
                Map.copyOf(followerCounts), characters, Set.copyOf(words.keySet()));
    }

    /** {@code text} (in basic form) with the pinyin in each run of letters written in the corpus's characters. */
    String read(String text) {
        if (characters == 0 || text.chars().noneMatch(c -> isLetter((char) c))) {
            return text;
        }
        StringBuilder read = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (!isLetter(text.charAt(i))) {
                read.append(text.charAt(i++));
                continue;
            }
            // A run: letters with spaces and apostrophes between them (a scan, not a regular expression:
            // 10,000 characters of "a a a …" would overflow the stack of a repeated regex group).
            int end = i;
            for (int j = i; j < text.length() && (isLetter(text.charAt(j)) || text.charAt(j) == ' ' || text.charAt(j) == '\''); j++) {
                if (isLetter(text.charAt(j))) {
                    end = j + 1;
                }
            }
            String run = text.substring(i, end);
            read.append(run.length() > LONGEST_RUN ? run : han(run));
            i = end;
        }
        return read.toString();
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    /**
     * A run of letters read piece by piece (the letters between spaces): consecutive pieces that are
     * all pinyin are read together ("laoren wocuang zenme renzheng": "wocuang" is no pinyin, so
     * "laoren" and "zenme renzheng" are read on their own), the rest stays as typed.
     */
    private String han(String letters) {
        StringBuilder read = new StringBuilder();
        List<String> group = new ArrayList<>();
        List<Decoded> best = List.of(new Decoded(START, 0, "", 0));
        for (String piece : letters.split("[ ']+")) {
            List<Decoded> next = decode(piece, best);
            if (next.isEmpty()) {
                appendGroup(read, group, best);
                append(read, piece);
                group.clear();
                best = List.of(new Decoded(START, 0, "", 0));
            } else {
                group.add(piece);
                best = next;
            }
        }
        appendGroup(read, group, best);
        return read.toString();
    }

    /** The group's likeliest reading when it passes for pinyin the corpus can say, else its letters as typed. */
    private void appendGroup(StringBuilder read, List<String> group, List<Decoded> readings) {
        if (group.isEmpty()) {
            return;
        }
        Decoded found = readings.stream().max(Comparator.comparingDouble(Decoded::logProbability)).orElseThrow();
        if (found.syllables() >= MIN_SYLLABLES && holdsAWord(found.text())) {
            append(read, found.text());
        } else {
            group.forEach(piece -> append(read, piece));
        }
    }

    /** Whether some run of {@code text} (2–4 characters, the corpus words' lengths) is a corpus word. */
    private boolean holdsAWord(String text) {
        for (int start = 0; start < text.length(); start++) {
            for (int end = start + HomophoneRepair.SHORTEST; end <= Math.min(text.length(), start + HomophoneRepair.LONGEST); end++) {
                if (words.contains(text.substring(start, end))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Appends a piece, after a space when something came before it: the parts of a run stay apart as typed. */
    private static void append(StringBuilder read, String piece) {
        if (!read.isEmpty()) {
            read.append(' ');
        }
        read.append(piece);
    }

    /**
     * The best reading of one piece of letters (no space inside) after each of {@code before} — one
     * per last character, Viterbi's states — keeping, for each last character, the likeliest reading.
     */
    private List<Decoded> decode(String piece, List<Decoded> before) {
        List<Map<Character, Decoded>> at = new ArrayList<>();
        for (int i = 0; i <= piece.length(); i++) {
            at.add(new HashMap<>());
        }
        before.forEach(reading -> at.get(0).merge(reading.last(), reading, PinyinInput::likelier));
        for (int i = 0; i < piece.length(); i++) {
            if (at.get(i).isEmpty()) {
                continue;
            }
            for (int length = 1; length <= LONGEST_SYLLABLE && i + length <= piece.length(); length++) {
                List<Character> candidates = charactersOfSyllable.get(piece.substring(i, i + length));
                if (candidates == null) {
                    continue;
                }
                for (Decoded reading : at.get(i).values()) {
                    for (char c : candidates) {
                        Decoded next = new Decoded(c, reading.logProbability() + Math.log(probability(reading.last(), c)),
                                reading.text() + c, reading.syllables() + 1);
                        at.get(i + length).merge(c, next, PinyinInput::likelier);
                    }
                }
            }
        }
        return List.copyOf(at.get(piece.length()).values());
    }

    /** P(c | before): the pair's share of what follows {@code before}, smoothed with c's own share. */
    private double probability(char before, char c) {
        int followers = followerCounts.getOrDefault(before, 0);
        double pair = followers == 0 ? 0 : pairCounts.getOrDefault(pair(before, c), 0) / (double) followers;
        double alone = characterCounts.get(c) / (double) characters;
        return BIGRAM_WEIGHT * pair + (1 - BIGRAM_WEIGHT) * alone;
    }

    private static String pair(char before, char c) {
        return new String(new char[] {before, c});
    }

    private static Decoded likelier(Decoded a, Decoded b) {
        return a.logProbability() >= b.logProbability() ? a : b;
    }

    /** One way of reading letters so far: its last character, likelihood, characters and syllable count. */
    private record Decoded(char last, double logProbability, String text, int syllables) {
    }
}
