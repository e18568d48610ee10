package org.pensionbot.search;

import java.util.Arrays;
import java.util.List;

/**
 * The distinct terms of one text as sorted {@link TermCode}s, optionally with their readable form
 * (kept for questions, to show admins which words matched; dropped for the many indexed variants).
 */
final class TermSet {

    static final TermSet EMPTY = new TermSet(new long[0], null);

    private final long[] codes;
    private final String[] labels;

    /** @param codes sorted and distinct; {@code labels} null or of the same length and order */
    private TermSet(long[] codes, String[] labels) {
        this.codes = codes;
        this.labels = labels;
    }

    /**
     * Sorts and de-duplicates the first {@code size} codes (and labels, if given). Without labels
     * the {@code codes} array is reordered in place.
     */
    static TermSet of(long[] codes, String[] labels, int size) {
        if (labels == null) {
            // Sorted in place: the caller's buffer is scratch space (see TextTerms).
            Arrays.sort(codes, 0, size);
            int distinct = 0;
            for (int i = 0; i < size; i++) {
                if (i == 0 || codes[i] != codes[i - 1]) {
                    codes[distinct++] = codes[i];
                }
            }
            return new TermSet(Arrays.copyOf(codes, distinct), null);
        }
        long[] sortedCodes = Arrays.copyOf(codes, size);
        Arrays.sort(sortedCodes);
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            if (i == 0 || sortedCodes[i] != sortedCodes[i - 1]) {
                sortedCodes[distinct++] = sortedCodes[i];
            }
        }
        sortedCodes = Arrays.copyOf(sortedCodes, distinct);
        // A code's label is the one given with its first occurrence.
        String[] sortedLabels = new String[distinct];
        for (int i = 0; i < size; i++) {
            int at = Arrays.binarySearch(sortedCodes, codes[i]);
            if (sortedLabels[at] == null) {
                sortedLabels[at] = labels[i];
            }
        }
        return new TermSet(sortedCodes, sortedLabels);
    }

    /** All terms of the given sets, without labels. */
    static TermSet union(List<TermSet> sets) {
        if (sets.size() == 1 && sets.get(0).labels == null) {
            return sets.get(0);
        }
        int size = sets.stream().mapToInt(TermSet::size).sum();
        long[] codes = new long[size];
        int at = 0;
        for (TermSet set : sets) {
            System.arraycopy(set.codes, 0, codes, at, set.size());
            at += set.size();
        }
        return of(codes, null, size);
    }

    int size() {
        return codes.length;
    }

    boolean isEmpty() {
        return codes.length == 0;
    }

    long code(int index) {
        return codes[index];
    }

    /** The readable term, or null if this set does not keep them. */
    String label(int index) {
        return labels == null ? null : labels[index];
    }

    /** The position of {@code code} in this set, or a negative number if it is not in it. */
    int indexOf(long code) {
        return Arrays.binarySearch(codes, code);
    }

    boolean contains(long code) {
        return Arrays.binarySearch(codes, code) >= 0;
    }
}
