package org.badgekit.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import org.badgekit.BadgeException;
import org.junit.jupiter.api.Test;

class DidWebTest {

    @Test
    void derivesDidWebIdentifiersFromHostPortAndPath() throws BadgeException {
        assertThat(DidWeb.didFor(URI.create("https://example.org"))).isEqualTo("did:web:example.org");
        assertThat(DidWeb.didFor(URI.create("https://Example.org/issuers/1"))).isEqualTo("did:web:example.org:issuers:1");
        assertThat(DidWeb.didFor(URI.create("https://example.org:8443/issuers/1/"))).isEqualTo("did:web:example.org%3A8443:issuers:1");
        assertThatThrownBy(() -> DidWeb.didFor(URI.create("https://example.org/?q=1"))).hasMessageContaining("without user, query");
    }

    @Test
    void mapsDidWebIdentifiersToTheirDocumentUrls() throws BadgeException {
        assertThat(DidWeb.documentUrl("did:web:example.org")).hasToString("https://example.org/.well-known/did.json");
        assertThat(DidWeb.documentUrl("did:web:example.org:issuers:1#key-1")).hasToString("https://example.org/issuers/1/did.json");
        assertThat(DidWeb.documentUrl("did:web:example.org%3A8443")).hasToString("https://example.org:8443/.well-known/did.json");
        assertThatThrownBy(() -> DidWeb.documentUrl("did:key:z6Mk")).hasMessageContaining("not a did:web DID");
    }

    @Test
    void documentListsEd25519AsMultikeyAndOthersAsJsonWebKeyUnderAssertionMethod() throws BadgeException {
        IssuerKey ed = IssuerKey.generate(KeyType.ED25519, 0);
        IssuerKey rsa = IssuerKey.generate(KeyType.RSA, 2048);
        ObjectNode doc = DidWeb.document("did:web:example.org", List.of(ed, rsa));
        assertThat(doc.get("id").asText()).isEqualTo("did:web:example.org");
        JsonNode first = doc.get("verificationMethod").get(0);
        assertThat(first.get("id").asText()).isEqualTo("did:web:example.org#key-1");
        assertThat(first.get("type").asText()).isEqualTo("Multikey");
        assertThat(first.get("controller").asText()).isEqualTo("did:web:example.org");
        assertThat(first.get("publicKeyMultibase").asText()).startsWith("z6Mk").isEqualTo(ed.publicKeyMultibase().orElseThrow());
        JsonNode second = doc.get("verificationMethod").get(1);
        assertThat(second.get("type").asText()).isEqualTo("JsonWebKey");
        assertThat(second.get("publicKeyJwk")).isEqualTo(rsa.publicJwk());
        assertThat(second.get("publicKeyJwk").has("d")).isFalse();
        assertThat(doc.get("assertionMethod").toString()).isEqualTo("[\"did:web:example.org#key-1\",\"did:web:example.org#key-2\"]");
    }

    @Test
    void jwkSetListsPublicKeysByThumbprint() throws BadgeException {
        IssuerKey key = IssuerKey.generate(KeyType.P256, 0);
        ObjectNode set = JwkSet.of(List.of(key));
        assertThat(set.get("keys").get(0).get("kid").asText()).isEqualTo(key.thumbprint());
        assertThat(set.get("keys").get(0).get("alg").asText()).isEqualTo("ES256");
        assertThat(set.get("keys").get(0).has("d")).isFalse();
    }
}
