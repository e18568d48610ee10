package org.pensionbot.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.ArrayList;
import java.util.List;
import org.pensionbot.ProvokedFailure;

/**
 * Keeps the log lines of failures that tests cause on purpose out of the build output, and only
 * those: an event whose exception (or any cause) is a {@link ProvokedFailure}, and the events
 * listed in {@code logback-test.xml} as {@code <expected>logger | text</expected>}, each of which
 * only a test that fakes an outage or a bad token can cause. Everything else passes, so a real
 * error still shows.
 */
public final class ProvokedFailureFilter extends Filter<ILoggingEvent> {

    private static final String PROVOKED = ProvokedFailure.class.getName();

    /** Logger name and a text the formatted message contains. */
    private record Expected(String logger, String text) {
    }

    private final List<Expected> expected = new ArrayList<>();

    /** Called by logback for every {@code <expected>} element: {@code logger name | text in the message}. */
    public void addExpected(String spec) {
        int bar = spec.indexOf('|');
        if (bar < 0) {
            addError("<expected> must read 'logger | text', was '" + spec + "'");
            return;
        }
        expected.add(new Expected(spec.substring(0, bar).strip(), spec.substring(bar + 1).strip()));
    }

    @Override
    public FilterReply decide(ILoggingEvent event) {
        for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
            if (PROVOKED.equals(cause.getClassName())) {
                return FilterReply.DENY;
            }
        }
        for (Expected line : expected) {
            if (line.logger().equals(event.getLoggerName()) && event.getFormattedMessage().contains(line.text())) {
                return FilterReply.DENY;
            }
        }
        return FilterReply.NEUTRAL;
    }
}
