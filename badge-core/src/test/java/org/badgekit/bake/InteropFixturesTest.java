package org.badgekit.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Images baked by the independent Node.js harness and Mozilla's openbadges-bakery (see resources/bake/interop/README.md). */
class InteropFixturesTest {
    private final Baker baker = Baker.create();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "harness-ob3-di.png,     harness-ob3-di.payload.json,     OB3_JSON",
        "harness-ob3-jwt.svg,    harness-ob3-jwt.payload.jwt,     OB3_JWT",
        "harness-ob2-jws.png,    ob2-jws.payload.jwt,             OB2_JWS",
        "bakery-ob2-jws.svg,     ob2-jws.payload.jwt,             OB2_JWS",
        "bakery-ob2-hosted.svg,  bakery-ob2-hosted.payload.json,  OB2_JSON"
    })
    void extractsWhatThePeerBakedByteForByte(String image, String payloadFile, PayloadKind kind) throws Exception {
        byte[] baked = resource(image);
        String expected = new String(resource(payloadFile), StandardCharsets.UTF_8).strip();

        BakedPayload payload = baker.extract(baked);

        assertThat(payload.kind()).isEqualTo(kind);
        assertThat(payload.payload()).isEqualTo(expected);
        assertThat(payload.warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"harness-ob3-di.png", "harness-ob3-jwt.svg", "harness-ob2-jws.png", "bakery-ob2-jws.svg", "bakery-ob2-hosted.svg"})
    void rebakesWhatThePeerBakedLeavingOneBadge(String image) throws Exception {
        byte[] rebaked = baker.bake(resource(image), BakedPayload.detect(Fixtures.OB3_JSON));

        assertThat(baker.extract(rebaked).payload()).isEqualTo(Fixtures.OB3_JSON);
        assertThat(BakerRoundTripTest.badgeCount(baker.formatOf(rebaked), rebaked)).isEqualTo(1);
    }

    static byte[] resource(String name) throws Exception {
        try (InputStream in = InteropFixturesTest.class.getResourceAsStream("/bake/interop/" + name.strip())) {
            assertThat(in).as("test resource /bake/interop/" + name).isNotNull();
            return in.readAllBytes();
        }
    }
}
