package org.badgekit.bake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.badgekit.BadgeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BakedPayloadTest {

    @Test
    void detectsOb3FromAVcContextATypeOrAVcClaim() throws Exception {
        assertThat(BakedPayload.detect("{\"@context\":\"https://www.w3.org/ns/credentials/v2\"}").kind())
                .isEqualTo(PayloadKind.OB3_JSON);
        assertThat(BakedPayload.detect("{\"type\":[\"VerifiableCredential\"]}").kind()).isEqualTo(PayloadKind.OB3_JSON);
        assertThat(BakedPayload.detect("  " + Fixtures.OB3_JWT + "\n").kind()).isEqualTo(PayloadKind.OB3_JWT);
        assertThat(BakedPayload.detect(Fixtures.jws("{\"alg\":\"EdDSA\"}", Fixtures.OB3_JSON)).kind())
                .isEqualTo(PayloadKind.OB3_JWT);
    }

    @Test
    void detectsOb2ForEverythingElseAndStripsSurroundingWhitespace() throws Exception {
        BakedPayload payload = BakedPayload.detect("\n" + Fixtures.OB2_JSON + "\n");

        assertThat(payload.kind()).isEqualTo(PayloadKind.OB2_JSON);
        assertThat(payload.payload()).isEqualTo(Fixtures.OB2_JSON);
        assertThat(BakedPayload.detect(Fixtures.OB2_JWS).kind()).isEqualTo(PayloadKind.OB2_JWS);
    }

    @Test
    void aVersionOverrideKeepsTheForm() throws Exception {
        assertThat(BakedPayload.detect(Fixtures.OB2_JWS).withVersion(true).kind()).isEqualTo(PayloadKind.OB3_JWT);
        assertThat(BakedPayload.detect(Fixtures.OB3_JSON).withVersion(false).kind()).isEqualTo(PayloadKind.OB2_JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "[1,2]", "a.b", "{not json", "eyJ9.%%%.abc"})
    void refusesTextThatIsNeitherAJsonObjectNorACompactJws(String text) {
        assertThatThrownBy(() -> BakedPayload.detect(text)).isInstanceOf(BadgeException.class)
                .extracting(e -> ((BadgeException) e).code()).isEqualTo(BadgeException.Code.MALFORMED_INPUT);
    }

    @Test
    void ofChecksThatTheTextHasTheFormTheKindNames() throws Exception {
        assertThat(BakedPayload.of(PayloadKind.OB3_JWT, Fixtures.OB3_JWT).payload()).isEqualTo(Fixtures.OB3_JWT);
        assertThatThrownBy(() -> BakedPayload.of(PayloadKind.OB3_JWT, Fixtures.OB3_JSON))
                .hasMessageStartingWith("payload \"{\\\"@context\\\"".replace("\\\"", "\"")).hasMessageEndingWith(
                        "is not a compact JWS (three base64url parts)");
    }
}
