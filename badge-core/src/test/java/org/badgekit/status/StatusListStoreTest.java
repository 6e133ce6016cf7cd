package org.badgekit.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusListStoreTest {
    private static final String ISSUER = "did:web:issuer.example";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00.123Z"), ZoneOffset.UTC);
    private static final StatusListKey REVOCATION_1 = new StatusListKey(ISSUER, StatusPurpose.REVOCATION, 1);
    private static final StatusListKey SUSPENSION_1 = new StatusListKey(ISSUER, StatusPurpose.SUSPENSION, 1);

    @TempDir
    Path state;

    @Test
    void recordsARevocationThatSurvivesReopening() throws BadgeException {
        StatusListStore store = StatusListStore.open(state, CLOCK);
        assertThat(store.set(REVOCATION_1, 94_567, "urn:uuid:1", "issued in error")).isTrue();
        assertThat(store.set(REVOCATION_1, 94_567, "urn:uuid:1", "again")).isFalse();

        StatusListStore reopened = StatusListStore.open(state, CLOCK);
        assertThat(reopened.isSet(REVOCATION_1, 94_567)).isTrue();
        assertThat(reopened.isSet(REVOCATION_1, 94_566)).isFalse();
        assertThat(reopened.bits(REVOCATION_1).cardinality()).isEqualTo(1);
        assertThat(reopened.records(REVOCATION_1)).containsExactly(
                new StatusRecord(94_567, "urn:uuid:1", "issued in error", Instant.parse("2026-11-28T10:00:00Z")));
    }

    @Test
    void refusesToClearARevocationBecauseItIsIrreversible() throws BadgeException {
        StatusListStore store = StatusListStore.open(state, CLOCK);
        store.set(REVOCATION_1, 7, "urn:uuid:7", null);
        assertThatThrownBy(() -> store.clear(REVOCATION_1, 7)).isInstanceOfSatisfying(BadgeException.class, e -> {
            assertThat(e.code()).isEqualTo(BadgeException.Code.INVALID_ARGUMENT);
            assertThat(e.getMessage()).contains("revocation is irreversible");
        });
        assertThat(store.isSet(REVOCATION_1, 7)).isTrue();
    }

    @Test
    void liftsASuspension() throws BadgeException {
        StatusListStore store = StatusListStore.open(state, CLOCK);
        store.set(SUSPENSION_1, 12, "urn:uuid:12", "under review");
        assertThat(store.isSet(SUSPENSION_1, 12)).isTrue();
        assertThat(store.clear(SUSPENSION_1, 12)).isTrue();
        assertThat(store.clear(SUSPENSION_1, 12)).isFalse();
        assertThat(StatusListStore.open(state, CLOCK).isSet(SUSPENSION_1, 12)).isFalse();
        assertThat(store.records(SUSPENSION_1)).isEmpty();
    }

    @Test
    void keepsListsOfDifferentPurposesAndNumbersApart() throws BadgeException {
        StatusListStore store = StatusListStore.open(state, CLOCK);
        store.set(REVOCATION_1, 3, null, null);
        assertThat(store.isSet(SUSPENSION_1, 3)).isFalse();
        assertThat(store.isSet(new StatusListKey(ISSUER, StatusPurpose.REVOCATION, 2), 3)).isFalse();
        assertThat(store.isSet(new StatusListKey("https://other.example", StatusPurpose.REVOCATION, 1), 3)).isFalse();
    }

    @Test
    void refusesAnIndexOutsideTheList() {
        StatusListStore store = StatusListStore.open(state, CLOCK);
        assertThatThrownBy(() -> store.set(REVOCATION_1, Bitstring.MIN_BITS, null, null))
                .isInstanceOfSatisfying(BadgeException.class, e -> {
                    assertThat(e.code()).isEqualTo(BadgeException.Code.INVALID_ARGUMENT);
                    assertThat(e.getMessage()).isEqualTo("status index 131072 is outside revocation list 1 of 131072 entries");
                });
        assertThatThrownBy(() -> store.set(REVOCATION_1, -1, null, null)).isInstanceOf(BadgeException.class);
    }

    @Test
    void buildsTheUnsignedBitstringStatusListCredential() throws BadgeException {
        StatusListStore store = StatusListStore.open(state, CLOCK);
        store.set(REVOCATION_1, 0, "urn:uuid:0", null);
        String url = "https://issuer.example/status/revocation/1";
        JsonNode vc = store.listCredential(REVOCATION_1, url);
        assertThat(JsonCodec.write(vc.get("@context"))).isEqualTo("[\"https://www.w3.org/ns/credentials/v2\"]");
        assertThat(vc.get("id").asText()).isEqualTo(url);
        assertThat(JsonCodec.write(vc.get("type"))).isEqualTo("[\"VerifiableCredential\",\"BitstringStatusListCredential\"]");
        assertThat(vc.get("issuer").asText()).isEqualTo(ISSUER);
        assertThat(vc.get("validFrom").asText()).isEqualTo("2026-11-28T10:00:00Z");
        assertThat(vc.has("validUntil")).isFalse();
        JsonNode subject = vc.get("credentialSubject");
        assertThat(subject.get("id").asText()).isEqualTo(url + "#list");
        assertThat(subject.get("type").asText()).isEqualTo("BitstringStatusList");
        assertThat(subject.get("statusPurpose").asText()).isEqualTo("revocation");
        Bitstring published = Bitstring.decode(subject.get("encodedList").asText());
        assertThat(published.toByteArray()[0] & 0xff).isEqualTo(0x80);
        assertThat(published.cardinality()).isEqualTo(1);
    }

    @Test
    void listCredentialBuilderRefusesValidUntilBeforeValidFrom() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        assertThatThrownBy(() -> BitstringStatusListCredential
                .newBuilder("https://x.example/1", ISSUER, StatusPurpose.REVOCATION, Bitstring.empty())
                .validFrom(from).validUntil(from.minusSeconds(1)).toJson())
                .isInstanceOfSatisfying(BadgeException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("validUntil 2025-12-31T23:59:59Z is not after validFrom 2026-01-01T00:00:00Z"));
    }

    @Test
    void buildsTheOb2RevocationListFromRevokedAssertions() throws BadgeException {
        StatusListStore store = StatusListStore.open(state, CLOCK);
        String issuer = "https://issuer.example/profile";
        assertThat(store.revokeAssertion(issuer, "urn:uuid:a", "Honor code violation")).isTrue();
        assertThat(store.revokeAssertion(issuer, "urn:uuid:b", null)).isTrue();
        assertThat(store.revokeAssertion(issuer, "urn:uuid:a", "twice")).isFalse();
        store.revokeAssertion("https://someone.else", "urn:uuid:c", null);

        List<RevokedAssertion> revoked = StatusListStore.open(state, CLOCK).revokedAssertions(issuer);
        assertThat(revoked).extracting(RevokedAssertion::id).containsExactly("urn:uuid:a", "urn:uuid:b");
        JsonNode list = store.ob2RevocationList(issuer, "https://issuer.example/revocations.json");
        assertThat(JsonCodec.write(list)).isEqualTo("{\"@context\":\"https://w3id.org/openbadges/v2\","
                + "\"id\":\"https://issuer.example/revocations.json\",\"type\":\"RevocationList\","
                + "\"issuer\":\"https://issuer.example/profile\",\"revokedAssertions\":["
                + "{\"id\":\"urn:uuid:a\",\"revocationReason\":\"Honor code violation\"},{\"id\":\"urn:uuid:b\"}]}");
    }

    @Test
    void refusesADamagedListFileNamingIt() throws Exception {
        StatusListStore store = StatusListStore.open(state, CLOCK);
        store.set(REVOCATION_1, 1, null, null);
        Path file;
        try (var files = Files.list(state.resolve("status").resolve("lists"))) {
            file = files.filter(p -> p.toString().endsWith("-revocation-1.json")).findFirst().orElseThrow();
        }
        Files.writeString(file, "{\"version\":1}");
        assertThatThrownBy(() -> store.isSet(REVOCATION_1, 1)).isInstanceOfSatisfying(BadgeException.class, e -> {
            assertThat(e.code()).isEqualTo(BadgeException.Code.MALFORMED_INPUT);
            assertThat(e.getMessage()).startsWith(file.toString()).contains("damaged");
        });
    }

    @Test
    void givesNewListsTheSizeTheAllocatorRecorded() throws BadgeException {
        StatusListAllocator allocator = StatusListAllocator.newBuilder(state, "https://issuer.example/s/{purpose}/{list}")
                .listSize(Bitstring.MIN_BITS * 2).build();
        StatusAllocation allocation = allocator.allocate(ISSUER, StatusPurpose.REVOCATION);
        assertThat(allocator.allocatedLists()).containsExactly(Map.entry(REVOCATION_1, Bitstring.MIN_BITS * 2));
        StatusListStore store = StatusListStore.open(state, CLOCK);
        assertThat(store.set(REVOCATION_1, Bitstring.MIN_BITS * 2 - 1, "urn:uuid:last", null)).isTrue();
        assertThat(store.bits(REVOCATION_1).size()).isEqualTo(Bitstring.MIN_BITS * 2);
        assertThat(store.isSet(REVOCATION_1, allocation.index())).isFalse();
    }

    @Test
    void losesNoChangeWhenSeveralStoreInstancesWriteConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    StatusListStore own = StatusListStore.open(state, CLOCK);
                    for (int i = 0; i < 25; i++) {
                        own.set(REVOCATION_1, thread * 1000 + i, "urn:uuid:" + thread + "-" + i, null);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        StatusListStore store = StatusListStore.open(state, CLOCK);
        assertThat(store.bits(REVOCATION_1).cardinality()).isEqualTo(100);
        assertThat(store.records(REVOCATION_1)).hasSize(100);
    }
}
