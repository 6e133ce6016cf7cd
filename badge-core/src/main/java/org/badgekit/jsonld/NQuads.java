package org.badgekit.jsonld;

/**
 * One N-Quads line, byte for byte as Titanium's {@code NQuadsWriter.nquad} writes it (RDFC-1.0 hashes these lines, so they must
 * not differ), without its per-call stream over the code points.
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

    /** A literal's N-Quads text ({@code "..."}, {@code "..."@lang} or {@code "..."^^<datatype>}), escaped once. */
    static String literalText(String value, String datatype, String language, String direction) {
        StringBuilder out = new StringBuilder(value.length() + 48);
        literal(out, value, datatype, language, direction);
        return out.toString();
    }

    /** The line for a quad whose object is a literal already formatted by {@link #literalText}. */
    static String lineWithLiteral(String subject, String predicate, String literalText, String graph) {
        StringBuilder out = new StringBuilder(subject.length() + predicate.length() + literalText.length() + 64);
        resourceOrBlank(out, subject).append(' ');
        resourceOrBlank(out, predicate).append(' ').append(literalText).append(' ');
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

    /**
     * {@code NQuadsAlphabet.escape}, char for char: {@code \t \b \n \r \f \" \\} get their short escapes, other controls
     * (U+0000-U+001F) and U+007F become a {@code \\u} escape with four upper-case hex digits, everything else is copied.
     * Titanium's version streams the code points into an int array for every literal; criteria narratives are long and full
     * of newlines.
     */
    static String escape(String value) {
        int first = 0;
        while (first < value.length() && !needsEscape(value.charAt(first))) {
            first++;
        }
        if (first == value.length()) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() + 16).append(value, 0, first);
        for (int i = first; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!needsEscape(c)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\f': out.append("\\f"); break;
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                default:
                    out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf])
                            .append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static boolean needsEscape(char c) {
        return c < 0x20 || c == '"' || c == '\\' || c == 0x7f;
    }
}
