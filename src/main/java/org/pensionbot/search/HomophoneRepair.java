package org.pensionbot.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Puts back a word of the corpus that a pinyin input method or voice input replaced with a
 * sound-alike ("支付饱" → "支付宝", "仁证" → "认证"): a run of 2–4 Han characters that appears nowhere in
 * the corpus but sounds exactly like one of its words (toneless pinyin, {@link Pinyin}) becomes that
 * word — or, when no word sounds exactly like it, the one word it sounds like as a regional accent or
 * an input method's "fuzzy pinyin" blurs sounds ({@link Pinyin#near}: "色保" → "社保", "养脑金" →
 * "养老金"). Such runs otherwise reach neither the word index (no phrasing holds them) nor, read
 * right, the embedding model, and the synonyms file can only list the sound-alikes someone has seen.
 *
 * <p>What a person meant is left alone. A run is not touched when
 * <ul>
 *   <li>the corpus uses it anywhere (so no phrasing ever changes);</li>
 *   <li>its sound belongs to two corpus words of different meaning (实名 and 失明);</li>
 *   <li>it holds a negator (a wrong one would turn the question around);</li>
 *   <li>it is one of the text's dictionary words ("合适", "益阳"), or cuts one or a corpus word
 *       ("近去" in "就近去", "宝帐" in "支付宝帐号");</li>
 *   <li>it is a pair holding a function word or numeral ("我把", "一年几次"), or a pair sharing no
 *       character with the word ("出事" and 初始): such pairs sound like many words, and an input
 *       method's wrong pick usually gets one character of two right.</li>
 * </ul>
 * Letters typed as pinyin are first read as the corpus's characters ({@link PinyinInput}: "zhifubao
 * renzheng" → "支付宝认证"). A repair keeps the length, so offsets stay put; pinyin read as characters
 * shortens the text, and offsets of a question are never used. Blind sets, half of each measured once
 * (BENCHMARKS.md, 2026-12-05): 120 questions with an input method's sound-alikes, right entry first
 * 62.5 → 87.5 %; 100 with an accent's near sounds, 84.6 → 97.4 %; none answered wrong, every
 * neighbour still turned away.
 *
 * <p>Immutable and thread-safe.
 */
final class HomophoneRepair {

    static final int SHORTEST = 2;
    static final int LONGEST = 4;
    private static final String NUMERALS = "一二两三四五六七八九十百千万几多每个次";

    private static final HomophoneRepair NONE = new HomophoneRepair(Set.of(), Set.of(), Map.of(), Map.of(), PinyinInput.none());

    /** Every run of Han characters (of a repairable length) the corpus uses. */
    private final Set<String> knownRuns;
    /** The corpus's words of a repairable length, and the forms in its synonyms file. */
    private final Set<String> corpusWords;
    /** The corpus word each sound stands for, for sounds that only one meaning has. */
    private final Map<String, String> wordOfSound;
    /** The same for sounds as an accent blurs them ({@link Pinyin#near}), tried when no word has the exact sound. */
    private final Map<String, String> wordOfNearSound;
    /** Letters typed as pinyin, read as the corpus's characters before any run is judged. */
    private final PinyinInput pinyin;

    private HomophoneRepair(Set<String> knownRuns, Set<String> corpusWords, Map<String, String> wordOfSound,
                            Map<String, String> wordOfNearSound, PinyinInput pinyin) {
        this.knownRuns = knownRuns;
        this.corpusWords = corpusWords;
        this.wordOfSound = wordOfSound;
        this.wordOfNearSound = wordOfNearSound;
        this.pinyin = pinyin;
    }

    static HomophoneRepair none() {
        return NONE;
    }

    /**
     * What the corpus teaches: the runs its phrasings and synonym rules use, and the sounds of its
     * words — read from the word field of its index (smartcn's words of every phrasing, as analysed
     * for the index) and from the synonym rules.
     *
     * @param phrasings the corpus's phrasings as written
     * @param canonicalOfForm each form in the synonym rules (basic form) and the canonical form it becomes
     * @param index the phrasings' index, with its {@link ChineseAnalysis#WORDS} field
     */
    static HomophoneRepair learn(List<Phrasing> phrasings, Map<String, String> canonicalOfForm, LeafReader index) {
        Set<String> knownRuns = new HashSet<>();
        List<String> written = phrasings.stream().map(phrasing -> TextNormalizer.basicForm(phrasing.text())).toList();
        written.forEach(phrasing -> addRuns(phrasing, knownRuns));
        Map<String, Integer> wordCounts = indexedWords(index);
        for (String form : canonicalOfForm.keySet()) {
            addRuns(form, knownRuns);
            if (repairableLength(form) && isHan(form)) {
                wordCounts.merge(form, 0, Integer::sum);
            }
        }
        Map<String, String> wordOfSound = wordsBySound(wordCounts, canonicalOfForm, Pinyin::of);
        Map<String, String> wordOfNearSound = wordsBySound(wordCounts, canonicalOfForm, word -> Pinyin.near(Pinyin.of(word)));
        return new HomophoneRepair(Set.copyOf(knownRuns), Set.copyOf(wordCounts.keySet()), wordOfSound, wordOfNearSound,
                PinyinInput.learn(written, wordCounts));
    }

    /** The index's words a repair may produce (2–4 Han characters), each with how many phrasings use it. */
    private static Map<String, Integer> indexedWords(LeafReader index) {
        Map<String, Integer> counts = new HashMap<>();
        try {
            Terms terms = index.terms(ChineseAnalysis.WORDS);
            TermsEnum each = terms == null ? TermsEnum.EMPTY : terms.iterator();
            for (BytesRef bytes = each.next(); bytes != null; bytes = each.next()) {
                String word = bytes.utf8ToString();
                if (repairableLength(word) && isHan(word)) {
                    counts.put(word, each.docFreq());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the words of an index", e);
        }
        return counts;
    }

    /** The corpus word each sound stands for, for sounds that only one meaning has. */
    private static Map<String, String> wordsBySound(Map<String, Integer> wordCounts, Map<String, String> canonicalOfForm,
                                                    Function<String, String> soundOf) {
        Map<String, String> meaningOfSound = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Map<String, String> wordOfSound = new HashMap<>();
        wordCounts.forEach((word, count) -> {
            String sound = soundOf.apply(word);
            if (sound == null) {
                return;
            }
            String meaning = canonicalOfForm.getOrDefault(word, word);
            String previous = meaningOfSound.putIfAbsent(sound, meaning);
            if (previous != null && !previous.equals(meaning)) {
                ambiguous.add(sound);
            }
            String chosen = wordOfSound.get(sound);
            if (chosen == null || preferred(word, chosen, wordCounts, canonicalOfForm)) {
                wordOfSound.put(sound, word);
            }
        });
        ambiguous.forEach(wordOfSound::remove);
        return Map.copyOf(wordOfSound);
    }

    /**
     * Of two spellings of one meaning, the one more phrasings use, else the canonical one (微信 rather
     * than the typo 威信 the synonyms file lists), else the first in code-point order: a fixed choice.
     */
    private static boolean preferred(String word, String over, Map<String, Integer> counts, Map<String, String> canonicalOfForm) {
        int byCount = Integer.compare(counts.get(word), counts.get(over));
        if (byCount != 0) {
            return byCount > 0;
        }
        boolean canonical = word.equals(canonicalOfForm.getOrDefault(word, word));
        boolean overCanonical = over.equals(canonicalOfForm.getOrDefault(over, over));
        return canonical != overCanonical ? canonical : word.compareTo(over) < 0;
    }

    /** {@code text} (in basic form) with only its letters typed as pinyin read as the corpus's characters. */
    String readPinyin(String text) {
        return pinyin.read(text);
    }

    /**
     * {@code typed} (in basic form) with its pinyin read as characters, then sound-alike runs replaced
     * by the corpus words they stand for.
     */
    String repair(String typed) {
        String text = pinyin.read(typed);
        if (wordOfSound.isEmpty()) {
            return text;
        }
        StringBuilder repaired = null;
        List<int[]> words = null;   // smartcn's words of the text, found only once a run sounds like a corpus word
        int i = 0;
        while (i < text.length()) {
            int replaced = 0;
            for (int length = Math.min(LONGEST, text.length() - i); length >= SHORTEST; length--) {
                String run = text.substring(i, i + length);
                if (!isHan(run) || knownRuns.contains(run) || holdsAFunctionWordOrNegator(run)) {
                    continue;
                }
                String sound = Pinyin.of(run);
                String word = sound == null ? null : wordOfSound.get(sound);
                if (word == null && sound != null) {
                    word = wordOfNearSound.get(Pinyin.near(sound));
                }
                if (word == null || length == SHORTEST && !sharesACharacter(run, word)
                        || cutsACorpusWord(text, i, i + length)) {
                    continue;
                }
                if (words == null) {
                    words = wordSpans(text);
                }
                if (isOrCutsAWord(words, i, i + length)) {
                    continue;
                }
                if (repaired == null) {
                    repaired = new StringBuilder(text);
                }
                repaired.replace(i, i + length, word);
                replaced = length;
                break;
            }
            i += replaced > 0 ? replaced : 1;
        }
        return repaired == null ? text : repaired.toString();
    }

    /**
     * Whether the run from {@code start} to {@code end} is one of the text's dictionary words
     * ("合适", "益阳": then it was meant) or cuts one ("近去" in "就近去", "林市" in "吉林市").
     */
    private static boolean isOrCutsAWord(List<int[]> words, int start, int end) {
        for (int[] word : words) {
            boolean same = word[0] == start && word[1] == end;
            boolean cuts = word[0] < start && start < word[1] || word[0] < end && end < word[1];
            if (same || cuts) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two characters that sound like a word but share neither of its characters ("出事" and 初始,
     * "天假" and 添加) are mostly other words; an input method's wrong pick usually gets one right.
     */
    private static boolean sharesACharacter(String run, String word) {
        for (int i = 0; i < run.length(); i++) {
            if (run.charAt(i) == word.charAt(i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of the corpus in {@code text} crosses a border of the run: "宝帐" in "支付宝帐号". */
    private boolean cutsACorpusWord(String text, int start, int end) {
        for (int from = Math.max(0, start - LONGEST + 1); from < end; from++) {
            for (int to = from + SHORTEST; to <= Math.min(text.length(), from + LONGEST); to++) {
                boolean crosses = from < start && start < to || from < end && end < to;
                if (crosses && corpusWords.contains(text.substring(from, to))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A negator is never repaired (a wrong one would turn a question around), and in a run of two a
     * function word or a numeral ("我把", "出了", "上半年", "一年几次") is almost always meant: such
     * pairs sound like many words.
     */
    private static boolean holdsAFunctionWordOrNegator(String run) {
        for (int i = 0; i < run.length(); i++) {
            String character = String.valueOf(run.charAt(i));
            if (Negation.NEGATOR_CHARACTERS.contains(character) || run.length() == SHORTEST
                    && (StopWords.CHINESE.contains(character) || NUMERALS.indexOf(run.charAt(i)) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private static void addRuns(String text, Set<String> runs) {
        for (int i = 0; i < text.length(); i++) {
            for (int length = SHORTEST; length <= LONGEST && i + length <= text.length(); length++) {
                String run = text.substring(i, i + length);
                if (isHan(run)) {
                    runs.add(run);
                }
            }
        }
    }

    /** Where smartcn's words of two or more characters are in {@code text}: start and end offsets. */
    private static List<int[]> wordSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        try (Tokenizer tokenizer = new HMMChineseTokenizer()) {
            tokenizer.setReader(new StringReader(text));
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                if (offset.endOffset() - offset.startOffset() >= SHORTEST) {
                    spans.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException("tokenizing a string cannot fail", e);
        }
        return spans;
    }

    private static boolean repairableLength(String word) {
        return word.length() >= SHORTEST && word.length() <= LONGEST;
    }

    private static boolean isHan(String run) {
        return run.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
