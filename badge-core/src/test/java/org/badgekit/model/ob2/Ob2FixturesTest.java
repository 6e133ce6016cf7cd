package org.badgekit.model.ob2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.badgekit.json.JsonCodec;
import org.badgekit.model.Fixtures;
import org.badgekit.model.JsonEquivalence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The project's own OB 2.0 documents, read into the right records and written back unchanged. */
class Ob2FixturesTest {

    @ParameterizedTest
    @CsvSource({
        "ob2/assertion-hosted.json, Assertion",
        "ob2/assertion-signed-embedded.json, Assertion",
        "ob2/assertion-revoked.json, Assertion",
        "ob2/badgeclass.json, BadgeClass",
        "ob2/issuer.json, Profile",
        "ob2/revocation-list.json, RevocationList",
        "ob2/cryptographic-key.json, CryptographicKey",
        "ob2/endorsement.json, Endorsement"})
    void readsAndWritesBackEachDocumentAsTheSameJson(String name, String type) throws Exception {
        @SuppressWarnings("unchecked")
        Class<? extends Record> recordType = (Class<? extends Record>) Class.forName("org.badgekit.model.ob2." + type);
        JsonNode original = JsonCodec.parse(name, Fixtures.bytes(name));

        Record model = Ob2Json.read(name, original, recordType);
        JsonNode written = Ob2Json.toTree(model);

        assertThat(JsonEquivalence.difference(original, written)).isEmpty();
        assertThat(Ob2Json.read("again", written, recordType)).isEqualTo(model);
    }

    @Test
    void keepsWhetherTheBadgeWasLinkedOrEmbedded() throws Exception {
        Assertion hosted = Ob2Json.readAssertion("h", Fixtures.bytes("ob2/assertion-hosted.json"));
        Assertion signed = Ob2Json.readAssertion("s", Fixtures.bytes("ob2/assertion-signed-embedded.json"));

        assertThat(hosted.badge().isEmbedded()).isFalse();
        assertThat(hosted.badge().iri()).isEqualTo("https://badges.example.fi/ob2/badges/learning-ambassador.json");
        assertThat(signed.badge().embedded()).get().extracting(BadgeClass::name).isEqualTo("Learning Ambassador");
        BadgeClass badge = signed.badge().object();
        assertThat(badge.issuer().object().email()).isEqualTo("badges@example.fi");
        assertThat(badge.image().object().author()).isEqualTo("https://badges.example.fi");
        assertThat(badge.criteria().object().narrative()).isEqualTo("Plans and gives feedback.");
        assertThat(Ob2Json.toTree(signed).get("badge").isObject()).isTrue();
        assertThat(Ob2Json.toTree(hosted).get("badge").isTextual()).isTrue();
    }

    @Test
    void readsEvidenceThatMixesUrlsAndObjects() throws Exception {
        Assertion hosted = Ob2Json.readAssertion("h", Fixtures.bytes("ob2/assertion-hosted.json"));

        assertThat(hosted.evidence()).hasSize(2);
        assertThat(hosted.evidence().get(0).object().name()).isEqualTo("Portfolio");
        assertThat(hosted.evidence().get(1).iri()).isEqualTo("https://portfolio.example.org/learner/42/video");
        assertThat(hosted.extensions()).containsKey("extensions:recipientProfile");
    }

    @Test
    void readsARevokedStubWithOnlyIdAndRevoked() throws Exception {
        Assertion revoked = Ob2Json.readAssertion("r", Fixtures.bytes("ob2/assertion-revoked.json"));

        assertThat(revoked.revoked()).isTrue();
        assertThat(revoked.revocationReason()).isEqualTo("Issued in error");
        assertThat(revoked.badge()).isNull();
    }

    @Test
    void matchesTheHashedRecipient() throws Exception {
        Assertion hosted = Ob2Json.readAssertion("h", Fixtures.bytes("ob2/assertion-hosted.json"));

        assertThat(hosted.recipient().matches("learner@example.org")).isTrue();
        assertThat(hosted.recipient().matches("other@example.org")).isFalse();
    }

    @Test
    void readsTheIssuerPolicyAndKeys() throws Exception {
        Profile issuer = Ob2Json.readProfile("i", Fixtures.bytes("ob2/issuer.json"));
        CryptographicKey key = Ob2Json.readCryptographicKey("k", Fixtures.bytes("ob2/cryptographic-key.json"));
        RevocationList list = Ob2Json.readRevocationList("l", Fixtures.bytes("ob2/revocation-list.json"));

        assertThat(issuer.verification().allowedOrigins()).containsExactly("badges.example.fi");
        assertThat(issuer.verification().startsWith()).containsExactly("https://badges.example.fi/ob2/assertions/");
        assertThat(issuer.publicKey()).extracting(Ref::iri).containsExactly(key.id());
        assertThat(key.owner()).isEqualTo(issuer.id());
        assertThat(key.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(list.revokedAssertions()).hasSize(2);
    }

    @Test
    void writesSingleValuedMultiPropertiesAsSingleValuesLikeOb2Documents() throws Exception {
        BadgeClass badge = BadgeClass.newBuilder()
                .id("https://example.org/badge.json")
                .name("Badge").description("d")
                .criteria(Ref.of("https://example.org/criteria"))
                .issuer(Ref.of("https://example.org/issuer.json"))
                .build();

        JsonNode written = Ob2Json.toTree(badge);

        assertThat(written.get("@context").asText()).isEqualTo("https://w3id.org/openbadges/v2");
        assertThat(written.get("type").asText()).isEqualTo("BadgeClass");
        assertThat(written.has("alignment")).isFalse();
    }

    @Test
    void findsRevokedAssertionsByIdOrLegacyUid() throws Exception {
        RevocationList list = Ob2Json.readRevocationList("l", Fixtures.bytes("ob2/revocation-list.json"));

        assertThat(list.entryFor("urn:uuid:0f0e0d0c-0b0a-4909-8807-060504030201", null)).get()
                .extracting(Ref::iri).isEqualTo("urn:uuid:0f0e0d0c-0b0a-4909-8807-060504030201");
        assertThat(list.entryFor("https://badges.example.fi/ob2/assertions/7.json", null)).get()
                .extracting(entry -> entry.object().get("revocationReason").asText()).isEqualTo("Issued in error");
        assertThat(list.entryFor("https://badges.example.fi/ob2/assertions/42.json", null)).isEmpty();
    }
}
