package org.badgekit.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.badgekit.BadgeException;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.testing.SharedSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The VC-JWT samples of 1EdTech's OB 3.0 validator. Baking is another package's job; the readers here are test-only. */
class OneEdTechVcJwtSamplesTest {
    private final VcJwtVerifier verifier = VcJwt.verifier(DocumentResolver.offline())
            .withClock(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest
    @ValueSource(strings = {"simple-jwt.png", "simple-jwt_v1.png"})
    void bakedPngSamplesVerifyWithTheirHeaderJwkAsUnconfirmed(String file) throws Exception {
        ProofResult result = verifier.verify(pngCredential(SharedSpec.spec("examples/ob30/validator/" + file)));
        assertThat(result.signatureValid()).as(result.message()).isTrue();
        assertThat(result.suite()).isEqualTo("RS256");
        assertThat(result.binding()).isEqualTo(KeyBinding.UNCONFIRMED);
        assertThat(result.verificationMethod()).startsWith("jwk:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple-jwt.svg", "simple-jwt_v1.svg"})
    void bakedSvgSamplesVerifyWithTheirHeaderJwkAsUnconfirmed(String file) throws Exception {
        String svg = Files.readString(SharedSpec.spec("examples/ob30/validator/" + file));
        Matcher verify = Pattern.compile("<openbadges:credential[^>]*\\sverify=\"([A-Za-z0-9_.-]+)\"").matcher(svg);
        assertThat(verify.find()).isTrue();
        ProofResult result = verifier.verify(verify.group(1));
        assertThat(result.signatureValid()).as(result.message()).isTrue();
        assertThat(result.binding()).isEqualTo(KeyBinding.UNCONFIRMED);
    }

    @Test
    void simpleJwtCarriesNoKeySoItsSignatureCannotBeChecked() throws Exception {
        // header {"alg":"RS256","typ":"JWT"}: neither kid nor jwk, which OB 3.0 requires one of
        ProofResult result = verifier.verify(Files.readString(SharedSpec.spec("examples/ob30/validator/simple.jwt")));
        assertThat(result.signatureValid()).isFalse();
        assertThat(result.binding()).isEqualTo(KeyBinding.UNCONFIRMED);
        assertThat(result.message()).isEqualTo("JWS header has neither kid nor jwk, so no key to verify with");
    }

    @Test
    void velocityJwtNamesADidMethodNoResolverKnows() throws Exception {
        ProofResult result = verifier.verify(Files.readString(SharedSpec.spec("examples/ob30/validator/velocity.jwt")));
        assertThat(result.signatureValid()).isFalse();
        assertThat(result.binding()).isEqualTo(KeyBinding.UNCONFIRMED);
        assertThat(result.message()).contains("kid did:velocity:").contains("could not be resolved");
    }

    @Test
    void credentialOfTheVc11SampleIsItsVcClaim() throws Exception {
        String token = Files.readString(SharedSpec.spec("examples/ob30/validator/simple.jwt"));
        assertThat(VcJwt.credential(token).get("id").asText()).isEqualTo("http://example.edu/credentials/3732");
        assertThat(VcJwt.credential(token).has("vc")).isFalse();
    }

    /** The text of the first {@code openbadgecredential} iTXt chunk (uncompressed, empty language and translated keyword). */
    static String pngCredential(Path png) throws IOException, BadgeException {
        try (InputStream in = Files.newInputStream(png); DataInputStream data = new DataInputStream(in)) {
            data.skipNBytes(8);
            while (true) {
                int length = data.readInt();
                byte[] type = data.readNBytes(4);
                byte[] body = data.readNBytes(length);
                data.skipNBytes(4);
                if (new String(type, StandardCharsets.US_ASCII).equals("iTXt")) {
                    String text = new String(body, StandardCharsets.UTF_8);
                    if (text.startsWith("openbadgecredential\0")) {
                        // keyword NUL, flag, method, language NUL, translated keyword NUL, text
                        int start = "openbadgecredential".length() + 3;
                        start = text.indexOf('\0', start) + 1;
                        start = text.indexOf('\0', start) + 1;
                        return text.substring(start);
                    }
                }
                if (new String(type, StandardCharsets.US_ASCII).equals("IEND")) {
                    throw new BadgeException(BadgeException.Code.NOT_FOUND, png + " has no openbadgecredential chunk");
                }
            }
        }
    }
}
