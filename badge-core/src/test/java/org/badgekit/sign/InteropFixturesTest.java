package org.badgekit.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.keys.IssuerKey;
import org.badgekit.keys.KeyFiles;
import org.badgekit.resolve.DocumentResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tokens signed by the Node harness (jose) verify here; see {@code resources/interop/jwt/README.md}. */
class InteropFixturesTest {
    private static final Clock LATER = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static String resource(String path) throws IOException {
        try (InputStream in = InteropFixturesTest.class.getResourceAsStream("/interop/jwt/" + path)) {
            if (in == null) {
                throw new IOException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"RS256", "ES256", "EdDSA"})
    void peerVcJwtsVerifyWithTheKidResolvedUnderTheIssuer(String alg) throws Exception {
        for (String kind : new String[] {"vc-jwt", "vc-jose"}) {
            String token = resource(alg + "-" + kind + "/token.jwt");
            // the peer's kid is https://training.example.org/issuers/1#key-1; publish its JWK there
            DocumentResolver resolver = new MapResolver().put("https://training.example.org/issuers/1",
                    JsonCodec.parse("public.jwk.json", resource(alg + "-" + kind + "/public.jwk.json")));
            ProofResult result = VcJwt.verifier(resolver).withClock(LATER).verify(token);
            assertThat(result.signatureValid()).as(kind + ": " + result.message()).isTrue();
            assertThat(result.suite()).isEqualTo(alg);
            assertThat(result.binding()).as(kind).isEqualTo(KeyBinding.BOUND);

            ProofResult offline = VcJwt.verifier(DocumentResolver.offline()).withClock(LATER).verify(token);
            assertThat(offline.signatureValid()).isFalse();
            assertThat(offline.message()).contains("could not be resolved and the header has no jwk");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"RS256", "ES256", "EdDSA"})
    void peerPublicKeysReadTheSameAsJwkAndPem(String alg) throws IOException, BadgeException {
        IssuerKey jwk = KeyFiles.parse("public.jwk.json", resource(alg + "-vc-jwt/public.jwk.json"), null);
        IssuerKey pem = KeyFiles.parse("public.pem", resource(alg + "-vc-jwt/public.pem"), null);
        assertThat(jwk.samePublicKey(pem)).isTrue();
        assertThat(jwk.type().defaultJwsAlgorithm()).isEqualTo(alg);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RS256", "ES256", "EdDSA"})
    void peerOb2SignedAssertionsVerifyAgainstTheirCryptographicKey(String alg) throws Exception {
        DocumentResolver resolver = new MapResolver()
                .put("https://training.example.org/badges/workplace-instructor.json", JsonCodec.parse("badge", resource("ob2-badgeclass.json")))
                .put("https://training.example.org/issuer.json", JsonCodec.parse("issuer", resource("ob2-issuer.json")))
                .put("https://training.example.org/keys/1.json", JsonCodec.parse("key", resource(alg + "-ob2/key.json")));
        ProofResult result = Ob2Jws.verify(resource(alg + "-ob2/token.jwt"), resolver);
        assertThat(result.signatureValid()).as(result.message()).isTrue();
        assertThat(result.binding()).isEqualTo(KeyBinding.BOUND);
        assertThat(result.verificationMethod()).isEqualTo("https://training.example.org/keys/1.json");
    }
}
