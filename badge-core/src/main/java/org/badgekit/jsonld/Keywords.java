package org.badgekit.jsonld;

import java.util.Set;

/** The JSON-LD 1.1 keywords, and the "looks like a keyword" form processors must ignore. */
final class Keywords {
    private static final Set<String> ALL = Set.of("@base", "@container", "@context", "@direction", "@graph", "@id", "@import",
            "@included", "@index", "@json", "@language", "@list", "@nest", "@none", "@prefix", "@propagate", "@protected",
            "@reverse", "@set", "@type", "@value", "@version", "@vocab");

    private Keywords() {}

    static boolean is(String value) {
        return value != null && !value.isEmpty() && value.charAt(0) == '@' && ALL.contains(value);
    }

    /** {@code @} followed by one or more ASCII letters only (JSON-LD 1.1 reserves these). */
    static boolean looksLikeKeyword(String value) {
        if (value.length() < 2 || value.charAt(0) != '@') {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }
}
