package org.badgekit.jsonld;

import java.net.URI;

/**
 * "Is this an absolute IRI?" exactly as Titanium decides it ({@code UriUtils.isAbsoluteUri} with full validation: at least
 * three characters and {@link URI#create} accepts it as absolute), but without building a {@link URI} for the usual case: a
 * scheme followed by characters {@code java.net.URI} always accepts. Anything unusual takes Titanium's own route.
 */
final class Iris {
    private Iris() {}

    static boolean isAbsolute(String value) {
        if (value == null || value.length() < 3) {
            return false;
        }
        int colon = schemeEnd(value);
        // "x:" and "x:#f" lack a scheme-specific part, "x://" an authority: URI.create refuses them
        if (colon > 0 && colon + 1 < value.length() && value.charAt(colon + 1) != '#' && !value.endsWith("://")
                && plainRest(value, colon + 1)) {
            return true;
        }
        try {
            return URI.create(value).isAbsolute();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean isBlankNode(String value) {
        return value.startsWith("_:");
    }

    /** Titanium's {@code UriUtils.endsWithGenDelim}: the prefix flag of a simple term depends on it. */
    static boolean endsWithGenDelim(String iri) {
        if (iri.isEmpty()) {
            return false;
        }
        char last = iri.charAt(iri.length() - 1);
        return last == ':' || last == '/' || last == '?' || last == '#' || last == '[' || last == ']' || last == '@';
    }

    /** Index of the colon ending a syntactically valid scheme, or -1. */
    private static int schemeEnd(String value) {
        char first = value.charAt(0);
        if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')) {
            return -1;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether {@code value} from {@code start} has only characters every part of a {@code java.net.URI} accepts (unreserved and
     * sub-delimiters, {@code : / ? @}, valid percent escapes) and at most one {@code #}; brackets and anything else are
     * left to {@link URI#create}.
     */
    private static boolean plainRest(String value, int start) {
        boolean fragment = false;
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                continue;
            }
            switch (c) {
                case '-': case '.': case '_': case '~': case '!': case '$': case '&': case '\'': case '(': case ')':
                case '*': case '+': case ',': case ';': case '=': case ':': case '/': case '?': case '@':
                    continue;
                case '#':
                    if (fragment) {
                        return false;
                    }
                    fragment = true;
                    continue;
                case '%':
                    if (i + 2 >= value.length() || !isHex(value.charAt(i + 1)) || !isHex(value.charAt(i + 2))) {
                        return false;
                    }
                    i += 2;
                    continue;
                default:
                    return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
