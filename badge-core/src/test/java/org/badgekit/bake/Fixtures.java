package org.badgekit.bake;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Images and payloads made in code for the bake tests, and an independent PNG chunk lister to check results with. */
final class Fixtures {
    static final String OB3_JSON = "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\","
            + "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"],"
            + "\"id\":\"urn:uuid:6a1f4c2e-2b1d-4e0f-9a39-1c3d2b9e7f10\",\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],"
            + "\"issuer\":{\"id\":\"did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK\",\"type\":[\"Profile\"],"
            + "\"name\":\"Ty\u00f6paikkaohjaaja \u2013 ]]> test\"},\"validFrom\":\"2026-01-01T00:00:00Z\"}";
    static final String OB2_JSON = "{\"@context\":\"https://w3id.org/openbadges/v2\",\"type\":\"Assertion\","
            + "\"id\":\"https://example.org/assertions/123\",\"recipient\":{\"type\":\"email\",\"hashed\":false,"
            + "\"identity\":\"ana@example.org\"},\"badge\":\"https://example.org/badges/wi\",\"issuedOn\":\"2026-01-01T00:00:00Z\","
            + "\"verification\":{\"type\":\"hosted\"}}";
    static final String OB3_JWT = jws("{\"alg\":\"RS256\",\"typ\":\"JWT\"}", "{\"iss\":\"https://example.org/issuer\","
            + "\"vc\":{\"@context\":[\"https://www.w3.org/2018/credentials/v1\"],\"type\":[\"VerifiableCredential\"]}}");
    static final String OB2_JWS = jws("{\"alg\":\"RS256\"}", OB2_JSON);

    static final String SVG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!-- a comment with <svg> in it -->\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\" data-x='a>b'>\n"
            + "  <title>Workplace Instructor \u2013 Ty\u00f6paikkaohjaaja</title>\n"
            + "  <circle cx=\"32\" cy=\"32\" r=\"28\" fill=\"#1e3c8c\"/>\n"
            + "  <![CDATA[ <not-a-tag> ]]>\n"
            + "</svg>\n";

    private Fixtures() {}

    static String jws(String header, String payload) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString("not a real signature, only its shape matters here".getBytes(StandardCharsets.UTF_8));
    }

    /** A small PNG drawn and written by ImageIO, with a tEXt comment and a private ancillary chunk added after IDAT. */
    static byte[] png() {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1e, 0x3c, 0x8c));
        g.fillOval(2, 2, 28, 28);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Chunk> chunks = chunks(out.toByteArray());
        List<byte[]> rebuilt = new ArrayList<>();
        for (Chunk chunk : chunks) {
            if (chunk.type().equals("IEND")) {
                rebuilt.add(chunk("tEXt", "Comment\0drawn by Fixtures".getBytes(StandardCharsets.ISO_8859_1)));
                rebuilt.add(chunk("prVt", new byte[] {1, 2, 3, 4, 5}));
            }
            rebuilt.add(chunk.bytes());
        }
        return png(rebuilt);
    }

    /** A PNG file from chunk byte arrays. */
    static byte[] png(List<byte[]> chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(PngChunkReader.SIGNATURE);
        chunks.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** A complete chunk with a correct CRC, computed independently of the production writer. */
    static byte[] chunk(String type, byte[] data) {
        ByteBuffer buffer = ByteBuffer.allocate(12 + data.length);
        buffer.putInt(data.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(data);
        CRC32 crc = new CRC32();
        crc.update(buffer.array(), 4, 4 + data.length);
        buffer.putInt((int) crc.getValue());
        return buffer.array();
    }

    /** One chunk of a PNG: its type, offset and complete bytes (length, type, data, CRC). */
    record Chunk(String type, int offset, byte[] bytes) {
        String text() {
            return new String(bytes, 8, bytes.length - 12, StandardCharsets.UTF_8);
        }
    }

    static List<Chunk> chunks(byte[] png) {
        List<Chunk> chunks = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(png);
        int offset = 8;
        while (offset + 12 <= png.length) {
            int length = buffer.getInt(offset);
            String type = new String(png, offset + 4, 4, StandardCharsets.ISO_8859_1);
            byte[] bytes = java.util.Arrays.copyOfRange(png, offset, offset + 12 + length);
            chunks.add(new Chunk(type, offset, bytes));
            offset += 12 + length;
        }
        return chunks;
    }
}
