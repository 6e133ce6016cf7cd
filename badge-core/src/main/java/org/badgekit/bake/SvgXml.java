package org.badgekit.bake;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.badgekit.BadgeException;

/** The hardened StAX configuration and the guarded character stream every SVG parse goes through. */
final class SvgXml {
    static final String OB3_NAMESPACE = "https://purl.imsglobal.org/ob/v3p0";
    static final String OB2_NAMESPACE = "http://openbadges.org";
    static final String PREFIX = "openbadges";
    static final String OB3_ELEMENT = "credential";
    static final String OB2_ELEMENT = "assertion";

    private SvgXml() {}

    /**
     * A fresh StAX factory with DTD processing, external entities and entity replacement off. A new one per parse: StAX
     * does not promise that factories are thread-safe, and {@code newDefaultFactory} skips the service lookup.
     */
    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    /**
     * Characters of a UTF-8 document, after a UTF-8 byte order mark if there is one, through the token guard.
     *
     * @throws BadgeException {@code UNSUPPORTED} for a UTF-16 byte order mark
     */
    static Reader guardedReader(InputStream in, String source, BakeLimits limits) throws BadgeException {
        try {
            in.mark(3);
            byte[] head = in.readNBytes(3);
            in.reset();
            if (head.length >= 2 && ((head[0] == (byte) 0xfe && head[1] == (byte) 0xff)
                    || (head[0] == (byte) 0xff && head[1] == (byte) 0xfe))) {
                throw new BadgeException(BadgeException.Code.UNSUPPORTED,
                        source + ": SVG is encoded in UTF-16; only UTF-8 SVG is supported", source, null);
            }
            if (hasUtf8Bom(in)) {
                in.skipNBytes(3);
            }
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, source + ": cannot read: " + e.getMessage(), source, e);
        }
        Reader utf8 = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        return new Guarded(utf8, new XmlScanner(limits.maxXmlTokenChars(), null), limits.maxImageBytes());
    }

    /** Turns a StAX failure into a one-line {@link BadgeException} naming the source, line and column. */
    static BadgeException failure(XMLStreamException e, String source) {
        for (Throwable cause = e; cause != null; cause = next(cause)) {
            if (cause instanceof IOException io) {
                return failure(io, source);
            }
        }
        return new BadgeException(BadgeException.Code.MALFORMED_INPUT, source + where(e.getLocation())
                + ": SVG is not well-formed XML: " + message(e), source, e);
    }

    /** Turns a failure of the guarded character stream into a one-line {@link BadgeException}. */
    static BadgeException failure(IOException e, String source) {
        if (e instanceof XmlScanner.Refusal refusal) {
            return new BadgeException(refusal.code(), source + ": " + refusal.getMessage(), source, e);
        }
        if (e instanceof CharacterCodingException) {
            return new BadgeException(BadgeException.Code.MALFORMED_INPUT,
                    source + ": SVG is not valid UTF-8 (only UTF-8 SVG is supported)", source, e);
        }
        return new BadgeException(BadgeException.Code.IO_ERROR, source + ": cannot read: " + e.getMessage(), source, e);
    }

    /** True when the stream starts with a UTF-8 byte order mark; the stream must support mark and reset. */
    static boolean hasUtf8Bom(InputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        in.reset();
        return head.length == 3 && head[0] == (byte) 0xef && head[1] == (byte) 0xbb && head[2] == (byte) 0xbf;
    }

    private static Throwable next(Throwable cause) {
        if (cause.getCause() != null) {
            return cause.getCause();
        }
        return cause instanceof XMLStreamException stax ? stax.getNestedException() : null;
    }

    static String where(Location location) {
        if (location == null || location.getLineNumber() < 1) {
            return "";
        }
        return ":" + location.getLineNumber() + ":" + location.getColumnNumber();
    }

    private static String message(XMLStreamException e) {
        String text = String.valueOf(e.getMessage());
        int marker = text.indexOf("Message: ");
        text = marker >= 0 ? text.substring(marker + "Message: ".length()) : text;
        int newline = text.indexOf('\n');
        return (newline >= 0 ? text.substring(0, newline) : text).strip();
    }

    /** Runs every character through the {@link XmlScanner} limits and caps the document length. */
    static final class Guarded extends FilterReader {
        private final XmlScanner scanner;
        private final long maxChars;
        private long total;

        Guarded(Reader in, XmlScanner scanner, long maxChars) {
            super(in);
            this.scanner = scanner;
            this.maxChars = maxChars;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                total += n;
                if (total > maxChars) {
                    throw new XmlScanner.Refusal(BadgeException.Code.LIMIT_EXCEEDED,
                            "SVG is longer than the limit of " + maxChars + " characters");
                }
                scanner.feed(buffer, offset, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            throw new IOException("skip is not supported on a guarded SVG stream");
        }
    }
}
