package org.pensionbot.search;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The toneless pinyin of Han characters ("认" → "ren"), from ICU's "Han-Latin" transform. Tones are
 * dropped because a pinyin input method ignores them: its wrong picks share the syllables, not
 * always the tones.
 *
 * <p>Each character is read on its own, with its most common reading; a word's pinyin is its
 * characters' pinyin in order. The transform takes about half a second to load, so it is loaded once
 * per process, on first use (or ahead of it, {@link #load}); a character's pinyin is kept once asked
 * for. Thread-safe.
 */
final class Pinyin {

    private static final ConcurrentHashMap<Character, String> OF_CHARACTER = new ConcurrentHashMap<>();
    /**
     * ICU's transform gives each character one reading; these everyday characters have a second one
     * people type as often (银行 yinhang, 外地 waidi, 长期 changqi, 重新 chongxin, 了解 liaojie, 得去 deiqu).
     */
    private static final Map<Character, String> SECOND_READINGS = Map.ofEntries(
            Map.entry('行', "hang"), Map.entry('地', "di"), Map.entry('长', "chang"), Map.entry('重', "chong"),
            Map.entry('还', "huan"), Map.entry('了', "liao"), Map.entry('都', "du"), Map.entry('得', "dei"),
            Map.entry('觉', "jiao"), Map.entry('调', "tiao"), Map.entry('着', "zhao"), Map.entry('差', "chai"),
            Map.entry('乐', "yue"), Map.entry('便', "pian"), Map.entry('藏', "zang"), Map.entry('传', "zhuan"),
            Map.entry('省', "xing"), Map.entry('会', "kuai"), Map.entry('率', "shuai"), Map.entry('谁', "shui"));

    private Pinyin() {
    }

    /** Loads the transform now (start-up can call this on another thread). */
    static void load() {
        Transform.INSTANCE.getClass();
    }

    /**
     * The syllables of {@code word}, one per character, separated by spaces; null if any character
     * is not a Han character with a reading.
     */
    static String of(CharSequence word) {
        StringBuilder syllables = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            String syllable = of(word.charAt(i));
            if (syllable == null) {
                return null;
            }
            if (i > 0) {
                syllables.append(' ');
            }
            syllables.append(syllable);
        }
        return syllables.toString();
    }

    /**
     * {@code syllables} as a regional accent or an input method's "fuzzy pinyin" blurs them: zh/ch/sh
     * as z/c/s, n and r as l, hu as fu, and -ang/-eng/-ing as -an/-en/-in; null stays null.
     */
    static String near(String syllables) {
        if (syllables == null) {
            return null;
        }
        StringBuilder blurred = new StringBuilder();
        for (String syllable : syllables.split(" ")) {
            if (!blurred.isEmpty()) {
                blurred.append(' ');
            }
            blurred.append(blurredFinal(blurredInitial(syllable)));
        }
        return blurred.toString();
    }

    private static String blurredInitial(String syllable) {
        if (syllable.startsWith("zh") || syllable.startsWith("ch") || syllable.startsWith("sh")) {
            return syllable.charAt(0) + syllable.substring(2);
        }
        if (syllable.startsWith("r") || syllable.startsWith("n") && syllable.length() > 1 && !syllable.equals("ng")) {
            return "l" + syllable.substring(1);
        }
        return syllable.startsWith("hu") ? "f" + syllable.substring(1) : syllable;
    }

    private static String blurredFinal(String syllable) {
        return syllable.endsWith("ng") && !syllable.endsWith("ong") ? syllable.substring(0, syllable.length() - 1) : syllable;
    }

    /**
     * Every syllable a character is typed as: its most common reading, and a second one for a few
     * everyday characters; empty if it is not a Han character with a reading. For reading what people
     * typed in letters ({@link PinyinInput}) — the homophone repair keeps to one reading, whose sound
     * alone decides a repair.
     */
    static List<String> readings(char c) {
        String first = of(c);
        if (first == null) {
            return List.of();
        }
        String second = SECOND_READINGS.get(c);
        return second == null ? List.of(first) : List.of(first, second);
    }

    /** The syllable of one Han character, or null. */
    static String of(char c) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
            return null;
        }
        String syllable = OF_CHARACTER.computeIfAbsent(c, Pinyin::transliterate);
        return syllable.isEmpty() ? null : syllable;
    }

    private static String transliterate(char c) {
        String latin;
        synchronized (Transform.INSTANCE) {   // ICU transliterators are not documented as thread-safe
            latin = Transform.INSTANCE.transliterate(String.valueOf(c));
        }
        latin = latin.strip().toLowerCase(Locale.ROOT);
        return latin.chars().allMatch(ch -> ch >= 'a' && ch <= 'z') ? latin : "";
    }

    /** Holder: the transform loads on first use. */
    private static final class Transform {
        static final Transliterator INSTANCE = Transliterator.getInstance("Han-Latin; Latin-ASCII");
    }
}
