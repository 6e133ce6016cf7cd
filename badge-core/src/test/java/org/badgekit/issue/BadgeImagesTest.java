package org.badgekit.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.badgekit.BadgeException;
import org.badgekit.bake.Baker;
import org.badgekit.bake.ImageFormat;
import org.badgekit.criteria.BadgeCriteria;
import org.badgekit.criteria.CriteriaLibrary;
import org.junit.jupiter.api.Test;

class BadgeImagesTest {
    private final BadgeImages images = new BadgeImages();

    private static BadgeCriteria badge(String id) throws BadgeException {
        return CriteriaLibrary.bundled().get(id);
    }

    @Test
    void usesTheCriteriaPictureWhenItHasTheWantedFormat() throws BadgeException {
        BadgeCriteria badge = badge("workplace-instructor");
        assertThat(badge.image()).isPresent();
        byte[] svg = images.imageFor(badge, "fi", ImageFormat.SVG);
        assertThat(Baker.create().formatOf(svg)).isEqualTo(ImageFormat.SVG);
        assertThat(svg).isNotEqualTo(BadgeImages.generated(badge, "fi", ImageFormat.SVG));
    }

    @Test
    void drawsAPngWithJava2dWhenTheCriteriaPictureIsAnSvg() throws Exception {
        BadgeCriteria badge = badge("workplace-instructor");
        byte[] png = images.imageFor(badge, "en", ImageFormat.PNG);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(400);
        assertThat(image.getRGB(200, 20) >>> 24).as("the disc is opaque").isEqualTo(0xff);
        assertThat(image.getRGB(2, 2) >>> 24).as("the corner is transparent").isZero();
    }

    @Test
    void generatedPicturesAreDeterministicAndNameTheBadgeInTheLanguage() throws BadgeException {
        BadgeCriteria badge = badge("learning-ambassador");
        assertThat(BadgeImages.generated(badge, "fi", ImageFormat.PNG)).isEqualTo(BadgeImages.generated(badge, "fi", ImageFormat.PNG));
        String svg = new String(BadgeImages.generated(badge, "fi", ImageFormat.SVG), StandardCharsets.UTF_8);
        assertThat(svg).contains("<title>" + badge.name().get("fi") + "</title>").contains("EQF " + badge.eqfLevel());
        assertThat(Baker.create().formatOf(svg.getBytes(StandardCharsets.UTF_8))).isEqualTo(ImageFormat.SVG);
    }

    @Test
    void breaksLongNamesIntoAtMostThreeLines() {
        assertThat(BadgeArt.lines("Workplace Instructor")).containsExactly("Workplace", "Instructor");
        assertThat(BadgeArt.lines("A very long badge name that goes on and on and on")).hasSize(3);
        assertThat(BadgeArt.colour("workplace-instructor")).isEqualTo(BadgeArt.colour("workplace-instructor")).startsWith("#");
    }
}
