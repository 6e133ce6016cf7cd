package org.badgekit.bake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.badgekit.BadgeException;
import org.junit.jupiter.api.Test;

class PreparedImageTest {
    private final Baker baker = Baker.create();

    private static List<BakedPayload> payloads() throws BadgeException {
        return List.of(BakedPayload.detect(Fixtures.OB3_JSON), BakedPayload.detect(Fixtures.OB2_JSON),
                BakedPayload.detect(Fixtures.OB3_JWT), BakedPayload.detect(Fixtures.OB2_JWS));
    }

    /** The fixture PNG with an old OB 2.0 badge chunk before IDAT and an OB 3.0 one at the end, both to be replaced. */
    private static byte[] pngWithOldBadges() {
        List<Fixtures.Chunk> chunks = Fixtures.chunks(Fixtures.png());
        List<byte[]> rebuilt = new ArrayList<>();
        for (Fixtures.Chunk chunk : chunks) {
            if (chunk.type().equals("IDAT")) {
                rebuilt.add(Fixtures.chunk("tEXt", "openbadges\0https://example.org/a/1".getBytes(StandardCharsets.ISO_8859_1)));
            }
            if (chunk.type().equals("IEND")) {
                rebuilt.add(PngText.itxtChunk(PngText.OB3_KEYWORD, "{\"old\":true}"));
            }
            rebuilt.add(chunk.bytes());
        }
        return Fixtures.png(rebuilt);
    }

    @Test
    void aPreparedPngBakesTheSameBytesAsBakingTheImageEachTime() throws Exception {
        for (byte[] png : List.of(Fixtures.png(), pngWithOldBadges())) {
            PreparedImage prepared = baker.prepare(png);
            assertThat(prepared.format()).isEqualTo(ImageFormat.PNG);
            for (BakedPayload payload : payloads()) {
                byte[] baked = prepared.bake(payload);
                assertThat(baked).isEqualTo(baker.bake(png, payload));
                assertThat(baker.extract(baked).payload()).isEqualTo(payload.payload());
            }
        }
    }

    @Test
    void aPreparedSvgBakesTheSameBytesAsBakingTheImageEachTime() throws Exception {
        byte[] svg = Fixtures.SVG.getBytes(StandardCharsets.UTF_8);
        PreparedImage prepared = baker.prepare(svg);
        assertThat(prepared.format()).isEqualTo(ImageFormat.SVG);
        for (BakedPayload payload : payloads()) {
            assertThat(prepared.bake(payload)).isEqualTo(baker.bake(svg, payload));
        }
    }

    @Test
    void preparingChecksTheImageOnceWithTheSameErrorsAsBaking() {
        byte[] png = Fixtures.png();
        png[png.length - 1] ^= 1; // IEND CRC
        assertThatThrownBy(() -> baker.prepare(png)).isInstanceOf(BadgeException.class)
                .hasMessageContaining("has CRC")
                .extracting(e -> ((BadgeException) e).code()).isEqualTo(BadgeException.Code.MALFORMED_INPUT);
        assertThatThrownBy(() -> baker.prepare("GIF89a....".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(BadgeException.class)
                .extracting(e -> ((BadgeException) e).code()).isEqualTo(BadgeException.Code.UNSUPPORTED);
    }

    @Test
    void aPreparedImageRefusesThePayloadsBakingRefusesWithTheSameMessages() throws Exception {
        PreparedImage prepared = baker.prepare(Fixtures.png());
        List<BakedPayload> bad = List.of(
                new BakedPayload(PayloadKind.OB2_URL, "https://example.org/assertions/1", List.of()),
                new BakedPayload(PayloadKind.OB3_JSON, "{\"a\":1,\"a\":2}", List.of()),
                new BakedPayload(PayloadKind.OB3_JSON, "{\"a\":1} {}", List.of()),
                new BakedPayload(PayloadKind.OB3_JSON, "{\"a\":", List.of()),
                new BakedPayload(PayloadKind.OB3_JWT, Fixtures.OB3_JSON, List.of()));
        for (BakedPayload payload : bad) {
            BadgeException viaBake = catchBadge(() -> baker.bake(Fixtures.png(), payload));
            BadgeException viaPrepared = catchBadge(() -> prepared.bake(payload));
            assertThat(viaPrepared.code()).as(payload.payload()).isEqualTo(viaBake.code());
            assertThat(viaPrepared.getMessage()).isEqualTo(viaBake.getMessage());
        }
    }

    @Test
    void aPayloadOverTheLimitIsRefusedByAPreparedImageToo() throws Exception {
        Baker small = Baker.withLimits(new BakeLimits(1L << 20, 1 << 20, 100, 100, 1 << 20));
        PreparedImage prepared = small.prepare(Fixtures.png());
        BakedPayload payload = BakedPayload.detect(Fixtures.OB3_JSON);
        assertThat(catchBadge(() -> prepared.bake(payload)).code()).isEqualTo(BadgeException.Code.LIMIT_EXCEEDED);
    }

    @Test
    void aBakerForSerializedPayloadsWritesTheSameBytesAndStillChecksTheFormButDoesNotReadTheJson() throws Exception {
        Baker serialized = Baker.forSerializedPayloads();
        byte[] png = Fixtures.png();
        PreparedImage prepared = serialized.prepare(png);
        for (BakedPayload payload : payloads()) {
            assertThat(prepared.bake(payload)).isEqualTo(baker.bake(png, payload));
            assertThat(serialized.bake(png, payload)).isEqualTo(baker.bake(png, payload));
        }
        BakedPayload url = new BakedPayload(PayloadKind.OB2_URL, "https://example.org/assertions/1", List.of());
        BakedPayload jsonAsJwt = new BakedPayload(PayloadKind.OB3_JWT, Fixtures.OB3_JSON, List.of());
        BakedPayload padded = new BakedPayload(PayloadKind.OB3_JSON, " " + Fixtures.OB3_JSON, List.of());
        assertThat(catchBadge(() -> prepared.bake(url)).code()).isEqualTo(BadgeException.Code.UNSUPPORTED);
        assertThat(catchBadge(() -> prepared.bake(jsonAsJwt)).code()).isEqualTo(BadgeException.Code.INVALID_ARGUMENT);
        assertThat(catchBadge(() -> prepared.bake(padded)).code()).isEqualTo(BadgeException.Code.INVALID_ARGUMENT);
        // JSON text is taken as written: only the default baker reads it through
        BakedPayload cut = new BakedPayload(PayloadKind.OB3_JSON, "{\"a\":", List.of());
        assertThat(catchBadge(() -> baker.prepare(png).bake(cut)).code()).isEqualTo(BadgeException.Code.MALFORMED_INPUT);
        assertThat(serialized.extract(prepared.bake(cut)).payload()).isEqualTo("{\"a\":");
    }

    private interface Bake {
        byte[] run() throws BadgeException;
    }

    private static BadgeException catchBadge(Bake bake) {
        try {
            bake.run();
        } catch (BadgeException e) {
            return e;
        }
        throw new AssertionError("expected a BadgeException");
    }
}
