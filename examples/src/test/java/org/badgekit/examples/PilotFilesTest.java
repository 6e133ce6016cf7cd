package org.badgekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.badgekit.bake.BakedPayload;
import org.badgekit.bake.Baker;
import org.badgekit.bake.PayloadKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed sample pilot files are what {@link PilotFiles} makes of {@code recipients.csv} and {@link BadgeArt}. */
class PilotFilesTest {
    private static final Path PILOT = Path.of(System.getProperty("badgekit.projectRoot", "..")).resolve("examples/pilot");

    @BeforeAll
    static void regenerateWhenAsked() throws Exception {
        if (Boolean.getBoolean("badgekit.regenerate")) {
            PilotFiles.writeAll(PILOT);
        }
    }

    @Test
    void theXlsxHoldsExactlyTheRowsOfTheCsv() throws Exception {
        List<List<String>> csv = PilotFiles.readCsv(PILOT.resolve("recipients.csv"));
        assertThat(csv).hasSize(21);
        assertThat(PilotFiles.readXlsx(PILOT.resolve("recipients.xlsx"), csv.get(0).size())).isEqualTo(csv);
    }

    @Test
    void theXlsxKeepsIssueDatesAsExcelDates() throws Exception {
        int issuedOn = PilotFiles.readCsv(PILOT.resolve("recipients.csv")).get(0).indexOf("issued_on");
        assertThat(PilotFiles.isNumber(PILOT.resolve("recipients.xlsx"), 1, issuedOn)).isTrue();
        assertThat(PilotFiles.isNumber(PILOT.resolve("recipients.xlsx"), 0, issuedOn)).isFalse();
    }

    @Test
    void theSvgIsTheDrawing() throws Exception {
        assertThat(Files.readString(PILOT.resolve("badge.svg"))).isEqualTo(BadgeArt.svg(PilotFiles.BADGE_TITLE));
    }

    @Test
    void thePngIsASquareBadgeWithAGoldStarOnATransparentBackground() throws Exception {
        BufferedImage image = ImageIO.read(PILOT.resolve("badge.png").toFile());
        assertThat(image.getWidth()).isEqualTo(BadgeArt.SIZE);
        assertThat(image.getHeight()).isEqualTo(BadgeArt.SIZE);
        assertThat(image.getRGB(0, 0) >>> 24).as("corner alpha").isZero();
        assertThat(image.getRGB(128, 112) & 0xFFFFFF).as("star centre").isEqualTo(0xE9C46A);
    }

    @Test
    void bothImagesCanBeBaked() throws Exception {
        Baker baker = Baker.create();
        BakedPayload payload = BakedPayload.detect("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],"
                + "\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"]}");
        for (String name : List.of("badge.png", "badge.svg")) {
            byte[] baked = baker.bake(Files.readAllBytes(PILOT.resolve(name)), payload);
            assertThat(baker.extract(baked).kind()).as(name).isEqualTo(PayloadKind.OB3_JSON);
        }
        assertThat(ImageIO.read(new ByteArrayInputStream(baker.bake(BadgeArt.png(), payload)))).isNotNull();
    }
}
