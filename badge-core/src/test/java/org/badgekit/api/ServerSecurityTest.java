package org.badgekit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.badgekit.BadgeException;
import org.badgekit.issue.DidMethod;
import org.badgekit.issue.Workspace;
import org.badgekit.json.JsonCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerSecurityTest {
    @TempDir
    static Path temp;
    static ApiFixture api;

    @BeforeAll
    static void startServer() throws BadgeException {
        api = ApiFixture.start(temp.resolve("ws"));
    }

    @AfterAll
    static void stopServer() throws BadgeException {
        api.close();
    }

    @Test
    void issuingWithoutOrWithAWrongTokenIsUnauthorized() throws Exception {
        String body = JsonCodec.write(ApiFixture.issueBody(ApiFixture.credential("a@example.org")));

        ApiFixture.Answer missing = api.post("/credentials/issue", body, false);
        ApiFixture.Answer wrong = api.post("/credentials/issue", body, false, "Authorization", "Bearer not-the-token");
        ApiFixture.Answer statusMissing = api.post("/credentials/status", "{}", false);
        ApiFixture.Answer badgesMissing = api.post("/badges/issue", "{}", false);

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(missing.body().path("error").path("code").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(statusMissing.status()).isEqualTo(401);
        assertThat(badgesMissing.status()).isEqualTo(401);
        assertThat(String.join("\n", api.log)).doesNotContain(api.token);
    }

    @Test
    void verifyingNeedsNoToken() throws Exception {
        ApiFixture.Answer answer = api.post("/credentials/verify", "{\"verifiableCredential\": {\"a\": 1}}", false);

        assertThat(answer.status()).isIn(400, 422);
        assertThat(answer.body().path("verified").asBoolean(true)).isFalse();
    }

    @Test
    void refusesAnOversizedBodyWith413WhetherItsLengthIsDeclaredOrStreamed() throws Exception {
        byte[] big = new byte[200 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpRequest declared = HttpRequest.newBuilder(api.server.uri().resolve("/credentials/issue"))
                .header("Authorization", "Bearer " + api.token).POST(HttpRequest.BodyPublishers.ofByteArray(big)).build();
        HttpRequest streamed = HttpRequest.newBuilder(api.server.uri().resolve("/credentials/verify"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();

        ApiFixture.Answer declaredAnswer = ApiFixture.answer(api.client.send(declared, HttpResponse.BodyHandlers.ofString()));
        ApiFixture.Answer streamedAnswer = ApiFixture.answer(api.client.send(streamed, HttpResponse.BodyHandlers.ofString()));

        assertThat(declaredAnswer.status()).isEqualTo(413);
        assertThat(declaredAnswer.body().path("error").path("code").asText()).isEqualTo("LIMIT_EXCEEDED");
        assertThat(streamedAnswer.status()).isEqualTo(413);
    }

    @Test
    void refusesToServeWithoutATokenOnANonLoopbackAddress() throws Exception {
        assertThatThrownBy(() -> ApiServer.newBuilder(api.workspace, api.workspace.keys(null)).noAuth(true)
                .bindAddress(InetAddress.getByName("0.0.0.0")).build())
                .isInstanceOfSatisfying(BadgeException.class, e -> {
                    assertThat(e.code()).isEqualTo(BadgeException.Code.INVALID_ARGUMENT);
                    assertThat(e.getMessage()).contains("0.0.0.0", "--no-auth");
                });
        assertThatThrownBy(() -> ApiServer.newBuilder(api.workspace, api.workspace.keys(null)).build())
                .isInstanceOf(BadgeException.class).hasMessageContaining("token");
    }

    @Test
    void createsTheTokenFileOwnerOnlyOnceAndReadsItBack() throws Exception {
        Path file = temp.resolve("token-test").resolve("api-token");

        ApiToken created = ApiToken.loadOrCreate(file, new SecureRandom());
        ApiToken again = ApiToken.loadOrCreate(file, new SecureRandom());

        assertThat(created.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.value()).isEqualTo(created.value()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
        assertThat(created.toString()).doesNotContain(created.value());
    }

    @Test
    void answersAnUnexpectedFailureWithAGeneric500AndLogsTheDetailOnly() throws Exception {
        List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();  // handlers append from server threads
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/boom", new ApiHandler("/boom", false, "GET", null, 0, request -> {
            throw new IllegalStateException("secret internal detail");
        }, log::add));
        server.start();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/boom"))
                    .GET().build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).doesNotContain("secret", "Exception", "at org.");
            assertThat(JsonCodec.parse("answer", response.body()).path("error").path("code").asText()).isEqualTo("INTERNAL");
            assertThat(String.join("\n", log)).contains("secret internal detail");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void servesHttpsWithASelfSignedCertificateThatATrustingClientAccepts() throws Exception {
        Workspace workspace = ApiFixture.workspace(temp.resolve("tls"), DidMethod.KEY);
        TlsSetup tls = TlsSetup.selfSigned(List.of("localhost", "127.0.0.1"), Clock.systemUTC(), new SecureRandom());
        assertThat(tls.sha256Fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        try (ApiServer server = ApiServer.newBuilder(workspace, workspace.keys(null)).port(0).token("a-token-of-enough-length")
                .tls(tls).log(line -> { }).build().start()) {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("api", tls.certificate());
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), new SecureRandom());
            HttpClient client = HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(10)).build();

            assertThat(server.uri().getScheme()).isEqualTo("https");
            HttpRequest request = HttpRequest.newBuilder(server.uri().resolve("/credentials/issue"))
                    .header("Authorization", "Bearer a-token-of-enough-length")
                    .POST(HttpRequest.BodyPublishers.ofString(JsonCodec.write(ApiFixture.issueBody(
                            ApiFixture.credential("tls@example.org"))))).build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(JsonCodec.parse("answer", response.body()).path("verifiableCredential").path("proof").isObject()).isTrue();
            HttpClient untrusting = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            assertThatThrownBy(() -> untrusting.send(request, HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(javax.net.ssl.SSLHandshakeException.class);
        }
    }
}
