package org.badgekit.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** A 50 MB PNG goes through the stream API chunk by chunk: generated on the fly in, counted and discarded out. */
class PngStreamingTest {
    private static final int FIFTY_MB = 50 * 1024 * 1024;

    @Test
    void bakesAFiftyMegabytePngFromStreamToStream() throws Exception {
        byte[] ihdr = Fixtures.chunks(Fixtures.png()).get(0).bytes();
        byte[] iend = Fixtures.chunk("IEND", new byte[0]);
        CRC32 crc = new CRC32();
        crc.update("IDAT".getBytes(StandardCharsets.ISO_8859_1));
        byte[] zeros = new byte[1024 * 1024];
        for (int i = 0; i < 50; i++) {
            crc.update(zeros);
        }
        byte[] head = ByteBuffer.allocate(8 + ihdr.length + 8).put(PngChunkReader.SIGNATURE).put(ihdr).putInt(FIFTY_MB)
                .put("IDAT".getBytes(StandardCharsets.ISO_8859_1)).array();
        byte[] tail = ByteBuffer.allocate(4 + iend.length).putInt((int) crc.getValue()).put(iend).array();
        InputStream image = new SequenceInputStream(Collections.enumeration(List.of(
                new java.io.ByteArrayInputStream(head), new GeneratedStream("", '\0', FIFTY_MB, ""),
                new java.io.ByteArrayInputStream(tail))));
        Sink out = new Sink();

        BakeResult result = Baker.create().bake(image, out, BakedPayload.detect(Fixtures.OB3_JWT), "big.png");

        byte[] badge = PngText.itxtChunk("openbadgecredential", Fixtures.OB3_JWT);
        long expected = head.length + (long) FIFTY_MB + tail.length + badge.length;
        assertThat(result.bytesWritten()).isEqualTo(expected);
        assertThat(out.count).isEqualTo(expected);
        assertThat(Arrays.copyOfRange(out.head.toByteArray(), 8 + ihdr.length, 8 + ihdr.length + badge.length)).isEqualTo(badge);
    }

    /** Counts bytes and keeps only the first 64 KB. */
    private static final class Sink extends OutputStream {
        final ByteArrayOutputStream head = new ByteArrayOutputStream();
        long count;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            int keep = (int) Math.max(0, Math.min(length, 65_536 - count));
            head.write(bytes, offset, keep);
            count += length;
        }
    }
}
