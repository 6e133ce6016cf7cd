package org.badgekit.bake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import org.badgekit.BadgeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostilePngTest {
    private final Baker baker = Baker.create();

    @Test
    void refusesATruncatedPng() {
        byte[] png = Fixtures.png();
        byte[] truncated = Arrays.copyOf(png, Fixtures.chunks(png).get(1).offset() + 20);

        assertThatThrownBy(() -> baker.extract(truncated)).isInstanceOf(BadgeException.class)
                .hasMessageMatching("image: truncated PNG: chunk 'IDAT' at offset 33 declares \\d+ bytes of data but the file ends after 12")
                .extracting(e -> ((BadgeException) e).code()).isEqualTo(BadgeException.Code.MALFORMED_INPUT);
        assertThatThrownBy(() -> baker.bake(truncated, BakedPayload.detect(Fixtures.OB3_JSON)))
                .hasMessageContaining("truncated PNG");
    }

    @Test
    void refusesAPngThatEndsWithoutIend() {
        byte[] png = Fixtures.png();
        List<Fixtures.Chunk> chunks = Fixtures.chunks(png);
        byte[] noIend = Arrays.copyOf(png, chunks.get(chunks.size() - 1).offset());

        assertThatThrownBy(() -> baker.extract(noIend)).hasMessageContaining("without an IEND chunk");
    }

    @Test
    void refusesAChunkWhoseCrcDoesNotMatchNamingChunkOffsetAndBothValues() {
        byte[] png = Fixtures.png();
        Fixtures.Chunk idat = Fixtures.chunks(png).get(1);
        png[idat.offset() + 10] ^= 0x01;

        assertThatThrownBy(() -> baker.extract(png)).isInstanceOf(BadgeException.class)
                .hasMessageMatching("image: PNG chunk 'IDAT' at offset 33 has CRC 0x[0-9a-f]{8} but its data gives 0x[0-9a-f]{8}");
        assertThatThrownBy(() -> baker.bake(png, BakedPayload.detect(Fixtures.OB3_JSON))).hasMessageContaining("has CRC 0x");
    }

    @Test
    void refusesAChunkLengthOfTwoToTheThirtyFirstMinusOneWithoutAllocatingIt() {
        byte[] png = withChunkHeader(0x7fffffff, "IDAT");

        assertThatThrownBy(() -> baker.extract(png)).isInstanceOf(BadgeException.class)
                .hasMessageContaining("declares 2147483647 bytes, more than the limit of 67108864")
                .extracting(e -> ((BadgeException) e).code()).isEqualTo(BadgeException.Code.LIMIT_EXCEEDED);
    }

    @Test
    void refusesAChunkLengthAboveThePngMaximum() {
        byte[] png = withChunkHeader(0xffffffff, "IDAT");

        assertThatThrownBy(() -> baker.extract(png)).isInstanceOf(BadgeException.class)
                .hasMessageContaining("declares length 4294967295, expected at most 2^31-1")
                .extracting(e -> ((BadgeException) e).code()).isEqualTo(BadgeException.Code.MALFORMED_INPUT);
    }

    @Test
    void refusesMoreThanTenThousandChunks() {
        List<Fixtures.Chunk> chunks = Fixtures.chunks(Fixtures.png());
        List<byte[]> many = new ArrayList<>();
        many.add(chunks.get(0).bytes());
        byte[] empty = Fixtures.chunk("zzZz", new byte[0]);
        for (int i = 0; i < 10_000; i++) {
            many.add(empty);
        }
        chunks.subList(1, chunks.size()).forEach(chunk -> many.add(chunk.bytes()));
        byte[] png = Fixtures.png(many);

        assertThatThrownBy(() -> baker.extract(png)).isInstanceOf(BadgeException.class)
                .hasMessageContaining("PNG has more than 10000 chunks")
                .extracting(e -> ((BadgeException) e).code()).isEqualTo(BadgeException.Code.LIMIT_EXCEEDED);
    }

    @Test
    void refusesAPngWithTwoBadgeChunksOfTheSameVersion() throws Exception {
        byte[] baked = baker.bake(Fixtures.png(), BakedPayload.detect(Fixtures.OB3_JSON));
        List<byte[]> chunks = new ArrayList<>();
        Fixtures.chunks(baked).forEach(chunk -> chunks.add(chunk.bytes()));
        chunks.add(chunks.size() - 1, PngText.itxtChunk("openbadgecredential", Fixtures.OB3_JWT));
        byte[] twice = Fixtures.png(chunks);

        assertThatThrownBy(() -> baker.extract(twice)).isInstanceOf(BadgeException.class)
                .hasMessageContaining("repeats the badge chunk at offset 33; a PNG carries at most one");
        assertThat(BakerRoundTripTest.badgeCount(ImageFormat.PNG, baker.bake(twice, BakedPayload.detect(Fixtures.OB2_JWS))))
                .as("baking over a doubly baked image leaves exactly one badge").isEqualTo(1);
    }

    @Test
    void refusesANonPngNamedPngByItsContent(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("badge.png");
        Files.write(gif, "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> baker.extract(gif)).isInstanceOf(BadgeException.class)
                .hasMessage(gif + ": not a PNG or SVG image (starts with 47 49 46 38 39 61 01 00 \"GIF89a..\")")
                .extracting(e -> ((BadgeException) e).code()).isEqualTo(BadgeException.Code.UNSUPPORTED);
    }

    @Test
    void refusesAPngWhoseFirstChunkIsNotIhdr() {
        List<byte[]> chunks = new ArrayList<>();
        chunks.add(Fixtures.chunk("tEXt", "a\0b".getBytes(StandardCharsets.ISO_8859_1)));
        Fixtures.chunks(Fixtures.png()).forEach(chunk -> chunks.add(chunk.bytes()));

        assertThatThrownBy(() -> baker.extract(Fixtures.png(chunks))).hasMessageContaining("comes first, expected IHDR");
    }

    @Test
    void refusesACompressedBadgeThatInflatesBeyondThePayloadLimit() {
        byte[] bomb = deflate(new byte[20 * 1024 * 1024]);
        byte[] data = concat("openbadgecredential\0\1\0\0\0".getBytes(StandardCharsets.ISO_8859_1), bomb);

        assertThatThrownBy(() -> baker.extract(withExtraChunk("iTXt", data))).isInstanceOf(BadgeException.class)
                .hasMessageContaining("inflates to more than the limit of 16777216 bytes")
                .extracting(e -> ((BadgeException) e).code()).isEqualTo(BadgeException.Code.LIMIT_EXCEEDED);
    }

    @Test
    void readsLegacyTextChunksWithAWarning() throws Exception {
        byte[] url = withExtraChunk("tEXt", "openbadges\0https://example.org/assertions/1".getBytes(StandardCharsets.ISO_8859_1));
        BakedPayload hosted = baker.extract(url);
        assertThat(hosted.kind()).isEqualTo(PayloadKind.OB2_URL);
        assertThat(hosted.payload()).isEqualTo("https://example.org/assertions/1");
        assertThat(hosted.warnings()).singleElement().asString().contains("legacy tEXt chunk");

        byte[] ztxt = withExtraChunk("zTXt", concat("openbadges\0\0".getBytes(StandardCharsets.ISO_8859_1),
                deflate(Fixtures.OB2_JWS.getBytes(StandardCharsets.ISO_8859_1))));
        BakedPayload signed = baker.extract(ztxt);
        assertThat(signed.kind()).isEqualTo(PayloadKind.OB2_JWS);
        assertThat(signed.payload()).isEqualTo(Fixtures.OB2_JWS);
        assertThat(signed.warnings()).singleElement().asString().contains("legacy zTXt chunk");
    }

    @Test
    void saysSoWhenAPngCarriesNoBadge() {
        assertThatThrownBy(() -> baker.extract(Fixtures.png())).isInstanceOf(BadgeException.class)
                .hasMessageContaining("PNG has no Open Badges chunk")
                .extracting(e -> ((BadgeException) e).code()).isEqualTo(BadgeException.Code.NOT_FOUND);
    }

    @Test
    void prefersTheOb3ChunkAndWarnsAboutAnOb2One() throws Exception {
        byte[] both = withExtraChunk("iTXt", Arrays.copyOfRange(PngText.itxtChunk("openbadges", Fixtures.OB2_JWS), 8,
                PngText.itxtChunk("openbadges", Fixtures.OB2_JWS).length - 4));
        List<byte[]> chunks = new ArrayList<>();
        Fixtures.chunks(both).forEach(chunk -> chunks.add(chunk.bytes()));
        chunks.add(1, PngText.itxtChunk("openbadgecredential", Fixtures.OB3_JWT));

        BakedPayload payload = baker.extract(Fixtures.png(chunks));

        assertThat(payload.kind()).isEqualTo(PayloadKind.OB3_JWT);
        assertThat(payload.warnings()).singleElement().asString().contains("(OB 2.0) was ignored");
    }

    private static byte[] withChunkHeader(int length, String type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(PngChunkReader.SIGNATURE);
        out.writeBytes(Fixtures.chunks(Fixtures.png()).get(0).bytes());
        out.writeBytes(ByteBuffer.allocate(4).putInt(length).array());
        out.writeBytes(type.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(new byte[100]);
        return out.toByteArray();
    }

    private static byte[] withExtraChunk(String type, byte[] data) {
        List<byte[]> chunks = new ArrayList<>();
        Fixtures.chunks(Fixtures.png()).forEach(chunk -> chunks.add(chunk.bytes()));
        chunks.add(1, Fixtures.chunk(type, data));
        return Fixtures.png(chunks);
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
