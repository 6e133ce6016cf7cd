package org.badgekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BakeCommandTest {
    static final String OB3_JSON = "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"id\":\"urn:uuid:1\","
            + "\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"]}";
    static final String OB2_JSON = "{\"@context\":\"https://w3id.org/openbadges/v2\",\"type\":\"Assertion\","
            + "\"id\":\"https://example.org/a/1\"}";

    @TempDir
    Path dir;
    Path png;
    Path svg;
    Path ob3;

    @BeforeEach
    void images() throws Exception {
        png = dir.resolve("badge.png");
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB), "png", png.toFile());
        svg = dir.resolve("badge.svg");
        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/></svg>\n");
        ob3 = dir.resolve("credential.json");
        Files.writeString(ob3, OB3_JSON + "\n");
    }

    @Test
    void bakesAnOb3CredentialIntoAPngAndSaysWhatItDid() {
        Path out = dir.resolve("baked.png");

        CliRun run = CliRun.of("bake", png.toString(), ob3.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(out + ": baked OB 3.0 credential (JSON) into PNG" + System.lineSeparator());
        assertThat(run.err()).isEmpty();
        CliRun extract = CliRun.of("extract", out.toString());
        assertThat(extract.out()).isEqualTo(OB3_JSON + System.lineSeparator());
    }

    @Test
    void neverOverwritesTheOutputWithoutForce() throws Exception {
        Path out = dir.resolve("baked.svg");
        Files.writeString(out, "precious");

        CliRun refused = CliRun.of("bake", svg.toString(), ob3.toString(), "--out", out.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(refused.err()).isEqualTo("badge: " + out + ": already exists; pass --force to overwrite it"
                + System.lineSeparator());
        assertThat(Files.readString(out)).isEqualTo("precious");

        CliRun forced = CliRun.of("bake", svg.toString(), ob3.toString(), "--out", out.toString(), "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(out)).contains("<openbadges:credential><![CDATA[" + OB3_JSON + "]]>");
    }

    @Test
    void detectsOb2AndLetsFormatOverrideIt() throws Exception {
        Path ob2 = dir.resolve("assertion.json");
        Files.writeString(ob2, OB2_JSON);

        CliRun detected = CliRun.of("bake", svg.toString(), ob2.toString(), "--out", dir.resolve("a.svg").toString());
        CliRun overridden = CliRun.of("bake", svg.toString(), ob2.toString(), "--out", dir.resolve("b.svg").toString(),
                "--format", "ob3");

        assertThat(detected.out()).contains("baked OB 2.0 assertion (JSON) into SVG");
        assertThat(Files.readString(dir.resolve("a.svg"))).contains("<openbadges:assertion verify=\"https://example.org/a/1\">");
        assertThat(overridden.out()).contains("baked OB 3.0 credential (JSON) into SVG");
    }

    @Test
    void refusesANonImageWithExitThreeAndOneLine() throws Exception {
        Path fake = dir.resolve("fake.png");
        Files.writeString(fake, "hello, not an image");

        CliRun run = CliRun.of("bake", fake.toString(), ob3.toString(), "--out", dir.resolve("x.png").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).startsWith("badge: " + fake + ": not a PNG or SVG image (starts with 68 65 6c 6c 6f 2c 20 6e")
                .hasLineCount(1).doesNotContain("at org.");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void refusesAPayloadThatIsNeitherJsonNorJws() throws Exception {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "just some words");

        CliRun run = CliRun.of("bake", png.toString(), bad.toString(), "--out", dir.resolve("x.png").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).startsWith("badge: " + bad + ": \"just some words\" is neither JSON").hasLineCount(1);
    }

    static String jws(String payload) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + b64.encodeToString(new byte[32]);
    }
}
