package org.badgekit.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialEndpointsTest {
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

    private static JsonNode issue(ObjectNode credential) throws Exception {
        ApiFixture.Answer answer = api.post("/credentials/issue", ApiFixture.issueBody(credential));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return answer.body().get("verifiableCredential");
    }

    @Test
    void issuesACredentialWithOneProofObjectThatVerifies() throws Exception {
        JsonNode vc = issue(ApiFixture.credential("ada@example.org"));

        assertThat(vc.path("issuer").path("id").asText()).isEqualTo(api.workspace.issuerId());
        assertThat(vc.path("id").asText()).startsWith("urn:uuid:");
        assertThat(vc.path("proof").isObject()).isTrue();
        assertThat(vc.path("proof").path("cryptosuite").asText()).isEqualTo("eddsa-rdfc-2022");
        assertThat(vc.path("credentialStatus").path("type").asText()).isEqualTo("BitstringStatusListEntry");

        ApiFixture.Answer verified = api.post("/credentials/verify", ApiFixture.verifyBody(vc));
        assertThat(verified.status()).as(verified.body().toString()).isEqualTo(200);
        assertThat(verified.body().path("verified").asBoolean()).isTrue();
        assertThat(verified.body().path("errors")).isEmpty();
        assertThat(verified.body().path("checks").toString()).contains("proof.signature", "status.revoked");
    }

    @Test
    void refusesToVerifyACredentialWhoseSubjectWasAltered() throws Exception {
        ObjectNode vc = (ObjectNode) issue(ApiFixture.credential("ada@example.org"));
        ((ObjectNode) vc.path("credentialSubject").path("achievement")).put("name", "Master Instructor");

        ApiFixture.Answer verified = api.post("/credentials/verify", ApiFixture.verifyBody(vc));

        assertThat(verified.status()).isEqualTo(422);
        assertThat(verified.body().path("verified").asBoolean()).isFalse();
        assertThat(verified.body().path("errors").toString()).contains("proof.signature");
    }

    @Test
    void issuesAVcJwtInTheEnvelopedFormAndVerifiesItEnvelopedAndAsAPlainString() throws Exception {
        ObjectNode body = ApiFixture.issueBody(ApiFixture.credential("bo@example.org"));
        body.putObject("options").put("format", "jwt");
        ApiFixture.Answer answer = api.post("/credentials/issue", body);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        JsonNode envelope = answer.body().get("verifiableCredential");
        assertThat(envelope.path("type").asText()).isEqualTo("EnvelopedVerifiableCredential");
        String id = envelope.path("id").asText();
        assertThat(id).startsWith("data:application/vc+jwt,ey");

        ApiFixture.Answer enveloped = api.post("/credentials/verify", ApiFixture.verifyBody(envelope));
        assertThat(enveloped.status()).as(enveloped.body().toString()).isEqualTo(200);
        String token = id.substring(id.indexOf(',') + 1);
        ApiFixture.Answer plain = api.post("/credentials/verify",
                ApiFixture.verifyBody(JsonCodec.mapper().getNodeFactory().textNode(token)));
        assertThat(plain.status()).as(plain.body().toString()).isEqualTo(200);
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        ApiFixture.Answer bad = api.post("/credentials/verify",
                ApiFixture.verifyBody(JsonCodec.mapper().getNodeFactory().textNode(tampered)));
        assertThat(bad.status()).isIn(400, 422);
        assertThat(bad.body().path("verified").asBoolean()).isFalse();
    }

    @Test
    void refusesAnUndefinedTermNamingItsPointer() throws Exception {
        ObjectNode credential = ApiFixture.credential("ada@example.org");
        ((ObjectNode) credential.get("credentialSubject")).put("favouriteColour", "green");

        ApiFixture.Answer answer = api.post("/credentials/issue", ApiFixture.issueBody(credential));

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(422);
        assertThat(answer.body().path("error").path("message").asText()).contains("favouriteColour");
        assertThat(answer.body().path("error").path("pointer").asText()).startsWith("/credential/credentialSubject");
    }

    @Test
    void refusesAContextThatRedefinesAProtectedTerm() throws Exception {
        ObjectNode credential = ApiFixture.credential("ada@example.org");
        credential.withArray("@context").addObject().put("name", "https://evil.example/name");

        ApiFixture.Answer answer = api.post("/credentials/issue", ApiFixture.issueBody(credential));

        assertThat(answer.status()).as(answer.body().toString()).isIn(400, 422);
        assertThat(answer.body().path("error").path("message").asText()).isNotBlank();
    }

    @Test
    void refusesAnIssuerThatIsNotTheWorkspaces() throws Exception {
        ObjectNode credential = ApiFixture.credential("ada@example.org");
        credential.put("issuer", "did:web:someone-else.example");

        ApiFixture.Answer answer = api.post("/credentials/issue", ApiFixture.issueBody(credential));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().path("error").path("pointer").asText()).isEqualTo("/credential/issuer");
        assertThat(answer.body().path("error").path("message").asText()).contains("did:web:someone-else.example");
    }

    @Test
    void refusesVcDataModelViolationsWithTheirPointers() throws Exception {
        ObjectNode noVcType = ApiFixture.credential("a@example.org");
        noVcType.putArray("type").add("OpenBadgeCredential");
        ObjectNode v1Context = ApiFixture.credential("a@example.org");
        v1Context.withArray("@context").set(0, JsonCodec.mapper().getNodeFactory().textNode("https://www.w3.org/2018/credentials/v1"));
        ObjectNode noSubject = ApiFixture.credential("a@example.org");
        noSubject.remove("credentialSubject");
        ObjectNode badDate = ApiFixture.credential("a@example.org");
        badDate.put("validFrom", "2026-13-01");
        ObjectNode backwards = ApiFixture.credential("a@example.org");
        backwards.put("validFrom", "2026-06-01T00:00:00Z").put("validUntil", "2026-05-01T00:00:00Z");

        assertThat(pointerOf(noVcType)).isEqualTo("/credential/type");
        assertThat(pointerOf(v1Context)).isEqualTo("/credential/@context");
        assertThat(pointerOf(noSubject)).isEqualTo("/credential/credentialSubject");
        assertThat(pointerOf(badDate)).isEqualTo("/credential/validFrom");
        assertThat(pointerOf(backwards)).isEqualTo("/credential/validUntil");
    }

    private static String pointerOf(ObjectNode credential) throws Exception {
        ApiFixture.Answer answer = api.post("/credentials/issue", ApiFixture.issueBody(credential));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(422);
        return answer.body().path("error").path("pointer").asText();
    }

    @Test
    void answers400ForMalformedJsonAndForABodyThatIsNotAnObject() throws Exception {
        ApiFixture.Answer broken = api.post("/credentials/issue", "{\"credential\": ", true);
        ApiFixture.Answer array = api.post("/credentials/issue", "[1, 2]", true);
        ApiFixture.Answer verifyBroken = api.post("/credentials/verify", "not json", false);

        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body().path("error").path("code").asText()).isEqualTo("MALFORMED_INPUT");
        assertThat(array.status()).isEqualTo(400);
        assertThat(array.body().path("error").path("message").asText()).contains("expected a JSON object");
        assertThat(verifyBroken.status()).isEqualTo(400);
    }

    @Test
    void verifiesACredentialIssuedByTheDigitalBazaarLibrariesAndRejectsItTampered() throws Exception {
        JsonNode peer;
        try (InputStream in = getClass().getResourceAsStream("/api/node-ob3-di.json")) {
            peer = JsonCodec.parse("node-ob3-di.json", in.readAllBytes());
        }

        ApiFixture.Answer verified = api.post("/credentials/verify", ApiFixture.verifyBody(peer));
        assertThat(verified.status()).as(verified.body().toString()).isEqualTo(200);
        assertThat(verified.body().path("checks").toString()).contains("proof.signature");

        ObjectNode tampered = peer.deepCopy();
        tampered.put("name", "Something Else");
        ApiFixture.Answer rejected = api.post("/credentials/verify", ApiFixture.verifyBody(tampered));
        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.body().path("verified").asBoolean()).isFalse();
    }

    @Test
    void writesAnIssuedCredentialForTheNodeHarnessWhenAsked() throws Exception {
        JsonNode vc = issue(ApiFixture.credential("node@example.org"));
        assertThat(vc.path("proof").path("proofValue").asText()).startsWith("z");
        String export = System.getProperty("badgekit.api.export");
        if (export != null && !export.isBlank()) {
            Files.createDirectories(Path.of(export));
            Files.writeString(Path.of(export, "api-issued-ob3-di.json"), JsonCodec.writePretty(vc));
        }
    }

    @Test
    void answersNotFoundAndMethodNotAllowedAsJson() throws IOException, InterruptedException {
        ApiFixture.Answer missing = api.get("/nothing/here");
        ApiFixture.Answer wrongMethod = api.get("/credentials/issue");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().path("error").path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).isEqualTo("POST");
    }

    @Test
    void reportsAnErrorWhenACheckAskedForInOptionsDidNotRun() throws Exception {
        JsonNode vc = issue(ApiFixture.credential("checks@example.org"));
        ObjectNode body = ApiFixture.verifyBody(vc);
        ((ObjectNode) body.get("options")).putArray("checks").add("proof").add("endorsement.signature");

        ApiFixture.Answer answer = api.post("/credentials/verify", body);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().path("errors").toString()).contains("endorsement.signature", "/options/checks");
    }
}
