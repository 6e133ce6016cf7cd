package org.badgekit.bake;

/** Edits one attribute of a start tag's text without touching the rest of it (the tag is known to be well-formed). */
final class StartTag {
    private StartTag() {}

    /**
     * The tag with {@code xmlns:PREFIX} bound to {@code uri}: the value replaced when the declaration is there, else a
     * declaration appended after the last attribute.
     */
    static String withNamespace(String tag, String prefix, String uri) {
        String declaration = "xmlns:" + prefix;
        int i = 1;
        while (i < tag.length() && !isSpace(tag.charAt(i)) && tag.charAt(i) != '>' && tag.charAt(i) != '/') {
            i++;
        }
        int insertAt = i;
        while (true) {
            i = skipSpace(tag, i);
            if (i >= tag.length() || tag.charAt(i) == '>' || tag.charAt(i) == '/') {
                break;
            }
            int nameStart = i;
            while (tag.charAt(i) != '=' && !isSpace(tag.charAt(i))) {
                i++;
            }
            String name = tag.substring(nameStart, i);
            i = skipSpace(tag, i) + 1;
            i = skipSpace(tag, i);
            char quote = tag.charAt(i);
            int valueStart = i + 1;
            int valueEnd = tag.indexOf(quote, valueStart);
            i = valueEnd + 1;
            if (name.equals(declaration)) {
                return tag.substring(0, valueStart) + SvgBaker.attribute(uri) + tag.substring(valueEnd);
            }
            insertAt = i;
        }
        return tag.substring(0, insertAt) + " " + declaration + "=\"" + SvgBaker.attribute(uri) + "\"" + tag.substring(insertAt);
    }

    private static int skipSpace(String tag, int from) {
        int i = from;
        while (i < tag.length() && isSpace(tag.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
