package org.pensionbot.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The mainland's provinces and prefecture-level cities ({@code place-names.txt}), as people name where they are: at the
 * start of a question ({@link LeadingPlace}) or as a follow-up ("我是广东的").
 */
public final class PlaceNames {

    /** Every name, longest first (黑龙江 before shorter names it contains), as one alternation. */
    static final String ALTERNATION = load();
    private static final Pattern ANY = Pattern.compile(ALTERNATION);

    private PlaceNames() {
    }

    /** The first place {@code text} names, if any. */
    public static Optional<String> namedIn(String text) {
        Matcher place = ANY.matcher(text == null ? "" : text);
        return place.find() ? Optional.of(place.group()) : Optional.empty();
    }

    private static String load() {
        try (InputStream in = PlaceNames.class.getResourceAsStream("place-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("place-names.txt is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#"))
                    .flatMap(line -> Arrays.stream(line.split("\\s+")))
                    .filter(name -> !name.isEmpty())
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
