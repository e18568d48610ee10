package org.pensionbot.dialog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The opaque id of a {@link Choice}: a short prefix naming what choosing it does and a few
 * arguments, written {@code prefix:arg1:arg2}, for example {@code a:alipay-self} ("answer this
 * entry") or {@code s:alipay-self:2} ("show step 2"). Every channel sends it back unchanged when
 * the person taps: Telegram as a button's {@code callback_data}, the web page in its API call.
 *
 * <p>Ids carry ids, never text, and fit Telegram's limit of 64 <em>bytes</em> (about 21 Chinese
 * characters): {@link #encode} refuses anything longer, so a choice that one channel could not
 * offer is offered by none. Immutable.
 *
 * @param prefix what choosing does, e.g. {@code a} for "answer this entry"
 * @param args the arguments, none containing {@code ':'}
 */
public record ChoiceId(String prefix, List<String> args) {

    /** Telegram's limit on {@code callback_data}, in UTF-8 bytes: the strictest channel's. */
    public static final int MAX_BYTES = 64;

    private static final String SEPARATOR = ":";
    private static final Pattern PREFIX = Pattern.compile("[a-z0-9_]{1,8}");

    public ChoiceId {
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("callback prefix must be 1-8 of [a-z0-9_] (was '" + prefix + "')");
        }
        args = List.copyOf(args);
        for (String arg : args) {
            if (arg.contains(SEPARATOR)) {
                throw new IllegalArgumentException("callback argument must not contain ':' (was '" + arg + "')");
            }
        }
    }

    public static ChoiceId of(String prefix, String... args) {
        return new ChoiceId(prefix, Arrays.asList(args));
    }

    /** True when {@code prefix} can name a kind of choice. */
    public static boolean isValidPrefix(String prefix) {
        return prefix != null && PREFIX.matcher(prefix).matches();
    }

    /**
     * The wire form, or empty when it would exceed {@link #MAX_BYTES} (a very long entry id):
     * callers leave such a choice out rather than offer one Telegram would reject.
     */
    public Optional<String> encode() {
        String data = args.isEmpty() ? prefix : prefix + SEPARATOR + String.join(SEPARATOR, args);
        return data.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES ? Optional.of(data) : Optional.empty();
    }

    /** Reads the wire form; empty for null, blank or malformed data (old or forged choices). */
    public static Optional<ChoiceId> parse(String data) {
        if (data == null || data.isBlank() || data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.empty();
        }
        String[] parts = data.split(SEPARATOR, -1);
        if (!PREFIX.matcher(parts[0]).matches()) {
            return Optional.empty();
        }
        return Optional.of(new ChoiceId(parts[0], Arrays.asList(parts).subList(1, parts.length)));
    }

    /** The argument at {@code index}, or empty when the id has fewer arguments. */
    public Optional<String> arg(int index) {
        return index < args.size() ? Optional.of(args.get(index)) : Optional.empty();
    }

    /** The argument at {@code index} as a positive whole number, or empty. */
    public Optional<Integer> intArg(int index) {
        return arg(index).flatMap(text -> {
            try {
                int value = Integer.parseInt(text);
                return value > 0 ? Optional.of(value) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
