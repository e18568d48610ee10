package org.pensionbot.corpus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which entries the bot's menus and rules point to, from {@code faq-corpus/menus.yml}, so that no
 * entry id is written in code. Every id is checked against the corpus when it loads: an entry
 * renamed without updating this file fails validation at the file's line, and the bot keeps
 * serving the previous corpus with menus that work.
 *
 * <p>Immutable and thread-safe.
 *
 * @param startMenu the big buttons after {@code /start}, in order
 * @param popular entries offered when the bot cannot answer, most needed first
 * @param reminderTopics answers under which the bot offers a certification reminder
 * @param fraudEntry the entry about scams, for rules that must always be able to point to it
 * @param stuckEntry shown after the tips when a user is stuck in a procedure; empty for none
 * @param howToSelf the how-to a reminder links for someone certifying themself; empty for no link
 * @param howToOthers the how-to a reminder links for someone helping a relative; empty for no link
 * @param missedEntry what to do when certification was missed: what a message after a told month's past due date is
 *     read with (empty: the how-to)
 */
public record Menus(List<MenuItem> startMenu, List<String> popular, List<String> reminderTopics, String fraudEntry,
                    Optional<String> stuckEntry, Optional<String> howToSelf, Optional<String> howToOthers,
                    Optional<String> missedEntry) {

    public Menus {
        startMenu = List.copyOf(startMenu);
        popular = List.copyOf(popular);
        reminderTopics = List.copyOf(reminderTopics);
        Objects.requireNonNull(fraudEntry, "fraudEntry");
        Objects.requireNonNull(stuckEntry, "stuckEntry");
        Objects.requireNonNull(howToSelf, "howToSelf");
        Objects.requireNonNull(howToOthers, "howToOthers");
        Objects.requireNonNull(missedEntry, "missedEntry");
    }

    /** Without the reminder how-to links, for callers that do not use them. */
    public Menus(List<MenuItem> startMenu, List<String> popular, List<String> reminderTopics, String fraudEntry,
                 Optional<String> stuckEntry) {
        this(startMenu, popular, reminderTopics, fraudEntry, stuckEntry, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** One button of the start menu: the words on it and the entry it opens. */
    public record MenuItem(String label, String entry) {
        public MenuItem {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(entry, "entry");
        }
    }

    /** The entry a start-menu button stands for, when {@code text} is exactly its label. */
    public Optional<String> entryForLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String label = text.strip();
        return startMenu.stream().filter(item -> item.label().equals(label)).map(MenuItem::entry).findFirst();
    }
}
