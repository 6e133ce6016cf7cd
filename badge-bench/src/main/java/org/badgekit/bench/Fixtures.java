package org.badgekit.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * Inputs shared by the benchmarks: a typical OB 3.0 credential (the Node harness' "Workplace Instructor" badge, unsigned) and
 * images made in code, a small badge-sized one and one of about 2 MB, in PNG and SVG. Deterministic (fixed seeds).
 */
final class Fixtures {
    /** Target size of the "large" images. */
    static final int LARGE_BYTES = 2 * 1024 * 1024;

    private Fixtures() {
    }

    /** The unsigned credential JSON (3.3 kB pretty-printed; issuer is a did:key). */
    static String credentialJson() {
        return resource("bench/credential.json");
    }

    /** A PNG image: {@code "small"} is 128x128 RGBA, {@code "2mb"} is noise of about 2 MB that does not compress. */
    static byte[] png(String size) {
        return "small".equals(size) ? png(128, 128, 1, true) : png(724, 724, 2, false);
    }

    /** An SVG image: {@code "small"} is a few shapes, {@code "2mb"} has thousands of paths. */
    static byte[] svg(String size) {
        StringBuilder svg = new StringBuilder(LARGE_BYTES + 4096);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"128\" height=\"128\" viewBox=\"0 0 128 128\">\n")
                .append("  <circle cx=\"64\" cy=\"64\" r=\"60\" fill=\"#1d4e89\"/>\n")
                .append("  <text x=\"64\" y=\"72\" font-size=\"24\" text-anchor=\"middle\" fill=\"#fff\">WI</text>\n");
        if (!"small".equals(size)) {
            SplittableRandom random = new SplittableRandom(7);
            while (svg.length() < LARGE_BYTES) {
                svg.append("  <path d=\"M").append(random.nextInt(128)).append(' ').append(random.nextInt(128));
                for (int i = 0; i < 12; i++) {
                    svg.append(" L").append(random.nextInt(128)).append(' ').append(random.nextInt(128));
                }
                svg.append(" Z\" fill=\"#").append(Integer.toHexString(0x100000 + random.nextInt(0xefffff)))
                        .append("\" opacity=\"0.1\"/>\n");
            }
        }
        svg.append("</svg>\n");
        return svg.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] png(int width, int height, long seed, boolean smooth) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        SplittableRandom random = new SplittableRandom(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb = smooth ? 0xff000000 | (x * 2) << 16 | (y * 2) << 8 | 0x89 : random.nextInt();
                image.setRGB(x, y, argb);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String resource(String name) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("benchmark resource " + name + " missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
