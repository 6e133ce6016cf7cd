package org.badgekit.criteria;

import java.util.ArrayList;
import java.util.List;

/**
 * A tiny document of headings, paragraphs, lists and key-value rows, rendered either as Markdown or as plain text wrapped
 * for a terminal. Criteria pages and narratives are built once as blocks, so both renderings say the same thing.
 */
final class PageBlocks {
    private static final int WIDTH = 100;

    private sealed interface Block permits Heading, Paragraph, Bullets, Rows {}

    private record Heading(int level, String text) implements Block {}

    private enum Style { PLAIN, EMPHASIS, STRONG }

    private record Paragraph(String text, Style style) implements Block {}

    private record Bullets(List<String> items, boolean numbered) implements Block {}

    private record Rows(List<String[]> rows) implements Block {}

    private final List<Block> blocks = new ArrayList<>();

    PageBlocks heading(int level, String text) {
        blocks.add(new Heading(level, text));
        return this;
    }

    PageBlocks paragraph(String text) {
        blocks.add(new Paragraph(text, Style.PLAIN));
        return this;
    }

    PageBlocks emphasis(String text) {
        blocks.add(new Paragraph(text, Style.EMPHASIS));
        return this;
    }

    PageBlocks strong(String text) {
        blocks.add(new Paragraph(text, Style.STRONG));
        return this;
    }

    PageBlocks bullets(List<String> items) {
        blocks.add(new Bullets(List.copyOf(items), false));
        return this;
    }

    PageBlocks numbered(List<String> items) {
        blocks.add(new Bullets(List.copyOf(items), true));
        return this;
    }

    PageBlocks rows(List<String[]> rows) {
        blocks.add(new Rows(List.copyOf(rows)));
        return this;
    }

    PageBlocks append(PageBlocks other) {
        blocks.addAll(other.blocks);
        return this;
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (block instanceof Heading heading) {
                out.append("#".repeat(heading.level())).append(' ').append(heading.text()).append('\n');
            } else if (block instanceof Paragraph paragraph) {
                String mark = paragraph.style() == Style.EMPHASIS ? "_" : paragraph.style() == Style.STRONG ? "**" : "";
                out.append(mark).append(paragraph.text()).append(mark).append('\n');
            } else if (block instanceof Bullets bullets) {
                for (int i = 0; i < bullets.items().size(); i++) {
                    out.append(bullets.numbered() ? (i + 1) + ". " : "- ").append(bullets.items().get(i)).append('\n');
                }
            } else if (block instanceof Rows rows) {
                out.append("| | |\n|---|---|\n");
                for (String[] row : rows.rows()) {
                    out.append("| ").append(row[0]).append(" | ").append(row[1].replace("|", "\\|")).append(" |\n");
                }
            }
        }
        return out.toString();
    }

    String text() {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (block instanceof Heading heading) {
                String title = heading.text();
                out.append(heading.level() <= 1 ? title.toUpperCase(java.util.Locale.ROOT) : title).append('\n');
                if (heading.level() <= 2) {
                    out.append((heading.level() == 1 ? "=" : "-").repeat(title.codePointCount(0, title.length())))
                            .append('\n');
                }
            } else if (block instanceof Paragraph paragraph) {
                wrap(out, paragraph.text(), "", "");
            } else if (block instanceof Bullets bullets) {
                for (int i = 0; i < bullets.items().size(); i++) {
                    String marker = bullets.numbered() ? String.format("  %d. ", i + 1) : "  - ";
                    wrap(out, bullets.items().get(i), marker, " ".repeat(marker.length()));
                }
            } else if (block instanceof Rows rows) {
                int keyWidth = rows.rows().stream().mapToInt(row -> row[0].length()).max().orElse(0);
                for (String[] row : rows.rows()) {
                    String key = row[0] + ":" + " ".repeat(keyWidth - row[0].length() + 1);
                    wrap(out, row[1], key, " ".repeat(key.length()));
                }
            }
        }
        return out.toString();
    }

    /** Appends {@code text} word-wrapped at {@link #WIDTH}, the first line after {@code first}, the rest after {@code rest}. */
    private static void wrap(StringBuilder out, String text, String first, String rest) {
        StringBuilder line = new StringBuilder(first);
        int prefix = first.length();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > prefix && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(rest);
                prefix = rest.length();
            }
            if (line.length() > prefix) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n');
    }
}
