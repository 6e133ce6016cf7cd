package org.badgekit.bake;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;

/**
 * Bakes into and extracts from SVG (DIGEST 6.2). Baking is a textual splice: StAX picks the elements by namespace URI, the
 * lexer gives their positions, and only the root start tag (namespace declaration), the badge element right after it and any
 * old badge elements change; every other character stays as it was.
 */
final class SvgBaker {
    private final BakeLimits limits;

    SvgBaker(BakeLimits limits) {
        this.limits = limits;
    }

    BakedPayload extract(InputStream in, String source) throws BadgeException {
        SvgScan.Result scan = SvgScan.scan(SvgXml.guardedReader(in, source, limits), source, limits);
        SvgScan.Element ob3 = single(scan.badges(), true);
        SvgScan.Element ob2 = single(scan.badges(), false);
        if (ob3 == null && ob2 == null) {
            throw new BadgeException(BadgeException.Code.NOT_FOUND, source + ": SVG has no <openbadges:credential> ("
                    + SvgXml.OB3_NAMESPACE + ") or <openbadges:assertion> (" + SvgXml.OB2_NAMESPACE
                    + ") element; the image is not baked", source, null);
        }
        List<String> warnings = new ArrayList<>();
        if (ob3 != null && ob2 != null) {
            warnings.add(ob2.where() + " (OB 2.0) was ignored in favour of the OB 3.0 element");
        }
        SvgScan.Element chosen = ob3 != null ? ob3 : ob2;
        if (!chosen.firstChild()) {
            warnings.add(chosen.where() + " is not the first child of <" + scan.rootName() + ">");
        }
        String verify = chosen.verify() == null || chosen.verify().isBlank() ? null : chosen.verify().strip();
        String body = chosen.body().strip();
        String text;
        if (chosen.ob3()) {
            if (verify != null && !body.isEmpty()) {
                throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, chosen.where()
                        + " has both a verify attribute and a body; expected a VC-JWT in verify or JSON in the body, not both",
                        source, null);
            }
            text = verify != null ? verify : body;
        } else {
            text = !body.isEmpty() ? body : verify == null ? "" : verify;
        }
        if (text.isEmpty()) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, chosen.where()
                    + " is empty; expected a verify attribute or a body", source, null);
        }
        return new BakedPayload(PayloadDetector.classify(chosen.ob3(), text, chosen.where()), text, warnings);
    }

    BakeResult bake(InputStream in, OutputStream out, BakedPayload payload, String source) throws BadgeException {
        String document;
        boolean bom;
        try {
            bom = SvgXml.hasUtf8Bom(in);
            document = readAll(SvgXml.guardedReader(in, source, limits));
        } catch (IOException e) {
            throw SvgXml.failure(e, source);
        }
        SvgScan.Result scan = SvgScan.scan(new StringReader(document), source, limits);
        String binding = scan.rootPrefixBinding();
        if (binding != null && !binding.equals(SvgXml.OB3_NAMESPACE) && !binding.equals(SvgXml.OB2_NAMESPACE)) {
            throw new BadgeException(BadgeException.Code.UNSUPPORTED, source + ": the <svg> root binds the prefix '"
                    + SvgXml.PREFIX + "' to " + binding + ", not to an Open Badges namespace", source, null);
        }
        Set<Integer> targets = new HashSet<>();
        targets.add(0);
        scan.badges().forEach(badge -> targets.add(badge.ordinal()));
        TagLocator locator = new TagLocator(targets);
        try {
            new XmlScanner(limits.maxXmlTokenChars(), locator).feed(document);
        } catch (XmlScanner.Refusal e) {
            throw SvgXml.failure(e, source);
        }
        String baked = splice(document, scan, locator, element(payload), payload.kind().isOb3(), source);
        byte[] bytes = baked.getBytes(StandardCharsets.UTF_8);
        try {
            if (bom) {
                out.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
            }
            out.write(bytes);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, source + ": cannot write the baked image: " + e.getMessage(),
                    source, e);
        }
        return new BakeResult(ImageFormat.SVG, payload.kind(), scan.badges().size(), bytes.length + (bom ? 3L : 0L));
    }

    private String splice(String document, SvgScan.Result scan, TagLocator locator, String element, boolean ob3, String source)
            throws BadgeException {
        TagLocator.Span root = located(locator.startTag(0), document, scan.rootName(), source);
        StringBuilder out = new StringBuilder(document.length() + element.length() + 64);
        out.append(document, 0, root.start());
        String rootTag = StartTag.withNamespace(document.substring(root.start(), root.end() + 1), SvgXml.PREFIX,
                ob3 ? SvgXml.OB3_NAMESPACE : SvgXml.OB2_NAMESPACE);
        boolean selfClosing = rootTag.endsWith("/>");
        out.append(selfClosing ? rootTag.substring(0, rootTag.length() - 2) + ">" : rootTag).append(element);
        List<TagLocator.Span> removed = new ArrayList<>();
        for (SvgScan.Element badge : scan.badges()) {
            located(locator.startTag(badge.ordinal()), document, badge.qualifiedName(), source);
            removed.add(located(locator.element(badge.ordinal()), document, badge.qualifiedName(), source));
        }
        removed.sort(Comparator.comparingInt(TagLocator.Span::start));
        int copied = root.end() + 1;
        for (TagLocator.Span span : removed) {
            if (span.start() >= copied) {
                out.append(document, copied, span.start());
                copied = span.end() + 1;
            }
        }
        out.append(document, copied, document.length());
        if (selfClosing) {
            out.append("</").append(scan.rootName()).append('>');
        }
        return out.toString();
    }

    /** Checks that the lexer's position really holds the element StAX named, so a lexer slip can never corrupt an image. */
    private static TagLocator.Span located(TagLocator.Span span, String document, String name, String source)
            throws BadgeException {
        if (span == null || !document.startsWith("<" + name, span.start())) {
            throw new BadgeException(BadgeException.Code.INTERNAL, source + ": could not locate <" + name
                    + "> in the SVG text; the image was not changed", source, null);
        }
        return span;
    }

    private String element(BakedPayload payload) throws BadgeException {
        String text = payload.payload();
        checkXmlChars(text);
        switch (payload.kind()) {
            case OB3_JSON:
                return "<openbadges:credential>" + cdata(text) + "</openbadges:credential>";
            case OB3_JWT:
                return "<openbadges:credential verify=\"" + attribute(text) + "\"></openbadges:credential>";
            case OB2_JWS:
                return "<openbadges:assertion verify=\"" + attribute(text) + "\"></openbadges:assertion>";
            case OB2_JSON:
                JsonNode id = JsonCodec.parse("payload", text).path("id");
                String verify = id.isTextual() ? " verify=\"" + attribute(id.asText()) + "\"" : "";
                return "<openbadges:assertion" + verify + ">" + cdata(text) + "</openbadges:assertion>";
            default:
                throw new BadgeException(BadgeException.Code.UNSUPPORTED, "cannot bake a " + payload.kind() + " payload into SVG");
        }
    }

    /** XML 1.0 cannot carry every character JSON can (U+FFFE, U+FFFF, lone surrogates, C0 controls in strings). */
    private static void checkXmlChars(String text) throws BadgeException {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9 || c == 0xa || c == 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd)
                    || (c >= 0x10000 && c <= 0x10ffff);
            if (!allowed) {
                throw new BadgeException(BadgeException.Code.INVALID_INPUT, String.format("payload contains U+%04X at index %d, "
                        + "which XML 1.0 cannot carry; write it as \\u%04x in the JSON or bake into PNG", c, i, c));
            }
            i += Character.charCount(c);
        }
    }

    /** CDATA cannot contain {@code ]]>}: end the section between {@code ]]} and {@code >} and open a new one. */
    static String cdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private String readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[64 * 1024];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    private static SvgScan.Element single(List<SvgScan.Element> badges, boolean ob3) throws BadgeException {
        SvgScan.Element first = null;
        for (SvgScan.Element badge : badges) {
            if (badge.ob3() != ob3) {
                continue;
            }
            if (first != null) {
                throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, badge.where() + " repeats the badge element first seen at "
                        + first.where() + "; an SVG carries exactly one", badge.where(), null);
            }
            first = badge;
        }
        return first;
    }
}
