package org.pensionbot.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pensionbot.privacy.PersonalData;
import org.pensionbot.telegram.LogIds;

/**
 * The production logging configuration ({@code src/main/resources/logback.xml}) in both formats:
 * {@code LOG_FORMAT=json} writes one JSON object per line with the same, already masked, message
 * the text format prints.
 */
class LogFormatTest {

    private static final long CHAT = 123_456_789_012L;
    private static final String PHONE = "13812345678";

    @Test
    void jsonLinesCarryTheSameMaskedMessageAsText() throws Exception {
        String text = logWith("text");
        JsonNode json = new ObjectMapper().readTree(logWith("json").strip());

        String message = json.path("formattedMessage").asText();
        assertThat(json.path("level").asText()).isEqualTo("INFO");
        assertThat(json.path("loggerName").asText()).isEqualTo("org.pensionbot.telegram.OutboundQueue");
        assertThat(text).contains(message);
        assertThat(json.toString()).doesNotContain(Long.toString(CHAT)).doesNotContain(PHONE);
        assertThat(json.has("arguments")).as("raw arguments are left out").isFalse();
    }

    /** What one production log line looks like in {@code format}. */
    private static String logWith(String format) throws Exception {
        LoggerContext context = new LoggerContext();
        context.putProperty("LOG_FORMAT", format);
        context.setMDCAdapter(new LogbackMDCAdapter());
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
            context.getLogger("org.pensionbot.telegram.OutboundQueue").info("Not sent to chat {}: {}", LogIds.chat(CHAT),
                    PersonalData.mask("请打 " + PHONE));
        } finally {
            context.stop();
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
