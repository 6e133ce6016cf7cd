package org.badgekit.publish;

/** A tiny HTML writer: every text goes through {@link #escape}, and nothing executable is ever written. */
final class Html {
    private final StringBuilder out = new StringBuilder();

    /** Escapes text for element content and double- or single-quoted attributes. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Starts a page; the style is inline because the page loads nothing but same-site images. */
    Html head(String language, String title) {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(language)).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;padding:0 1em;line-height:1.5}"
                        + "img.badge{width:8em;height:8em}section{border-top:1px solid #ccc;margin-top:2em}th{text-align:left;padding-right:1em}</style>\n")
                .append("</head>\n<body>\n");
        return this;
    }

    Html open(String tag) {
        out.append('<').append(tag).append(">\n");
        return this;
    }

    Html openLang(String tag, String language) {
        out.append('<').append(tag).append(" id=\"").append(escape(language)).append("\" lang=\"").append(escape(language))
                .append("\">\n");
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append(">\n");
        return this;
    }

    /** One element with escaped text content. */
    Html element(String tag, String text) {
        out.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    /** A list item or paragraph holding one link; only relative links and http(s) URLs are written. */
    Html link(String tag, String href, String text) {
        out.append('<').append(tag).append("><a href=\"").append(escape(safeHref(href))).append("\">").append(escape(text))
                .append("</a></").append(tag).append(">\n");
        return this;
    }

    Html image(String src, String alt) {
        out.append("<img class=\"badge\" src=\"").append(escape(safeHref(src))).append("\" alt=\"").append(escape(alt))
                .append("\">\n");
        return this;
    }

    /** A bullet list of escaped items. */
    Html list(Iterable<String> items) {
        out.append("<ul>\n");
        for (String item : items) {
            out.append("<li>").append(escape(item)).append("</li>\n");
        }
        out.append("</ul>\n");
        return this;
    }

    /** Appends HTML made by {@link MarkdownHtml}, which escapes all text itself. */
    Html raw(String escapedHtml) {
        out.append(escapedHtml);
        return this;
    }

    String end() {
        return out.append("</body>\n</html>\n").toString();
    }

    /** {@code javascript:} and other schemes become {@code #}: links go to relative paths or http(s) only. */
    private static String safeHref(String href) {
        String lower = href.trim().toLowerCase(java.util.Locale.ROOT);
        int colon = lower.indexOf(':');
        int slash = lower.indexOf('/');
        boolean relative = colon < 0 || slash >= 0 && slash < colon;
        return relative || lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:") ? href : "#";
    }
}
