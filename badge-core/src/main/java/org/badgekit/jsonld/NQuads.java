package org.badgekit.jsonld;

import com.apicatalog.rdf.nquads.NQuadsAlphabet;

/**
 * One N-Quads line, byte for byte as Titanium's {@code NQuadsWriter.nquad} writes it (RDFC-1.0 hashes these lines, so they must
 * not differ), without its per-call stream over the code points: a literal with nothing to escape is copied as it is, any other
 * goes through {@code NQuadsAlphabet.escape}.
 */
final class NQuads {
    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
    private static final String I18N_BASE = "https://www.w3.org/ns/i18n#";

    private NQuads() {}

    /**
     * The line for a quad, ending in {@code " .\n"}.
     *
     * @param datatype non-null exactly when {@code object} is a literal
     * @param graph null for the default graph
     */
    static String line(String subject, String predicate, String object, String datatype, String language, String direction,
            String graph) {
        StringBuilder out = new StringBuilder(subject.length() + predicate.length() + object.length() + 64);
        resourceOrBlank(out, subject).append(' ');
        resourceOrBlank(out, predicate).append(' ');
        if (datatype != null) {
            literal(out, object, datatype, language, direction);
        } else {
            resourceOrBlank(out, object);
        }
        out.append(' ');
        if (graph != null) {
            resourceOrBlank(out, graph).append(' ');
        }
        return out.append(".\n").toString();
    }

    private static StringBuilder resourceOrBlank(StringBuilder out, String term) {
        if (term == null) {
            throw new IllegalArgumentException("an N-Quads term is null");
        }
        return term.startsWith("_:") ? out.append(term) : out.append('<').append(term).append('>');
    }

    private static void literal(StringBuilder out, String value, String datatype, String language, String direction) {
        out.append('"').append(escape(value)).append('"');
        if (direction != null) {
            out.append(I18N_BASE);
            if (language != null) {
                out.append(language);
            }
            out.append('_').append(direction);
        } else if (language != null) {
            out.append('@').append(language);
        } else if (!XSD_STRING.equals(datatype)) {
            out.append("^^<").append(datatype).append('>');
        }
    }

    /** {@code NQuadsAlphabet.escape}: it changes only controls (U+0000-U+001F, U+007F), the quote and the backslash. */
    static String escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == 0x7f) {
                return NQuadsAlphabet.escape(value);
            }
        }
        return value;
    }
}
