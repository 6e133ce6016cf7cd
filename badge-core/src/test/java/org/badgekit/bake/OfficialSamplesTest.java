package org.badgekit.bake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import org.badgekit.json.JsonCodec;
import org.badgekit.testing.SharedSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The baked samples of the 1EdTech validator, read from ../shared (skipped when it is absent). */
class OfficialSamplesTest {
    private final Baker baker = Baker.create();

    @ParameterizedTest
    @ValueSource(strings = {"simple-json.png", "simple-json.svg"})
    void extractsTheOb3JsonCredentialFromTheValidatorSamples(String name) throws Exception {
        BakedPayload payload = baker.extract(SharedSpec.spec("examples/ob30/validator/" + name));

        assertThat(payload.kind()).isEqualTo(PayloadKind.OB3_JSON);
        JsonNode credential = JsonCodec.parse(name, payload.payload());
        assertThat(credential.path("id").asText()).isEqualTo("http://example.com/credentials/3527");
        assertThat(credential.path("type").toString()).contains("OpenBadgeCredential");
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple-jwt.png", "simple-jwt.svg", "simple-jwt_v1.png", "simple-jwt_v1.svg"})
    void extractsTheOb3VcJwtFromTheValidatorSamples(String name) throws Exception {
        BakedPayload payload = baker.extract(SharedSpec.spec("examples/ob30/validator/" + name));

        assertThat(payload.kind()).isEqualTo(PayloadKind.OB3_JWT);
        String[] parts = payload.payload().split("\\.", -1);
        assertThat(parts).hasSize(3);
        JsonNode header = JsonCodec.parse(name, Base64.getUrlDecoder().decode(parts[0]));
        assertThat(header.path("alg").asText()).isEqualTo("RS256");
        JsonNode claims = JsonCodec.parse(name, Base64.getUrlDecoder().decode(parts[1]));
        JsonNode credential = name.contains("_v1") ? claims.path("vc") : claims;
        assertThat(credential.path("type").toString()).contains("OpenBadgeCredential");
    }

    @Test
    void extractsTheOb2AssertionFromTheValidatorPng() throws Exception {
        BakedPayload payload = baker.extract(SharedSpec.spec("examples/ob20/validator/simple-badge.png"));

        assertThat(payload.kind()).isEqualTo(PayloadKind.OB2_JSON);
        JsonNode assertion = JsonCodec.parse("simple-badge.png", payload.payload());
        assertThat(assertion.path("id").asText()).isEqualTo("https://example.org/beths-robotics-badge.json");
        assertThat(assertion.path("verification").path("type").asText()).isEqualTo("hosted");
    }

    @Test
    void rebakingAnOfficialSampleKeepsOneBadgeAndTheImageReadable() throws Exception {
        byte[] sample = java.nio.file.Files.readAllBytes(SharedSpec.spec("examples/ob30/validator/simple-json.svg"));
        byte[] rebaked = baker.bake(sample, BakedPayload.detect(Fixtures.OB3_JWT));

        assertThat(baker.extract(rebaked).payload()).isEqualTo(Fixtures.OB3_JWT);
        assertThat(BakerRoundTripTest.badgeCount(ImageFormat.SVG, rebaked)).isEqualTo(1);
        assertThat(BakerRoundTripTest.parse(rebaked).getDocumentElement().getLocalName()).isEqualTo("svg");
    }
}
