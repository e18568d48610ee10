package org.pensionbot.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The mainland's provinces and prefecture-level cities ({@code place-names.txt}), as people name where they are: at the
 * start of a question ({@link LeadingPlace}) or as a follow-up ("我是广东的").
 */
public final class PlaceNames {

    /** A city line: its province, a colon, the cities. */
    private static final Pattern PROVINCE_PREFIX = Pattern.compile("^(\\S+):\\s*(.*)$");

    /** The province of every city listed under one. */
    private static final Map<String, String> PROVINCE_OF_CITY = new HashMap<>();
    /** Every name, longest first (黑龙江 before shorter names it contains), as one alternation. */
    static final String ALTERNATION = load();
    private static final Pattern ANY = Pattern.compile(ALTERNATION);

    private PlaceNames() {
    }

    /** Every name as one regular-expression alternation, longest first: to read a place inside a larger pattern. */
    public static String alternation() {
        return ALTERNATION;
    }

    /** The first place {@code text} names, if any. */
    public static Optional<String> namedIn(String text) {
        Matcher place = ANY.matcher(text == null ? "" : text);
        return place.find() ? Optional.of(place.group()) : Optional.empty();
    }

    /**
     * The province a city is in ("深圳" → "广东"): answers speak of provinces ("广东的粤省事"), people of their city. Empty for
     * a province or a municipality itself.
     */
    public static Optional<String> provinceOf(String city) {
        return Optional.ofNullable(PROVINCE_OF_CITY.get(city));
    }

    private static String load() {
        try (InputStream in = PlaceNames.class.getResourceAsStream("place-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("place-names.txt is missing from the jar");
            }
            List<String> names = new ArrayList<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .forEach(line -> {
                        Matcher cityLine = PROVINCE_PREFIX.matcher(line.strip());
                        List<String> listed = Arrays.asList((cityLine.matches() ? cityLine.group(2) : line).strip().split("\\s+"));
                        if (cityLine.matches()) {
                            listed.forEach(city -> PROVINCE_OF_CITY.put(city, cityLine.group(1)));
                        }
                        names.addAll(listed);
                    });
            return names.stream()
                    .distinct()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
