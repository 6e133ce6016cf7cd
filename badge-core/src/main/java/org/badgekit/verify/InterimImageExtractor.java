package org.badgekit.verify;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.badgekit.BadgeException;

/**
 * Reads the badge payload from a baked PNG ({@code iTXt} chunk {@code openbadgecredential} / {@code openbadges}) or SVG
 * ({@code openbadges:credential} / {@code openbadges:assertion}), DIGEST §6. Temporary: replaced by the {@code bake}
 * package's extractor when that lands.
 */
final class InterimImageExtractor implements Pieces.ImageExtractor {
    private static final int MAX_CHUNK = 16 * 1024 * 1024;
    private static final String OB3_NS = "https://purl.imsglobal.org/ob/v3p0";
    private static final String OB2_NS = "http://openbadges.org";

    @Override
    public Pieces.Extracted extract(byte[] image, BadgeFormat.Container container, String source) throws BadgeException {
        return container == BadgeFormat.Container.PNG ? png(image, source) : svg(image, source);
    }

    private static Pieces.Extracted png(byte[] bytes, String source) throws BadgeException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        in.position(8);
        while (in.remaining() >= 12) {
            int offset = in.position();
            long length = in.getInt() & 0xffffffffL;
            byte[] type = new byte[4];
            in.get(type);
            String name = new String(type, StandardCharsets.ISO_8859_1);
            if (length > MAX_CHUNK || length + 4 > in.remaining()) {
                throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, source + ": PNG chunk " + Json.quote(name)
                        + " at byte " + offset + " declares " + length + " bytes but the file has " + Math.max(0,
                        in.remaining() - 4) + " left", source, null);
            }
            byte[] data = new byte[(int) length];
            in.get(data);
            int crc = in.getInt();
            CRC32 check = new CRC32();
            check.update(type);
            check.update(data);
            if ((int) check.getValue() != crc) {
                throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, source + ": PNG chunk " + Json.quote(name)
                        + " at byte " + offset + " has a wrong CRC", source, null);
            }
            if (name.equals("iTXt") || name.equals("tEXt")) {
                int zero = indexOf(data, 0);
                String keyword = new String(data, 0, Math.max(zero, 0), StandardCharsets.ISO_8859_1);
                if (zero > 0 && (keyword.equals("openbadgecredential") || keyword.equals("openbadges"))) {
                    return new Pieces.Extracted(text(name, data, zero, source), "the PNG " + name + " chunk " + keyword, List.of());
                }
            }
            if (name.equals("IEND")) {
                break;
            }
        }
        throw new BadgeException(BadgeException.Code.NOT_FOUND,
                source + ": the PNG has no iTXt chunk 'openbadgecredential' or 'openbadges': it is not a baked badge", source,
                null);
    }

    private static String text(String chunk, byte[] data, int zero, String source) throws BadgeException {
        if (chunk.equals("tEXt")) {
            return new String(data, zero + 1, data.length - zero - 1, StandardCharsets.ISO_8859_1);
        }
        if (data.length < zero + 3 || data[zero + 1] != 0) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT,
                    source + ": the badge iTXt chunk is compressed or truncated; baked badges must not be compressed", source,
                    null);
        }
        int language = indexOf(data, zero + 3);
        int translated = language < 0 ? -1 : indexOf(data, language + 1);
        if (translated < 0) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT,
                    source + ": the badge iTXt chunk is truncated (missing language tag or translated keyword)", source, null);
        }
        return new String(data, translated + 1, data.length - translated - 1, StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static Pieces.Extracted svg(byte[] bytes, String source) throws BadgeException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                while (reader.hasNext()) {
                    if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String ns = reader.getNamespaceURI();
                    String local = reader.getLocalName();
                    if ((OB3_NS.equals(ns) && local.equals("credential")) || (OB2_NS.equals(ns) && local.equals("assertion"))) {
                        String verify = reader.getAttributeValue(null, "verify");
                        String body = reader.getElementText().strip();
                        String payload = body.isEmpty() ? verify : body;
                        if (payload == null || payload.isBlank()) {
                            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT,
                                    source + ": the SVG's openbadges:" + local + " element is empty", source, null);
                        }
                        return new Pieces.Extracted(payload, "the SVG element openbadges:" + local, List.of());
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            String message = e.getMessage() == null ? "unreadable XML" : e.getMessage().lines().reduce((a, b) -> b).orElse("");
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, source + ": not well-formed SVG: " + message,
                    source, e);
        }
        throw new BadgeException(BadgeException.Code.NOT_FOUND,
                source + ": the SVG has no openbadges:credential or openbadges:assertion element: it is not a baked badge",
                source, null);
    }
}
