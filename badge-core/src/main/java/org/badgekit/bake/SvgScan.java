package org.badgekit.bake;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.badgekit.BadgeException;

/**
 * One StAX pass over an SVG: checks that it is well-formed XML with an {@code <svg>} root, and finds every badge element
 * by namespace URI (never by prefix), with its start-tag ordinal (for the textual splice), {@code verify} attribute and body.
 */
final class SvgScan {
    /**
     * A badge element.
     *
     * @param ordinal how many start tags come before it in the document
     * @param ob3 true for {@code credential} in the OB 3.0 namespace, false for {@code assertion} in the OB 2.0 namespace
     * @param qualifiedName as written, e.g. {@code openbadges:credential}
     * @param where source, line and column, for messages
     * @param verify the {@code verify} attribute, or {@code null}
     * @param body the text and CDATA content, concatenated
     * @param firstChild true when only whitespace and comments precede it inside the root
     */
    record Element(int ordinal, boolean ob3, String qualifiedName, String where, String verify, String body, boolean firstChild) {}

    /**
     * The result of a pass.
     *
     * @param rootName the root's qualified name as written
     * @param rootPrefixBinding the namespace the root binds {@code openbadges} to, or {@code null}
     */
    record Result(String rootName, String rootPrefixBinding, List<Element> badges) {}

    /** Real SVG nests a few dozen levels; the parser keeps a stack entry per level. */
    static final int MAX_DEPTH = 1000;

    private SvgScan() {}

    static Result scan(Reader reader, String source, BakeLimits limits) throws BadgeException {
        XMLStreamReader xml = null;
        try {
            xml = SvgXml.factory().createXMLStreamReader(reader);
            return walk(xml, source, limits);
        } catch (XMLStreamException e) {
            throw SvgXml.failure(e, source);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader over memory or a stream the caller owns cannot lose data
                }
            }
        }
    }

    private static Result walk(XMLStreamReader xml, String source, BakeLimits limits) throws XMLStreamException, BadgeException {
        List<Element> badges = new ArrayList<>();
        String rootName = null;
        String rootBinding = null;
        int ordinal = -1;
        int depth = 0;
        boolean contentBefore = false;
        Open open = null;
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT:
                    ordinal++;
                    depth++;
                    String name = qualifiedName(xml);
                    if (depth > MAX_DEPTH) {
                        throw new BadgeException(BadgeException.Code.LIMIT_EXCEEDED, source + SvgXml.where(xml.getLocation())
                                + ": SVG elements nest deeper than " + MAX_DEPTH + " levels", source, null);
                    }
                    String where = source + SvgXml.where(xml.getLocation()) + ": SVG element <" + name + ">";
                    if (depth == 1) {
                        if (!"svg".equals(xml.getLocalName())) {
                            throw new BadgeException(BadgeException.Code.UNSUPPORTED,
                                    source + ": not a PNG or SVG image (XML root element is <" + name + ">)", source, null);
                        }
                        rootName = name;
                        rootBinding = rootBinding(xml);
                    } else if (open != null) {
                        throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, open.where + " contains element <" + name
                                + ">, expected only text or CDATA", source, null);
                    } else if (isBadge(xml)) {
                        String verify = xml.getAttributeValue(null, "verify");
                        if (verify != null && verify.length() > limits.maxPayloadBytes()) {
                            throw tooLarge(where, limits);
                        }
                        open = new Open(ordinal, depth, SvgXml.OB3_NAMESPACE.equals(xml.getNamespaceURI()), name, where, verify,
                                depth == 2 && !contentBefore);
                    } else if (depth == 2) {
                        contentBefore = true;
                    }
                    break;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    if (open != null) {
                        if (open.body.length() + xml.getTextLength() > limits.maxPayloadBytes()) {
                            throw tooLarge(open.where, limits);
                        }
                        open.body.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    } else if (depth == 1 && !xml.isWhiteSpace()) {
                        contentBefore = true;
                    }
                    break;
                case XMLStreamConstants.ENTITY_REFERENCE:
                    if (open != null) {
                        throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, open.where + " contains the entity reference &"
                                + xml.getLocalName() + "; which is not expanded; expected plain text or CDATA", source, null);
                    }
                    contentBefore |= depth == 1;
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    if (open != null && depth == open.depth) {
                        badges.add(open.close());
                        open = null;
                    }
                    depth--;
                    break;
                default:
                    // comments, processing instructions, the DOCTYPE (already checked by XmlScanner): nothing to do
                    break;
            }
        }
        if (rootName == null) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, source + ": SVG has no root element", source, null);
        }
        return new Result(rootName, rootBinding, badges);
    }

    private static boolean isBadge(XMLStreamReader xml) {
        String namespace = xml.getNamespaceURI();
        return (SvgXml.OB3_NAMESPACE.equals(namespace) && SvgXml.OB3_ELEMENT.equals(xml.getLocalName()))
                || (SvgXml.OB2_NAMESPACE.equals(namespace) && SvgXml.OB2_ELEMENT.equals(xml.getLocalName()));
    }

    private static String rootBinding(XMLStreamReader xml) {
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            if (SvgXml.PREFIX.equals(xml.getNamespacePrefix(i))) {
                return xml.getNamespaceURI(i);
            }
        }
        return null;
    }

    private static String qualifiedName(XMLStreamReader xml) {
        String prefix = xml.getPrefix();
        return prefix == null || prefix.isEmpty() ? xml.getLocalName() : prefix + ":" + xml.getLocalName();
    }

    private static BadgeException tooLarge(String where, BakeLimits limits) {
        return new BadgeException(BadgeException.Code.LIMIT_EXCEEDED,
                where + " holds more than the payload limit of " + limits.maxPayloadBytes() + " characters", where, null);
    }

    /** A badge element whose end tag has not been seen yet. */
    private static final class Open {
        final int ordinal;
        final int depth;
        final boolean ob3;
        final String name;
        final String where;
        final String verify;
        final boolean firstChild;
        final StringBuilder body = new StringBuilder();

        Open(int ordinal, int depth, boolean ob3, String name, String where, String verify, boolean firstChild) {
            this.ordinal = ordinal;
            this.depth = depth;
            this.ob3 = ob3;
            this.name = name;
            this.where = where;
            this.verify = verify;
            this.firstChild = firstChild;
        }

        Element close() {
            return new Element(ordinal, ob3, name, where, verify, body.toString(), firstChild);
        }
    }
}
