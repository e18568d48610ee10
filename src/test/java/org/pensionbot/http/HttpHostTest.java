package org.pensionbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpHostTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void servesTheRoutesOfEveryPartOnOnePort() throws Exception {
        HttpHost.Routes hello = config -> config.routes.get("/hello", ctx -> ctx.result("你好"));
        HttpHost.Routes ping = config -> config.routes.get("/ping", ctx -> ctx.result("pong"));
        try (HttpHost host = HttpHost.start("127.0.0.1", 0, List.of(hello, ping))) {
            assertThat(get(host, "/hello").body()).isEqualTo("你好");
            assertThat(get(host, "/ping").body()).isEqualTo("pong");
            assertThat(get(host, "/hello").headers().firstValue("Server")).isEmpty();
        }
    }

    @Test
    void refusesABodyLargerThanAnyRouteNeeds() throws Exception {
        HttpHost.Routes echo = config -> config.routes.post("/echo", ctx -> ctx.result(ctx.body()));
        try (HttpHost host = HttpHost.start("127.0.0.1", 0, List.of(echo))) {
            String huge = "字".repeat((int) HttpHost.MAX_REQUEST_BYTES);
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(host, "/echo"))
                    .POST(HttpRequest.BodyPublishers.ofString(huge)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
        }
    }

    private HttpResponse<String> get(HttpHost host, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(host, path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(HttpHost host, String path) {
        return URI.create("http://127.0.0.1:" + host.port() + path);
    }
}
