package org.badgekit.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.HexFormat;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IssuerKeyTest {
    /** RFC 8037 appendix A.1 private key and A.3 thumbprint. */
    private static final String RFC8037_JWK = "{\"kty\":\"OKP\",\"crv\":\"Ed25519\","
            + "\"d\":\"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}";

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void privateJwkRoundTripsToTheSameKeyAndThumbprint(KeyType type) throws BadgeException {
        IssuerKey key = IssuerKey.generate(type, 2048);
        IssuerKey again = IssuerKey.fromJwk(key.privateJwk());
        assertThat(again.type()).isEqualTo(type);
        assertThat(again.hasPrivateKey()).isTrue();
        assertThat(again.thumbprint()).isEqualTo(key.thumbprint());
        assertThat(again.privateJwk()).isEqualTo(key.privateJwk());
        assertThat(again.privateKey().orElseThrow().getEncoded()).isEqualTo(key.privateKey().orElseThrow().getEncoded());
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void publicJwkCarriesNoPrivateMember(KeyType type) throws BadgeException {
        IssuerKey key = IssuerKey.generate(type, 2048);
        ObjectNode jwk = key.publicJwk();
        assertThat(jwk.has("d")).isFalse();
        assertThat(JwkCodec.hasPrivateMembers(jwk)).isFalse();
        IssuerKey publicOnly = IssuerKey.fromJwk(jwk);
        assertThat(publicOnly.hasPrivateKey()).isFalse();
        assertThat(publicOnly.samePublicKey(key)).isTrue();
        assertThatThrownBy(publicOnly::privateJwk).isInstanceOf(BadgeException.class)
                .extracting(e -> ((BadgeException) e).code()).isEqualTo(BadgeException.Code.KEY_ERROR);
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void toStringNeverPrintsPrivateMaterial(KeyType type) throws BadgeException {
        IssuerKey key = IssuerKey.generate(type, 2048);
        String text = key.toString();
        ObjectNode jwk = key.privateJwk();
        assertThat(text).contains(key.thumbprint()).contains(type.cliName())
                .doesNotContain(jwk.get("d").asText())
                .doesNotContain(Base64.getEncoder().encodeToString(key.privateKey().orElseThrow().getEncoded()));
    }

    @Test
    void readsTheRfc8037Ed25519KeyAndComputesItsRfc7638Thumbprint() throws BadgeException {
        IssuerKey key = IssuerKey.fromJwk(JsonCodec.parse("jwk", RFC8037_JWK));
        assertThat(key.type()).isEqualTo(KeyType.ED25519);
        assertThat(key.thumbprint()).isEqualTo("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k");
        assertThat(key.privateJwk().get("d").asText()).isEqualTo("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A");
    }

    @Test
    void computesTheRfc7638RsaExampleThumbprint() throws BadgeException {
        String jwk = "{\"kty\":\"RSA\",\"n\":\"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECP"
                + "ebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zg"
                + "dAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKn"
                + "qDKgw\",\"e\":\"AQAB\",\"alg\":\"RS256\",\"kid\":\"2011-04-29\"}";
        assertThat(IssuerKey.fromJwk(JsonCodec.parse("jwk", jwk)).thumbprint()).isEqualTo("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
    }

    @Test
    void acceptsA64ByteEd25519SecretFromJavaScriptToolsByTakingTheSeed() throws BadgeException {
        byte[] seed = Base64.getUrlDecoder().decode("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A");
        byte[] pub = Base64.getUrlDecoder().decode("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo");
        String d64 = Base64.getUrlEncoder().withoutPadding().encodeToString(KeyEncodings.concat(seed, pub));
        ObjectNode jwk = (ObjectNode) JsonCodec.parse("jwk", RFC8037_JWK);
        jwk.put("d", d64);
        IssuerKey key = IssuerKey.fromJwk(jwk);
        assertThat(key.privateJwk().get("d").asText()).isEqualTo("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A");
    }

    @Test
    void derivesTheW3cVectorMultikeyAndDidKeyFromItsSeed() throws BadgeException {
        byte[] seed = HexFormat.of().parseHex("c96ef9ea10c5e414c471723aff9de72c35fa5b70fae97e8832ecac7d2e2b8ed6");
        byte[] pub = HexFormat.of().parseHex("b00d8d938e7f773d51565aad36a623f5344f7f5d1960f9cf3e8e12620ea2810f");
        ObjectNode jwk = JsonCodec.mapper().createObjectNode().put("kty", "OKP").put("crv", "Ed25519")
                .put("x", Base64.getUrlEncoder().withoutPadding().encodeToString(pub))
                .put("d", Base64.getUrlEncoder().withoutPadding().encodeToString(seed));
        IssuerKey key = IssuerKey.fromJwk(jwk);
        assertThat(key.publicKeyMultibase()).contains("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
        assertThat(key.didKey()).contains("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
        assertThat(IssuerKey.fromPublicKeyMultibase("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2").samePublicKey(key)).isTrue();
    }

    @Test
    void refusesAJwkWhosePrivateAndPublicHalvesDoNotMatch() throws BadgeException {
        ObjectNode jwk = IssuerKey.generate(KeyType.ED25519, 0).privateJwk();
        jwk.put("x", IssuerKey.generate(KeyType.ED25519, 0).publicJwk().get("x").asText());
        assertThatThrownBy(() -> IssuerKey.fromJwk(jwk)).hasMessageContaining("do not belong to the same key")
                .hasMessageNotContaining(jwk.get("d").asText());
    }

    @Test
    void refusesAnEcPointThatIsNotOnP256() throws BadgeException {
        ObjectNode jwk = IssuerKey.generate(KeyType.P256, 0).publicJwk();
        jwk.put("y", jwk.get("x").asText());
        assertThatThrownBy(() -> IssuerKey.fromJwk(jwk)).isInstanceOf(BadgeException.class).hasMessageContaining("not on P-256");
    }

    @Test
    void refusesUnsupportedRsaSizesAndKeyTypes() {
        assertThatThrownBy(() -> IssuerKey.generate(KeyType.RSA, 1024)).hasMessageContaining("1024 is not one of 2048, 3072");
        assertThatThrownBy(() -> KeyType.parse("dsa")).hasMessageContaining("'dsa' is not one of ed25519, rsa, p256");
        assertThatThrownBy(() -> IssuerKey.fromJwk(JsonCodec.parse("jwk", "{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}")))
                .hasMessageContaining("kty 'oct' is not supported");
    }

    @Test
    void generatesRsa3072() throws BadgeException {
        IssuerKey key = IssuerKey.generate(KeyType.RSA, 3072);
        assertThat(Base64.getUrlDecoder().decode(key.publicJwk().get("n").asText())).hasSize(384);
    }
}
