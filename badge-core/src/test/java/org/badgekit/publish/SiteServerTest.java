package org.badgekit.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.badgekit.BadgeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteServerTest {
    @TempDir
    Path temp;

    private Path site;
    private SiteServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void serve() throws Exception {
        site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(temp.resolve("secret.txt"), "outside the site");
        Files.createDirectories(site.resolve(".well-known"));
        Files.writeString(site.resolve(".well-known/did.json"), "{\"@context\":[\"https://www.w3.org/ns/did/v1\"],\"id\":\"did:web:x\"}");
        Files.createDirectories(site.resolve("keys"));
        Files.writeString(site.resolve("keys/jwks.json"), "{\"keys\":[]}");
        Files.createDirectories(site.resolve("badges/a/v1/en"));
        Files.writeString(site.resolve("badges/a/v1/en/index.json"), "{\"@context\":\"x\",\"id\":\"a\"}");
        Files.writeString(site.resolve("badges/a/v1/index.html"), "<!DOCTYPE html><title>a</title>");
        Files.write(site.resolve("badges/a/v1/en/image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(site.resolve("badges/a/v1/en/image.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Files.createDirectories(site.resolve("assertions"));
        Files.writeString(site.resolve("assertions/gone.json"), "{\"id\":\"x\",\"revoked\":true}");
        Files.writeString(site.resolve("assertions/kept.json"), "{\"@context\":\"https://w3id.org/openbadges/v2\"}");
        Files.createDirectories(site.resolve(".badgekit"));
        Files.writeString(site.resolve(SitePaths.GONE_LIST), "assertions/gone.json\n");
        server = SiteServer.start(site, new InetSocketAddress("127.0.0.1", 0));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesEachKindOfFileWithItsContentType() throws Exception {
        assertThat(get(".well-known/did.json").headers().firstValue("Content-Type")).hasValue("application/ld+json");
        assertThat(get("keys/jwks.json").headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(get("badges/a/v1/en/image.png").headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(get("badges/a/v1/en/image.svg").headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        HttpResponse<String> page = get("badges/a/v1/");
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
        assertThat(get("badges/a/v1/en/image.png").headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void aFolderUrlServesItsJsonIndexAndPagesToBrowsers() throws Exception {
        HttpResponse<String> achievement = get("badges/a/v1/en");
        assertThat(achievement.statusCode()).isEqualTo(200);
        assertThat(achievement.body()).isEqualTo("{\"@context\":\"x\",\"id\":\"a\"}");
        HttpResponse<String> html = client.send(HttpRequest.newBuilder(server.uri().resolve("badges/a/v1"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(html.body()).startsWith("<!DOCTYPE html>");
    }

    @Test
    void revokedHostedAssertionsAnswerGoneWithTheirRevocationAndOthersNotFound() throws Exception {
        HttpResponse<String> gone = get("assertions/gone.json");
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("\"revoked\":true");
        assertThat(get("assertions/kept.json").statusCode()).isEqualTo(200);
        assertThat(get("assertions/missing.json").statusCode()).isEqualTo(404);
        Files.writeString(site.resolve(SitePaths.GONE_LIST), "assertions/gone.json\nassertions/kept.json\n");
        assertThat(get("assertions/kept.json").statusCode()).isEqualTo(410);
    }

    @Test
    void neverServesAnythingOutsideTheFolderNorItsBookkeeping() throws Exception {
        Files.createSymbolicLink(site.resolve("link.txt"), temp.resolve("secret.txt"));
        for (String path : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/badges/../../secret.txt", "/..%2fsecret.txt",
            "/%2e%2e%2fsecret.txt", "/..\\secret.txt", "/..%5csecret.txt", "/link.txt", "/.badgekit/gone.txt",
            "/assertions/%00gone.json", "//etc/passwd"}) {
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(response).as(path).doesNotContain("outside the site").doesNotContain("assertions/gone.json")
                    .doesNotStartWith("HTTP/1.1 200");
        }
        assertThat(SiteServer.sitePath("/a/../b")).isNull();
        assertThat(SiteServer.sitePath("/.well-known/did.json")).isEqualTo(".well-known/did.json");
    }

    @Test
    void answersOnlyGetAndHead() throws Exception {
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(server.uri().resolve("keys/jwks.json"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        HttpResponse<String> head = client.send(HttpRequest.newBuilder(server.uri().resolve("keys/jwks.json"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void refusesAFolderThatDoesNotExistAndAPortInUse() {
        assertThatThrownBy(() -> SiteServer.start(temp.resolve("nope"), new InetSocketAddress("127.0.0.1", 0)))
                .isInstanceOfSatisfying(BadgeException.class, e -> assertThat(e.code()).isEqualTo(BadgeException.Code.NOT_FOUND));
        assertThatThrownBy(() -> SiteServer.start(site, new InetSocketAddress("127.0.0.1", server.port())))
                .isInstanceOfSatisfying(BadgeException.class, e -> assertThat(e.code()).isEqualTo(BadgeException.Code.IO_ERROR))
                .hasMessageContaining("cannot serve");
    }

    private HttpResponse<String> get(String path) throws Exception {
        URI uri = server.uri().resolve(path);
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
