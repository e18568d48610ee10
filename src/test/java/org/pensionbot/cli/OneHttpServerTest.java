package org.pensionbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pensionbot.config.ConfigException;
import org.pensionbot.config.HttpConfig;
import org.pensionbot.config.WebConfig;

/** Beside Telegram, the webhook, health, metrics and the web chat share one HTTP server. */
class OneHttpServerTest {

    @Test
    void noWebhookNoPageAndNoPortServesNoHttp() {
        assertThat(TelegramCommand.server(Map.of(), false, Optional.empty())).isEmpty();
    }

    @Test
    void theWebhookAloneGetsTheDefaultPort() {
        assertThat(TelegramCommand.server(Map.of(), true, Optional.empty()))
                .contains(new HttpConfig(HttpConfig.DEFAULT_HOST, HttpConfig.DEFAULT_PORT));
    }

    @Test
    void thePageBesideTelegramBringsItsOwnPortForEverything() {
        Map<String, String> env = Map.of("WEB_PORT", "9090", "WEB_HOST", "0.0.0.0");

        assertThat(TelegramCommand.server(env, true, WebConfig.besideTelegram(env)))
                .contains(new HttpConfig("0.0.0.0", 9090));
    }

    @Test
    void theSamePortNamedTwiceIsOneServer() {
        Map<String, String> env = Map.of("WEB_PORT", "9090", "HTTP_PORT", "9090");

        assertThat(TelegramCommand.server(env, false, WebConfig.besideTelegram(env))).map(HttpConfig::port).contains(9090);
    }

    @Test
    void twoDifferentPortsAreRefusedWithBothNamed() {
        Map<String, String> env = Map.of("WEB_PORT", "9090", "HTTP_PORT", "8080");

        assertThatThrownBy(() -> TelegramCommand.server(env, false, WebConfig.besideTelegram(env)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("WEB_PORT (9090)").hasMessageContaining("HTTP_PORT (8080)");
    }
}
