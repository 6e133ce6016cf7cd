package org.badgekit.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HexFormat;
import org.badgekit.BadgeException;
import org.junit.jupiter.api.Test;

class DidKeyTest {
    private static final String MB = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";
    private static final byte[] RAW = HexFormat.of().parseHex("4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5");

    @Test
    void buildsTheDidAndVerificationMethodFromAPublicKey() {
        DidKey key = DidKey.fromPublicKey(RAW);
        assertThat(key.did()).isEqualTo("did:key:" + MB);
        assertThat(key.verificationMethodId()).isEqualTo("did:key:" + MB + "#" + MB);
        assertThat(key.publicKey()).isEqualTo(RAW);
    }

    @Test
    void parsesADidOrAVerificationMethodBackToTheKey() throws BadgeException {
        assertThat(DidKey.parse("did:key:" + MB).publicKey()).isEqualTo(RAW);
        assertThat(DidKey.parse("did:key:" + MB + "#" + MB)).isEqualTo(DidKey.fromPublicKey(RAW));
    }

    @Test
    void rejectsAForeignFragmentAndNonEd25519Keys() {
        assertThatThrownBy(() -> DidKey.parse("did:key:" + MB + "#key-1")).isInstanceOf(BadgeException.class)
                .hasMessageContaining("fragment");
        assertThatThrownBy(() -> DidKey.parse("did:key:zDnaerx9CtbPJ1q36T5Ln5wYt3MQYeGRG5ehnPAmxcf5mDZpv"))
                .isInstanceOf(BadgeException.class).hasMessageContaining("not an Ed25519 key");
        assertThatThrownBy(() -> DidKey.parse("did:web:example.com")).isInstanceOf(BadgeException.class)
                .hasMessageContaining("not a did:key");
    }

    @Test
    void generatesAMultikeyDidDocumentListingTheKeyForAssertion() {
        ObjectNode doc = DidKey.fromPublicKey(RAW).didDocument();
        String vm = "did:key:" + MB + "#" + MB;
        assertThat(doc.get("id").asText()).isEqualTo("did:key:" + MB);
        assertThat(doc.get("verificationMethod").get(0).get("type").asText()).isEqualTo("Multikey");
        assertThat(doc.get("verificationMethod").get(0).get("controller").asText()).isEqualTo("did:key:" + MB);
        assertThat(doc.get("verificationMethod").get(0).get("publicKeyMultibase").asText()).isEqualTo(MB);
        for (String relation : new String[] {"assertionMethod", "authentication", "capabilityInvocation", "capabilityDelegation"}) {
            assertThat(doc.get(relation).get(0).asText()).isEqualTo(vm);
        }
    }
}
