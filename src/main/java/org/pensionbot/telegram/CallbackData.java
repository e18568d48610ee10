package org.pensionbot.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code callback_data} of an inline button: a short prefix naming what the button does and a
 * few arguments, written {@code prefix:arg1:arg2}, for example {@code a:alipay-self} or
 * {@code s:alipay-self:2}.
 *
 * <p>Buttons carry ids, never text, because Telegram allows 64 <em>bytes</em> (about 21 Chinese
 * characters). {@link #encode} refuses anything longer, so a button that could be rejected by
 * Telegram is never built. Immutable.
 *
 * @param prefix what the button does, e.g. {@code a} for "answer this entry"
 * @param args the arguments, none containing {@code ':'}
 */
public record CallbackData(String prefix, List<String> args) {

    /** Telegram's limit on {@code callback_data}, in UTF-8 bytes. */
    public static final int MAX_BYTES = 64;

    private static final String SEPARATOR = ":";
    private static final Pattern PREFIX = Pattern.compile("[a-z0-9_]{1,8}");

    public CallbackData {
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

    public static CallbackData of(String prefix, String... args) {
        return new CallbackData(prefix, Arrays.asList(args));
    }

    /** True when {@code prefix} can name a kind of button. */
    public static boolean isValidPrefix(String prefix) {
        return prefix != null && PREFIX.matcher(prefix).matches();
    }

    /**
     * The wire form, or empty when it would exceed {@link #MAX_BYTES} (a very long entry id):
     * callers leave such a button out rather than send one Telegram would reject.
     */
    public Optional<String> encode() {
        String data = args.isEmpty() ? prefix : prefix + SEPARATOR + String.join(SEPARATOR, args);
        return data.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES ? Optional.of(data) : Optional.empty();
    }

    /** Reads the wire form; empty for null, blank or malformed data (old or forged buttons). */
    public static Optional<CallbackData> parse(String data) {
        if (data == null || data.isBlank() || data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.empty();
        }
        String[] parts = data.split(SEPARATOR, -1);
        if (!PREFIX.matcher(parts[0]).matches()) {
            return Optional.empty();
        }
        return Optional.of(new CallbackData(parts[0], Arrays.asList(parts).subList(1, parts.length)));
    }

    /** The argument at {@code index}, or empty when the button has fewer arguments. */
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
