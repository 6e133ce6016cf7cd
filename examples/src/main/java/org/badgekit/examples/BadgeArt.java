package org.badgekit.examples;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A plain badge image drawn in code (a star in a ring above two ribbon tails), as PNG with Java2D and as SVG text, so the
 * examples need no image file. It has no text, so it draws the same on machines without fonts. {@code examples/pilot/badge.png}
 * and {@code badge.svg} are this drawing.
 */
public final class BadgeArt {
    /** Width and height in pixels. */
    public static final int SIZE = 256;
    private static final int[][] RIBBONS = {
        {88, 150, 122, 176, 98, 246, 84, 228, 64, 236}, {168, 150, 134, 176, 158, 246, 172, 228, 192, 236}};
    private static final Color NAVY = new Color(0x1F3A5F);
    private static final Color TEAL = new Color(0x2A9D8F);
    private static final Color GOLD = new Color(0xE9C46A);

    private BadgeArt() {}

    /**
     * The badge as a 256 x 256 PNG with a transparent background.
     *
     * @return the PNG bytes
     */
    public static byte[] png() {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(NAVY);
        for (int[] ribbon : RIBBONS) {
            g.fill(polygon(ribbon));
        }
        fillCircle(g, TEAL, 92);
        fillCircle(g, Color.WHITE, 80);
        fillCircle(g, NAVY, 72);
        g.setColor(GOLD);
        g.fill(polygon(star()));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PNG to memory failed", e);
        }
        return out.toByteArray();
    }

    /**
     * The same badge as SVG text.
     *
     * @param title the image's accessible name, e.g. the badge name (XML-escaped here)
     * @return the SVG document
     */
    public static String svg(String title) {
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"256\" height=\"256\" viewBox=\"0 0 256 256\">\n")
                .append("  <title>").append(escape(title)).append("</title>\n");
        for (int[] ribbon : RIBBONS) {
            svg.append("  <polygon fill=\"#1F3A5F\" points=\"").append(points(ribbon)).append("\"/>\n");
        }
        svg.append("  <circle cx=\"128\" cy=\"112\" r=\"92\" fill=\"#2A9D8F\"/>\n")
                .append("  <circle cx=\"128\" cy=\"112\" r=\"80\" fill=\"#FFFFFF\"/>\n")
                .append("  <circle cx=\"128\" cy=\"112\" r=\"72\" fill=\"#1F3A5F\"/>\n")
                .append("  <polygon fill=\"#E9C46A\" points=\"").append(points(star())).append("\"/>\n")
                .append("</svg>\n");
        return svg.toString();
    }

    /** A five-pointed star around (128, 112): outer radius 44, inner 18, first point straight up. */
    private static int[] star() {
        int[] xy = new int[20];
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? 44 : 18;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            xy[2 * i] = (int) Math.round(128 + radius * Math.cos(angle));
            xy[2 * i + 1] = (int) Math.round(112 + radius * Math.sin(angle));
        }
        return xy;
    }

    private static void fillCircle(Graphics2D g, Color color, int radius) {
        g.setColor(color);
        g.fill(new Ellipse2D.Double(128 - radius, 112 - radius, 2.0 * radius, 2.0 * radius));
    }

    private static Polygon polygon(int[] xy) {
        Polygon polygon = new Polygon();
        for (int i = 0; i < xy.length; i += 2) {
            polygon.addPoint(xy[i], xy[i + 1]);
        }
        return polygon;
    }

    private static String points(int[] xy) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            text.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%d,%d", xy[i], xy[i + 1]));
        }
        return text.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
