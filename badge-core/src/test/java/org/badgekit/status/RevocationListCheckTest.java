package org.badgekit.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.resolve.ResolvedDocument;
import org.junit.jupiter.api.Test;

class RevocationListCheckTest {
    private static final String ISSUER = "did:web:issuer.example";
    private static final String LIST = "https://issuer.example/revocations";
    private static final String OB2_LIST = "https://example.org/revocationList.json";
    private static final String OB2_ISSUER = "https://example.org/issuer";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    private final Map<String, String> served = new HashMap<>();
    private final DocumentResolver resolver = uri -> Optional.ofNullable(served.get(uri.toString()))
            .map(json -> ResolvedDocument.of(uri, json.getBytes(StandardCharsets.UTF_8), "application/json"));
    private final StatusChecker checker = StatusChecker.of(resolver, CLOCK);

    @Test
    void findsACredentialInA1EdTechListUnderEitherPropertyName() {
        String id = StatusCheckerTest.credential().get("id").asText();
        for (String property : List.of("revokedCredentials", "revokedCredential")) {
            served.put(LIST, "{\"id\":\"" + LIST + "\",\"issuer\":\"" + ISSUER + "\",\"" + property + "\":["
                    + "{\"id\":\"urn:uuid:other\"},{\"id\":\"" + id + "\",\"revoked\":true,\"revocationReason\":\"fraud\"}]}");
            StatusResult result = check1EdTech();
            assertThat(result.state()).as(property).isEqualTo(StatusResult.State.REVOKED);
            assertThat(result.reason()).isEqualTo("fraud");
            assertThat(result.message()).isEqualTo("revoked: revocation list " + LIST + " lists " + id + " (reason: fraud)");
        }
    }

    @Test
    void treatsAListed1EdTechEntryWithRevokedFalseOrAnUnlistedCredentialAsNotRevoked() {
        String id = StatusCheckerTest.credential().get("id").asText();
        served.put(LIST, "{\"revokedCredentials\":[{\"id\":\"" + id + "\",\"revoked\":false}]}");
        assertThat(check1EdTech().state()).isEqualTo(StatusResult.State.NOT_REVOKED);
        served.put(LIST, "{\"revokedCredentials\":[\"urn:uuid:someone-else\"]}");
        StatusResult result = check1EdTech();
        assertThat(result.state()).isEqualTo(StatusResult.State.NOT_REVOKED);
        assertThat(result.message()).isEqualTo("not revoked: revocation list " + LIST + " does not list " + id);
    }

    @Test
    void reportsUnknownFor1EdTechListsThatCannotAnswer() {
        assertThat(check1EdTech().message()).contains("could not be retrieved");
        served.put(LIST, "{\"id\":\"" + LIST + "\",\"revoked\":[]}");
        assertThat(check1EdTech().message())
                .isEqualTo("revocation list " + LIST + " has neither a revokedCredentials nor a revokedCredential array");
        served.put(LIST, "{\"issuer\":\"did:web:attacker.example\",\"revokedCredentials\":[]}");
        StatusResult result = check1EdTech();
        assertThat(result.state()).isEqualTo(StatusResult.State.UNKNOWN);
        assertThat(result.message()).contains("is issued by did:web:attacker.example, not by the credential's issuer " + ISSUER);
    }

    @Test
    void matchesOb2AssertionsByStringIdObjectIdOrLegacyUid() {
        served.put(OB2_LIST, "{\"@context\":\"https://w3id.org/openbadges/v2\",\"id\":\"" + OB2_LIST + "\",\"type\":"
                + "\"RevocationList\",\"issuer\":\"" + OB2_ISSUER + "\",\"revokedAssertions\":[\"urn:uuid:plain\","
                + "{\"id\":\"urn:uuid:object\",\"revocationReason\":\"Honor code violation\"},"
                + "{\"uid\":\"abc123\",\"revocationReason\":\"Issued in error.\"}]}");
        assertThat(checker.checkOb2(OB2_LIST, "urn:uuid:plain", null, OB2_ISSUER).state())
                .isEqualTo(StatusResult.State.REVOKED);
        StatusResult object = checker.checkOb2(OB2_LIST, "urn:uuid:object", null, OB2_ISSUER);
        assertThat(object.state()).isEqualTo(StatusResult.State.REVOKED);
        assertThat(object.reason()).isEqualTo("Honor code violation");
        StatusResult uid = checker.checkOb2(OB2_LIST, "https://example.org/assertions/9", "abc123", OB2_ISSUER);
        assertThat(uid.state()).isEqualTo(StatusResult.State.REVOKED);
        assertThat(uid.reason()).isEqualTo("Issued in error.");
        StatusResult valid = checker.checkOb2(OB2_LIST, "urn:uuid:fine", "zzz", OB2_ISSUER);
        assertThat(valid.state()).isEqualTo(StatusResult.State.NOT_REVOKED);
        assertThat(valid.type()).isEqualTo("RevocationList");
    }

    @Test
    void reportsUnknownForOb2ListsOfAnotherIssuerOrShape() {
        served.put(OB2_LIST, "{\"type\":\"RevocationList\",\"issuer\":\"https://evil.example\",\"revokedAssertions\":[]}");
        assertThat(checker.checkOb2(OB2_LIST, "urn:uuid:x", null, OB2_ISSUER).message())
                .isEqualTo("status list " + OB2_LIST + " is issued by https://evil.example, not by the credential's issuer "
                        + OB2_ISSUER);
        served.put(OB2_LIST, "{\"type\":\"Issuer\",\"revokedAssertions\":[]}");
        assertThat(checker.checkOb2(OB2_LIST, "urn:uuid:x", null, OB2_ISSUER).message())
                .isEqualTo("revocation list " + OB2_LIST + " has type [Issuer], expected RevocationList");
        served.put(OB2_LIST, "{\"type\":\"RevocationList\"}");
        assertThat(checker.checkOb2(OB2_LIST, "urn:uuid:x", null, OB2_ISSUER).state()).isEqualTo(StatusResult.State.UNKNOWN);
    }

    private StatusResult check1EdTech() {
        ObjectNode credential = StatusCheckerTest.credential();
        credential.putObject("credentialStatus").put("id", LIST).put("type", "1EdTechRevocationList");
        List<StatusResult> results = checker.check(credential);
        assertThat(results).hasSize(1);
        assertThat(results.get(0).type()).isEqualTo("1EdTechRevocationList");
        return results.get(0);
    }
}
