package org.badgekit.issue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws a plain round badge for badges whose criteria bring no picture: the badge name on a disc in a colour derived from
 * the badge id, with the level below. Deterministic: the same inputs give the same bytes, as SVG or as a PNG drawn with
 * Java2D (headless).
 */
final class BadgeArt {
    static final int SIZE = 400;
    private static final int MAX_LINE = 16;
    /** Widest text line inside the ring, in pixels. */
    private static final int TEXT_WIDTH = 270;
    private static final int NAME_SIZE = 34;
    private static final String[] PALETTE = {"#1b5e7a", "#2e7d32", "#6a1b9a", "#b23c17", "#00695c", "#37474f", "#283593"};

    private BadgeArt() {}

    static String colour(String badgeId) {
        return PALETTE[Math.floorMod(badgeId.hashCode(), PALETTE.length)];
    }

    static byte[] svg(String badgeId, String name, String level) {
        List<String> lines = lines(name);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(SIZE).append("\" height=\"").append(SIZE)
                .append("\" viewBox=\"0 0 400 400\" role=\"img\">\n");
        svg.append("  <title>").append(escape(name)).append("</title>\n");
        svg.append("  <circle cx=\"200\" cy=\"200\" r=\"192\" fill=\"").append(colour(badgeId)).append("\"/>\n");
        svg.append("  <circle cx=\"200\" cy=\"200\" r=\"168\" fill=\"none\" stroke=\"#ffffff\" stroke-width=\"6\"/>\n");
        int longest = lines.stream().mapToInt(String::length).max().orElse(1);
        // bold sans-serif glyphs average about 0.68 em: shrink long names so they stay inside the ring
        int size = Math.max(16, Math.min(NAME_SIZE, (int) (TEXT_WIDTH / (0.68 * longest))));
        int y = 200 - (lines.size() - 1) * 20 - 10;
        for (String line : lines) {
            svg.append("  <text x=\"200\" y=\"").append(y).append("\" text-anchor=\"middle\" font-family=\"DejaVu Sans, Arial, "
                    + "sans-serif\" font-size=\"").append(size).append("\" font-weight=\"bold\" fill=\"#ffffff\">")
                    .append(escape(line)).append("</text>\n");
            y += 40;
        }
        svg.append("  <text x=\"200\" y=\"").append(y + 30).append("\" text-anchor=\"middle\" font-family=\"DejaVu Sans, Arial, "
                + "sans-serif\" font-size=\"24\" fill=\"#ffffff\">").append(escape(level)).append("</text>\n");
        svg.append("</svg>\n");
        return svg.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] png(String badgeId, String name, String level) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.decode(colour(badgeId)));
            g.fill(new Ellipse2D.Double(8, 8, 384, 384));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(6));
            g.draw(new Ellipse2D.Double(32, 32, 336, 336));
            drawText(g, lines(name), level);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PNG to memory failed", e);
        }
        return out.toByteArray();
    }

    private static void drawText(Graphics2D g, List<String> lines, String level) {
        try {
            int size = NAME_SIZE;
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
            while (size > 16 && widest(g.getFontMetrics(), lines) > TEXT_WIDTH) {
                size -= 2;
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
            }
            FontMetrics metrics = g.getFontMetrics();
            int y = 200 - (lines.size() - 1) * 20 - 10;
            for (String line : lines) {
                g.drawString(line, 200 - metrics.stringWidth(line) / 2, y);
                y += 40;
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 24));
            g.drawString(level, 200 - g.getFontMetrics().stringWidth(level) / 2, y + 30);
        } catch (RuntimeException | LinkageError noFonts) {
            // a JVM without any font still gets the disc: a picture without words beats no picture
        }
    }

    private static int widest(FontMetrics metrics, List<String> lines) {
        return lines.stream().mapToInt(metrics::stringWidth).max().orElse(0);
    }

    /** The name broken into lines of at most {@value #MAX_LINE} characters where possible, three lines at most. */
    static List<String> lines(String name) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > MAX_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() > 3) {
            List<String> kept = new ArrayList<>(lines.subList(0, 3));
            kept.set(2, kept.get(2) + "...");
            return kept;
        }
        return lines;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
