package org.badgekit.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Base64;
import org.badgekit.BadgeException;
import org.badgekit.bake.BakedPayload;
import org.badgekit.bake.Baker;
import org.badgekit.json.JsonCodec;
import org.badgekit.sign.DataIntegrityVerifier;
import org.badgekit.sign.ProofResult;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.status.Bitstring;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusAndBadgesTest {
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

    private static JsonNode issue(String email) throws Exception {
        ApiFixture.Answer answer = api.post("/credentials/issue", ApiFixture.issueBody(ApiFixture.credential(email)));
        assertThat(answer.status()).isEqualTo(201);
        return answer.body().get("verifiableCredential");
    }

    private static ObjectNode statusBody(String id, String status) {
        ObjectNode body = JsonCodec.mapper().createObjectNode();
        body.put("credentialId", id);
        body.putArray("credentialStatus").addObject().put("type", "BitstringStatusListEntry").put("status", status);
        return body;
    }

    @Test
    void aRevokedCredentialNoLongerVerifiesAndTheSignedListShowsItsBit() throws Exception {
        JsonNode vc = issue("revoke-me@example.org");
        JsonNode other = issue("keep-me@example.org");
        assertThat(api.post("/credentials/verify", ApiFixture.verifyBody(vc)).status()).isEqualTo(200);

        ApiFixture.Answer revoked = api.post("/credentials/status", statusBody(vc.path("id").asText(), "revoked"));
        ApiFixture.Answer again = api.post("/credentials/status", statusBody(vc.path("id").asText(), "revoked"));

        assertThat(revoked.status()).as(revoked.body().toString()).isEqualTo(200);
        assertThat(revoked.body().path("changed").asBoolean()).isTrue();
        assertThat(again.body().path("changed").asBoolean()).isFalse();
        ApiFixture.Answer verified = api.post("/credentials/verify", ApiFixture.verifyBody(vc));
        assertThat(verified.status()).isEqualTo(422);
        assertThat(verified.body().path("errors").toString()).contains("status.revoked");
        assertThat(api.post("/credentials/verify", ApiFixture.verifyBody(other)).status()).isEqualTo(200);

        String listUrl = vc.path("credentialStatus").path("statusListCredential").asText();
        String number = listUrl.replaceAll(".*-([0-9]+)\\.json$", "$1");
        ApiFixture.Answer list = api.get("/status/revocation/" + number);
        assertThat(list.status()).isEqualTo(200);
        JsonNode listCredential = list.body();
        assertThat(listCredential.path("id").asText()).isEqualTo(listUrl);
        java.util.List<ProofResult> proofs = DataIntegrityVerifier.create(DocumentResolver.offline())
                .verify((ObjectNode) listCredential);
        assertThat(proofs).singleElement().satisfies(proof -> assertThat(proof.signatureValid()).isTrue());
        Bitstring bits = Bitstring.decode(listCredential.path("credentialSubject").path("encodedList").asText());
        assertThat(bits.get(vc.path("credentialStatus").path("statusListIndex").asInt())).isTrue();
        assertThat(bits.get(other.path("credentialStatus").path("statusListIndex").asInt())).isFalse();
    }

    @Test
    void refusesToReactivateARevokedCredentialOrToSuspendOne() throws Exception {
        String id = issue("final@example.org").path("id").asText();
        api.post("/credentials/status", statusBody(id, "revoked"));

        ApiFixture.Answer active = api.post("/credentials/status", statusBody(id, "active"));
        ApiFixture.Answer suspended = api.post("/credentials/status", statusBody(issue("s@example.org").path("id").asText(),
                "suspended"));
        ApiFixture.Answer unknown = api.post("/credentials/status", statusBody("urn:uuid:00000000-0000-4000-8000-000000000000",
                "revoked"));

        assertThat(active.status()).isEqualTo(422);
        assertThat(active.body().path("error").path("message").asText()).contains("irreversible");
        assertThat(suspended.status()).isEqualTo(422);
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void answers404ForAStatusListThatDoesNotExist() throws Exception {
        assertThat(api.get("/status/revocation/99").status()).isEqualTo(404);
        assertThat(api.get("/status/bogus/1").status()).isEqualTo(404);
    }

    @Test
    void issuesABadgeFromBatchRowFieldsBakedIntoAPng() throws Exception {
        ObjectNode row = JsonCodec.mapper().createObjectNode();
        row.put("email", "Maija.Meikalainen@Example.org").put("name", "Maija Meikäläinen").put("badge", "workplace-instructor")
                .put("lang", "fi").put("valid_until", "2030-05-31").put("evidence_url", "https://portfolio.example.org/maija");

        ApiFixture.Answer answer = api.post("/badges/issue?bake=png", row);

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        JsonNode vc = answer.body().get("verifiableCredential");
        assertThat(vc.path("validUntil").asText()).isEqualTo("2030-05-31T23:59:59Z");
        assertThat(answer.body().path("language").asText()).isEqualTo("fi");
        assertThat(answer.body().path("image").path("mediaType").asText()).isEqualTo("image/png");
        byte[] png = Base64.getDecoder().decode(answer.body().path("image").path("base64").asText());
        BakedPayload baked = Baker.create().extract(png);
        assertThat(baked.payload()).contains(vc.path("id").asText());
        assertThat(api.post("/credentials/verify", ApiFixture.verifyBody(vc)).status()).isEqualTo(200);
    }

    @Test
    void refusesABadgeRowWithAnUnknownBadgeOrField() throws Exception {
        ObjectNode unknownBadge = JsonCodec.mapper().createObjectNode().put("email", "a@example.org").put("badge", "no-such-badge");
        ObjectNode typo = JsonCodec.mapper().createObjectNode().put("email", "a@example.org").put("badge", "workplace-instructor")
                .put("valid_untill", "2030-01-01");

        ApiFixture.Answer badge = api.post("/badges/issue", unknownBadge);
        ApiFixture.Answer field = api.post("/badges/issue", typo);

        assertThat(badge.status()).isEqualTo(422);
        assertThat(badge.body().path("error").path("pointer").asText()).isEqualTo("/badge");
        assertThat(field.status()).isEqualTo(422);
        assertThat(field.body().path("error").path("pointer").asText()).isEqualTo("/valid_untill");
    }
}
