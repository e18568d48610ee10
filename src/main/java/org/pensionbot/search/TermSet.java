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

    /**
     * All terms of the given sets, without labels: merged pairwise, as sorted sets merge in one
     * pass each (sorting the concatenation of an answer's thirty-odd lines anew was 7.5 % of a
     * 10,000-entry build).
     */
    static TermSet union(List<TermSet> sets) {
        if (sets.isEmpty()) {
            return EMPTY;
        }
        long[][] merged = new long[sets.size()][];
        for (int i = 0; i < merged.length; i++) {
            merged[i] = sets.get(i).codes;
        }
        for (int count = merged.length; count > 1; count = (count + 1) / 2) {
            for (int i = 0; i < count / 2; i++) {
                merged[i] = merge(merged[2 * i], merged[2 * i + 1]);
            }
            if (count % 2 == 1) {
                merged[count / 2] = merged[count - 1];
            }
        }
        return merged[0] == sets.get(0).codes && sets.get(0).labels == null ? sets.get(0) : new TermSet(merged[0], null);
    }

    /** The sorted distinct codes of both sorted distinct arrays; one of them itself when the other is empty. */
    private static long[] merge(long[] first, long[] second) {
        if (second.length == 0) {
            return first;
        }
        if (first.length == 0) {
            return second;
        }
        long[] merged = new long[first.length + second.length];
        int i = 0;
        int j = 0;
        int size = 0;
        while (i < first.length && j < second.length) {
            long a = first[i];
            long b = second[j];
            if (a <= b) {
                merged[size++] = a;
                i++;
                if (a == b) {
                    j++;
                }
            } else {
                merged[size++] = b;
                j++;
            }
        }
        while (i < first.length) {
            merged[size++] = first[i++];
        }
        while (j < second.length) {
            merged[size++] = second[j++];
        }
        return size == merged.length ? merged : Arrays.copyOf(merged, size);
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
