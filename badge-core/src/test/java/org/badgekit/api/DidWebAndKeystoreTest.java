package org.badgekit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.badgekit.BadgeException;
import org.badgekit.issue.DidMethod;
import org.badgekit.issue.Workspace;
import org.badgekit.json.JsonCodec;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DidWebAndKeystoreTest {
    @TempDir
    Path temp;

    @Test
    void aDidWebIssuerSignsDataIntegrityAndRs256VcJwtThatItsOwnVerifierBindsToItsDidDocument() throws Exception {
        Workspace workspace = ApiFixture.workspace(temp.resolve("web"), DidMethod.WEB);
        try (ApiFixture api = ApiFixture.start(workspace)) {
            ApiFixture.Answer di = api.post("/credentials/issue", ApiFixture.issueBody(ApiFixture.credential("w@example.org")));
            ObjectNode jwtBody = ApiFixture.issueBody(ApiFixture.credential("w@example.org"));
            jwtBody.putObject("options").put("format", "jwt");
            ApiFixture.Answer jwt = api.post("/credentials/issue", jwtBody);
            assertThat(di.status()).isEqualTo(201);
            assertThat(jwt.status()).isEqualTo(201);
            JsonNode vc = di.body().get("verifiableCredential");
            assertThat(vc.path("proof").path("verificationMethod").asText()).isEqualTo(workspace.issuerId() + "#key-1");

            for (JsonNode credential : new JsonNode[] {vc, jwt.body().get("verifiableCredential")}) {
                ApiFixture.Answer verified = api.post("/credentials/verify", ApiFixture.verifyBody(credential));
                assertThat(verified.status()).as(verified.body().toString()).isEqualTo(200);
                assertThat(verified.body().path("checks").toString()).contains("proof.key-binding");
            }
        }
    }

    @Test
    void servesHttpsFromAPkcs12KeyStoreAndRefusesAWrongPassword() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair pair = generator.generateKeyPair();
        Instant now = Instant.now();
        X500Name name = new X500Name("CN=localhost");
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.TEN,
                Date.from(now.minus(1, ChronoUnit.HOURS)), Date.from(now.plus(1, ChronoUnit.DAYS)), name, pair.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", pair.getPrivate(), "store-secret".toCharArray(), new Certificate[] {certificate});
        Path file = temp.resolve("server.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, "store-secret".toCharArray());
        }

        assertThatThrownBy(() -> TlsSetup.pkcs12(file, "wrong".toCharArray(), new SecureRandom()))
                .isInstanceOfSatisfying(BadgeException.class, e -> assertThat(e.code()).isEqualTo(BadgeException.Code.KEY_ERROR));
        TlsSetup tls = TlsSetup.pkcs12(file, "store-secret".toCharArray(), new SecureRandom());
        assertThat(tls.certificate()).isEqualTo(certificate);

        Workspace workspace = ApiFixture.workspace(temp.resolve("ws"), DidMethod.KEY);
        try (ApiServer server = ApiServer.newBuilder(workspace, workspace.keys(null)).port(0).noAuth(true).tls(tls)
                .log(line -> { }).build().start()) {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("api", certificate);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), new SecureRandom());
            HttpRequest request = HttpRequest.newBuilder(server.uri().resolve("/credentials/issue"))
                    .POST(HttpRequest.BodyPublishers.ofString(JsonCodec.write(ApiFixture.issueBody(
                            ApiFixture.credential("p12@example.org"))))).build();

            HttpResponse<String> response = HttpClient.newBuilder().sslContext(context).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        }
    }
}
