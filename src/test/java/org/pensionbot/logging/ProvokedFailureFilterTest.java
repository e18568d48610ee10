package org.pensionbot.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;
import org.pensionbot.ProvokedFailure;
import org.slf4j.LoggerFactory;

/** The test log hides failures tests cause on purpose, and nothing else. */
class ProvokedFailureFilterTest {

    private final ProvokedFailureFilter filter = configuredFilter();

    @Test
    void aRealErrorWithAStackTraceShows() {
        assertThat(filter.decide(event("org.pensionbot.admin.CorpusReloader", "Corpus reload failed unexpectedly",
                new IllegalStateException("a real bug")))).isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void aProvokedFailureIsHiddenAlsoAsTheCauseOfAnother() {
        assertThat(filter.decide(event("org.pensionbot.telegram.TelegramBot", "A Telegram extension failed",
                new RuntimeException("wrapped", new ProvokedFailure("bug in an extension"))))).isEqualTo(FilterReply.DENY);
    }

    @Test
    void aListedLineIsHiddenOnlyFromItsOwnLogger() {
        String message = "Dropped sendmessage to chat …42: gave up after 4 tries (500)";

        assertThat(filter.decide(event("org.pensionbot.telegram.OutboundQueue", message, null))).isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(event("org.pensionbot.telegram.MessageHandler", message, null))).isEqualTo(FilterReply.NEUTRAL);
    }

    /** The filter exactly as logback-test.xml configures it. */
    private static ProvokedFailureFilter configuredFilter() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Appender<?> appender = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        assertThat(appender).as("logback-test.xml's STDERR appender").isNotNull();
        return appender.getCopyOfAttachedFiltersList().stream()
                .filter(ProvokedFailureFilter.class::isInstance).map(ProvokedFailureFilter.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("logback-test.xml attaches the ProvokedFailureFilter"));
    }

    private static LoggingEvent event(String logger, String message, Throwable thrown) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        return new LoggingEvent(Logger.class.getName(), context.getLogger(logger), Level.ERROR, message, thrown, null);
    }
}
