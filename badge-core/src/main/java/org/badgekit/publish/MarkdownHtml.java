package org.badgekit.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the Markdown subset that {@link org.badgekit.criteria.CriteriaPage} writes (headings, paragraphs, {@code _emphasis_}
 * lines, {@code **strong**} lines, bullet and numbered lists, two-column tables, {@code <http...>} autolinks) as HTML. Every
 * piece of text is escaped first; nothing else of Markdown (raw HTML, images, arbitrary links) is interpreted, so a criteria
 * file can never put markup or scripts into a published page.
 */
final class MarkdownHtml {
    private static final Pattern AUTOLINK = Pattern.compile("&lt;(https?://[^\\s&]+)&gt;");
    private static final Pattern HEADING = Pattern.compile("(#{1,6}) (.*)");

    private MarkdownHtml() {}

    /** The HTML of {@code markdown}; headings are shifted down by {@code shift} levels (at most h6). */
    static String render(String markdown, int shift) {
        StringBuilder html = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        String list = null;
        boolean table = false;
        for (String line : markdown.split("\n", -1)) {
            String trimmed = line.strip();
            boolean bullet = trimmed.startsWith("- ");
            boolean numbered = trimmed.matches("[0-9]+\\. .*");
            String wanted = bullet ? "ul" : numbered ? "ol" : null;
            if (!trimmed.isEmpty() && (list != null && !list.equals(wanted) || table && !trimmed.startsWith("|"))) {
                html.append(table ? "</table>\n" : "</" + list + ">\n");
                list = null;
                table = false;
            }
            if (trimmed.isEmpty()) {
                flush(html, paragraph);
                continue;
            }
            Matcher heading = HEADING.matcher(trimmed);
            if (heading.matches()) {
                flush(html, paragraph);
                int level = Math.min(6, heading.group(1).length() + shift);
                html.append("<h").append(level).append('>').append(inline(heading.group(2))).append("</h").append(level)
                        .append(">\n");
            } else if (wanted != null) {
                flush(html, paragraph);
                if (list == null) {
                    html.append('<').append(wanted).append(">\n");
                    list = wanted;
                }
                html.append("<li>").append(inline(trimmed.substring(trimmed.indexOf(' ') + 1))).append("</li>\n");
            } else if (trimmed.startsWith("|")) {
                flush(html, paragraph);
                table = row(html, trimmed, table);
            } else {
                paragraph.add(trimmed);
            }
        }
        flush(html, paragraph);
        if (list != null) {
            html.append("</").append(list).append(">\n");
        }
        if (table) {
            html.append("</table>\n");
        }
        return html.toString();
    }

    /** A table row; separator rows and rows of empty cells are skipped. Returns whether a table is open. */
    private static boolean row(StringBuilder html, String line, boolean open) {
        String inner = line.substring(1, line.endsWith("|") && line.length() > 1 ? line.length() - 1 : line.length());
        String[] cells = inner.split("\\|", -1);
        boolean empty = true;
        for (String cell : cells) {
            empty &= cell.strip().isEmpty() || cell.strip().matches("-+");
        }
        if (empty) {
            return open;
        }
        if (!open) {
            html.append("<table>\n");
        }
        html.append("<tr>");
        for (int i = 0; i < cells.length; i++) {
            String tag = i == 0 && cells.length > 1 ? "th" : "td";
            html.append('<').append(tag).append('>').append(inline(cells[i].strip())).append("</").append(tag).append('>');
        }
        html.append("</tr>\n");
        return true;
    }

    private static void flush(StringBuilder html, List<String> paragraph) {
        if (paragraph.isEmpty()) {
            return;
        }
        String text = String.join(" ", paragraph);
        paragraph.clear();
        if (text.length() > 4 && text.startsWith("**") && text.endsWith("**")) {
            html.append("<p><strong>").append(inline(text.substring(2, text.length() - 2))).append("</strong></p>\n");
        } else if (text.length() > 2 && text.startsWith("_") && text.endsWith("_")) {
            html.append("<p><em>").append(inline(text.substring(1, text.length() - 1))).append("</em></p>\n");
        } else {
            html.append("<p>").append(inline(text)).append("</p>\n");
        }
    }

    /** Escaped text with {@code <https://...>} autolinks turned into links (the URL itself stays escaped). */
    private static String inline(String text) {
        return AUTOLINK.matcher(Html.escape(text)).replaceAll("<a href=\"$1\">$1</a>");
    }
}
