package org.badgekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.badgekit.BadgeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a server on the loopback interface (so no network): limits, redirects, statuses, address refusal. */
class HttpResolverTest {
    private HttpServer server;
    private String base;
    private final List<String> accepts = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/doc", exchange -> {
            accepts.add(exchange.getRequestHeaders().getFirst("Accept"));
            respond(exchange, 200, "{\"id\":\"doc\"}");
        });
        server.createContext("/gone", exchange -> respond(exchange, 410, ""));
        server.createContext("/missing", exchange -> respond(exchange, 404, "not here"));
        server.createContext("/big", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < 64; i++) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client hangs up once it has read past its cap
            }
        });
        server.createContext("/hop", exchange -> {
            int n = Integer.parseInt(exchange.getRequestURI().getQuery());
            exchange.getResponseHeaders().add("Location", n == 0 ? "/doc" : "/hop?" + (n - 1));
            respond(exchange, 302, "");
        });
        server.createContext("/to-file", exchange -> {
            exchange.getResponseHeaders().add("Location", "file:///etc/passwd");
            respond(exchange, 301, "");
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private HttpResolver local() throws BadgeException {
        return HttpResolver.newBuilder().allowPrivateAddresses(true).maxBytes(1024 * 1024).build();
    }

    @Test
    void fetchesJsonAskingForJsonLd() throws Exception {
        ResolvedDocument document = local().resolve(URI.create(base + "/doc#key-1")).orElseThrow();

        assertThat(new String(document.content(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"doc\"}");
        assertThat(document.status()).isEqualTo(200);
        assertThat(accepts).containsExactly("application/ld+json, application/json");
    }

    @Test
    void returnsGoneAndOtherStatusesAsDocuments() throws Exception {
        assertThat(local().resolve(URI.create(base + "/gone")).orElseThrow().gone()).isTrue();
        assertThat(local().resolve(URI.create(base + "/missing")).orElseThrow().status()).isEqualTo(404);
    }

    @Test
    void followsThreeRedirectsButNotFour() throws Exception {
        assertThat(local().resolve(URI.create(base + "/hop?2")).orElseThrow().status()).isEqualTo(200);
        assertThatThrownBy(() -> local().resolve(URI.create(base + "/hop?3")))
                .isInstanceOf(BadgeException.class).hasMessageContaining("more than 3 redirects");
    }

    @Test
    void refusesRedirectToAnotherScheme() {
        assertThatThrownBy(() -> local().resolve(URI.create(base + "/to-file")))
                .isInstanceOf(BadgeException.class).hasMessageContaining("file:///etc/passwd")
                .hasMessageContaining("only http and https");
    }

    @Test
    void stopsReadingAtTheSizeCap() {
        assertThatThrownBy(() -> local().resolve(URI.create(base + "/big")))
                .isInstanceOf(BadgeException.class)
                .satisfies(e -> assertThat(((BadgeException) e).code()).isEqualTo(BadgeException.Code.LIMIT_EXCEEDED))
                .hasMessageContaining("1048576 bytes");
    }

    @Test
    void refusesLoopbackUnlessAllowed() {
        assertThatThrownBy(() -> HttpResolver.newBuilder().build().resolve(URI.create(base + "/doc")))
                .isInstanceOf(BadgeException.class).hasMessageContaining("refused").hasMessageContaining("127.0.0.1");
        assertThat(accepts).isEmpty();
    }

    @Test
    void leavesOtherSchemesToOtherResolvers() throws Exception {
        HttpResolver resolver = HttpResolver.newBuilder().build();

        assertThat(resolver.resolve(URI.create("did:web:example.com"))).isEmpty();
        assertThat(resolver.resolve(URI.create("file:///etc/passwd"))).isEmpty();
        assertThat(resolver.resolve(URI.create("urn:uuid:0b1c7a2e-6f3e-4c1b-9c62-1f3c0a7e5d21"))).isEmpty();
    }

    @Test
    void classifiesLocalAddresses() throws Exception {
        for (String local : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
                "100.64.0.1", "::1", "fe80::1", "fd00::1")) {
            assertThat(HttpResolver.isLocal(InetAddress.getByName(local))).as(local).isTrue();
        }
        for (String global : List.of("93.184.216.34", "8.8.8.8", "2606:4700::1111")) {
            assertThat(HttpResolver.isLocal(InetAddress.getByName(global))).as(global).isFalse();
        }
    }
}
