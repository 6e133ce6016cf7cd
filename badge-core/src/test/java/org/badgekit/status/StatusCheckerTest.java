package org.badgekit.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.resolve.ResolvedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusCheckerTest {
    private static final String ISSUER = "did:web:issuer.example";
    private static final String LIST = "https://issuer.example/status/revocation/1";
    private static final String SUSPENSIONS = "https://issuer.example/status/suspension/1";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    private final Map<String, byte[]> served = new HashMap<>();
    private final DocumentResolver resolver = uri -> Optional.ofNullable(served.get(uri.toString()))
            .map(bytes -> ResolvedDocument.of(uri, bytes, "application/json"));
    private final StatusChecker checker = StatusChecker.of(resolver, CLOCK);

    @Test
    void reportsASetRevocationBitAsRevokedAndExposesTheListCredential() throws BadgeException {
        serveList(LIST, ISSUER, StatusPurpose.REVOCATION, 94_567);
        StatusResult result = checkOne(entry(LIST, "94567", "revocation"));
        assertThat(result.state()).isEqualTo(StatusResult.State.REVOKED);
        assertThat(result.invalidates()).isTrue();
        assertThat(result.message()).isEqualTo("revoked: entry 94567 of revocation list " + LIST + " is set");
        assertThat(result.pointer()).isEqualTo("/credentialStatus");
        assertThat(result.listUrl()).isEqualTo(LIST);
        assertThat(result.listCredential().get("id").asText()).isEqualTo(LIST);
        assertThat(result.listIssuedBy(ISSUER)).isTrue();
        assertThat(result.listIssuedBy("did:web:someone.else")).isFalse();
    }

    @Test
    void reportsAClearBitAsNotRevoked() throws BadgeException {
        serveList(LIST, ISSUER, StatusPurpose.REVOCATION, 94_567);
        StatusResult result = checkOne(entry(LIST, "94566", "revocation"));
        assertThat(result.state()).isEqualTo(StatusResult.State.NOT_REVOKED);
        assertThat(result.message()).isEqualTo("not revoked: entry 94566 of revocation list " + LIST + " is clear");
    }

    @Test
    void checksEveryEntryOfAnArrayAndReportsSuspension() throws BadgeException {
        serveList(LIST, ISSUER, StatusPurpose.REVOCATION);
        serveList(SUSPENSIONS, ISSUER, StatusPurpose.SUSPENSION, 5);
        ObjectNode credential = credential();
        credential.putArray("credentialStatus").add(entry(LIST, "5", "revocation")).add(entry(SUSPENSIONS, "5", "suspension"));
        List<StatusResult> results = checker.check(credential);
        assertThat(results).extracting(StatusResult::state)
                .containsExactly(StatusResult.State.NOT_REVOKED, StatusResult.State.SUSPENDED);
        assertThat(results).extracting(StatusResult::pointer).containsExactly("/credentialStatus/0", "/credentialStatus/1");
    }

    @Test
    void givesNoResultsForACredentialWithoutStatus() {
        assertThat(checker.check(credential())).isEmpty();
    }

    @Test
    void reportsUnknownWhenTheListCannotBeRetrieved() {
        StatusResult result = checkOne(entry(LIST, "1", "revocation"));
        assertUnknown(result, "status list " + LIST + " could not be retrieved");
        assertThat(result.listCredential()).isNull();
    }

    @Test
    void reportsUnknownWhenTheResolverFails() {
        DocumentResolver failing = uri -> {
            throw new BadgeException(BadgeException.Code.LIMIT_EXCEEDED, uri + ": 20000000 bytes exceeds the limit");
        };
        ObjectNode credential = credential();
        credential.set("credentialStatus", entry(LIST, "1", "revocation"));
        StatusResult result = StatusChecker.of(failing, CLOCK).check(credential).get(0);
        assertUnknown(result, "could not be retrieved: " + LIST + ": 20000000 bytes exceeds the limit");
    }

    @Test
    void reportsUnknownForAListIssuedBySomeoneElse() throws BadgeException {
        serveList(LIST, "did:web:attacker.example", StatusPurpose.REVOCATION);
        StatusResult result = checkOne(entry(LIST, "1", "revocation"));
        assertUnknown(result, "status list " + LIST + " is issued by did:web:attacker.example, not by the credential's issuer "
                + ISSUER);
        assertThat(result.listCredential()).isNotNull();
    }

    @Test
    void reportsUnknownForAListOfAnotherPurpose() throws BadgeException {
        serveList(LIST, ISSUER, StatusPurpose.SUSPENSION, 1);
        assertUnknown(checkOne(entry(LIST, "1", "revocation")),
                "status list " + LIST + " has statusPurpose [suspension], but the entry at /credentialStatus expects 'revocation'");
    }

    @Test
    void reportsUnknownForAnIndexOutsideTheList() throws BadgeException {
        serveList(LIST, ISSUER, StatusPurpose.REVOCATION);
        assertUnknown(checkOne(entry(LIST, "131072", "revocation")),
                "statusListIndex 131072 is outside status list " + LIST + " of 131072 entries");
    }

    @Test
    void reportsUnknownForNegativeOrNonNumericIndexes() throws BadgeException {
        serveList(LIST, ISSUER, StatusPurpose.REVOCATION);
        assertUnknown(checkOne(entry(LIST, "-1", "revocation")), "statusListIndex '-1' is not a non-negative base-10 integer");
        assertUnknown(checkOne(entry(LIST, "twelve", "revocation")), "statusListIndex 'twelve' is not a non-negative");
        assertUnknown(checkOne(entry(LIST, "1e3", "revocation")), "statusListIndex '1e3' is not");
        ObjectNode negative = entry(LIST, "0", "revocation");
        negative.put("statusListIndex", -4);
        assertUnknown(checkOne(negative), "statusListIndex -4 is not a non-negative integer");
        ObjectNode missing = entry(LIST, "0", "revocation");
        missing.remove("statusListIndex");
        assertUnknown(checkOne(missing), "statusListIndex is missing");
    }

    @Test
    void acceptsAnIndexGivenAsAJsonNumber() throws BadgeException {
        serveList(LIST, ISSUER, StatusPurpose.REVOCATION, 23);
        ObjectNode number = entry(LIST, "0", "revocation");
        number.put("statusListIndex", 23);
        assertThat(checkOne(number).state()).isEqualTo(StatusResult.State.REVOKED);
    }

    @Test
    void reportsUnknownForACorruptOrTooShortEncodedList() throws Exception {
        ObjectNode list = listCredential(LIST, ISSUER, StatusPurpose.REVOCATION);
        ((ObjectNode) list.get("credentialSubject")).put("encodedList", "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAA");
        serve(LIST, list);
        assertUnknown(checkOne(entry(LIST, "1", "revocation")), "status list " + LIST + ": encodedList: GZIP data is");

        ((ObjectNode) list.get("credentialSubject")).put("encodedList", BitstringTest.encodeRaw(new byte[128]));
        serve(LIST, list);
        assertUnknown(checkOne(entry(LIST, "1", "revocation")),
                "encodedList: decoded list has 1024 bits, the spec requires at least 131072");

        ((ObjectNode) list.get("credentialSubject")).put("encodedList", "zNotMultibaseBase64url");
        serve(LIST, list);
        assertUnknown(checkOne(entry(LIST, "1", "revocation")), "expected the multibase base64url prefix 'u'");
    }

    @Test
    void reportsUnknownForAnExpiredOrNotYetValidList() throws BadgeException {
        ObjectNode list = listCredential(LIST, ISSUER, StatusPurpose.REVOCATION);
        list.put("validUntil", "2026-11-01T00:00:00Z");
        serve(LIST, list);
        assertUnknown(checkOne(entry(LIST, "1", "revocation")),
                "status list " + LIST + " expired: validUntil 2026-11-01T00:00:00Z is before 2026-11-28T10:00:00Z");
        list.remove("validUntil");
        list.put("validFrom", "2027-01-01T00:00:00Z");
        serve(LIST, list);
        assertUnknown(checkOne(entry(LIST, "1", "revocation")), "is not valid yet");
        list.put("validFrom", "yesterday");
        serve(LIST, list);
        assertUnknown(checkOne(entry(LIST, "1", "revocation")), "has a malformed date 'yesterday'");
    }

    @Test
    void reportsUnknownForSomethingThatIsNotAStatusListCredential() throws BadgeException {
        served.put(LIST, "not json".getBytes(StandardCharsets.UTF_8));
        assertUnknown(checkOne(entry(LIST, "1", "revocation")), "status list " + LIST + ":1:5: malformed JSON");
        ObjectNode list = listCredential(LIST, ISSUER, StatusPurpose.REVOCATION);
        list.putArray("type").add("VerifiableCredential");
        serve(LIST, list);
        assertUnknown(checkOne(entry(LIST, "1", "revocation")),
                "has type [VerifiableCredential], expected BitstringStatusListCredential");
    }

    @Test
    void reportsUnknownForPurposesAndTypesItDoesNotDecide() throws BadgeException {
        serveList(LIST, ISSUER, StatusPurpose.REVOCATION);
        assertUnknown(checkOne(entry(LIST, "1", "message")), "statusPurpose 'message' is not revocation or suspension");
        ObjectNode other = JsonCodec.mapper().createObjectNode();
        other.put("id", "https://x.example/status");
        other.put("type", "CredentialStatusList2017");
        assertUnknown(checkOne(other), "credentialStatus type [CredentialStatusList2017] at /credentialStatus is not supported");
    }

    @Test
    void readsTheOlderStatusList2021Shape() throws BadgeException {
        ObjectNode list = listCredential(LIST, ISSUER, StatusPurpose.REVOCATION, 9);
        list.putArray("type").add("VerifiableCredential").add("StatusList2021Credential");
        serve(LIST, list);
        ObjectNode entry = entry(LIST, "9", "revocation");
        entry.put("type", "StatusList2021Entry");
        StatusResult result = checkOne(entry);
        assertThat(result.state()).isEqualTo(StatusResult.State.REVOKED);
        assertThat(result.type()).isEqualTo("StatusList2021Entry");
    }

    @Test
    void ignoresTheFragmentOfTheListUrlWhenResolving() throws BadgeException {
        serveList(LIST, ISSUER, StatusPurpose.REVOCATION, 2);
        assertThat(checkOne(entry(LIST + "#list", "2", "revocation")).state()).isEqualTo(StatusResult.State.REVOKED);
    }

    @Test
    void roundTripsAnAllocatedEntryThroughTheStoreAndTheChecker(@TempDir Path state)
            throws BadgeException {
        StatusListAllocator allocator = StatusListAllocator.newBuilder(state, "https://issuer.example/status/{purpose}/{list}")
                .build();
        StatusAllocation revokedOne = allocator.allocate(ISSUER, StatusPurpose.REVOCATION);
        StatusAllocation validOne = allocator.allocate(ISSUER, StatusPurpose.REVOCATION);
        StatusListStore store = StatusListStore.open(state, CLOCK);
        store.set(StatusListKey.of(ISSUER, revokedOne), revokedOne.index(), "urn:uuid:r", "test");
        serve(LIST, store.listCredential(StatusListKey.of(ISSUER, revokedOne), LIST));
        assertThat(revokedOne.statusListCredentialUrl()).isEqualTo(LIST);
        assertThat(checkOne(revokedOne.toEntry().toJson()).state()).isEqualTo(StatusResult.State.REVOKED);
        assertThat(checkOne(validOne.toEntry().toJson()).state()).isEqualTo(StatusResult.State.NOT_REVOKED);
    }

    private StatusResult checkOne(JsonNode entry) {
        ObjectNode credential = credential();
        credential.set("credentialStatus", entry);
        List<StatusResult> results = checker.check(credential);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private static void assertUnknown(StatusResult result, String expectedMessage) {
        assertThat(result.state()).isEqualTo(StatusResult.State.UNKNOWN);
        assertThat(result.invalidates()).isFalse();
        assertThat(result.message()).contains(expectedMessage);
    }

    static ObjectNode credential() {
        ObjectNode credential = JsonCodec.mapper().createObjectNode();
        credential.put("id", "urn:uuid:2a8d5a3e-0000-4000-8000-000000000001");
        credential.putObject("issuer").put("id", ISSUER).put("name", "Issuer");
        return credential;
    }

    static ObjectNode entry(String list, String index, String purpose) {
        ObjectNode entry = JsonCodec.mapper().createObjectNode();
        entry.put("id", list + "#" + index);
        entry.put("type", "BitstringStatusListEntry");
        entry.put("statusPurpose", purpose);
        entry.put("statusListIndex", index);
        entry.put("statusListCredential", list);
        return entry;
    }

    private void serveList(String url, String issuer, StatusPurpose purpose, int... set) throws BadgeException {
        serve(url, listCredential(url, issuer, purpose, set));
    }

    private void serve(String url, JsonNode document) {
        served.put(URI.create(url).toString(), JsonCodec.write(document).getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectNode listCredential(String url, String issuer, StatusPurpose purpose, int... set)
            throws BadgeException {
        Bitstring bits = Bitstring.empty();
        for (int index : set) {
            bits.set(index);
        }
        return BitstringStatusListCredential.newBuilder(url, issuer, purpose, bits)
                .validFrom(Instant.parse("2026-01-01T00:00:00Z")).toJson();
    }
}
