package org.badgekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.badgekit.json.JsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheKindPayloadAndWarningsAsOneJsonDocument() throws Exception {
        Path baked = bakedSvg("<svg xmlns=\"http://www.w3.org/2000/svg\"><g/></svg>");
        String moved = Files.readString(baked).replaceFirst("(<openbadges:credential.*</openbadges:credential>)(<g/>)", "$2$1");
        Files.writeString(baked, moved);

        CliRun run = CliRun.of("extract", baked.toString(), "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode result = JsonCodec.parse("stdout", run.out());
        assertThat(result.path("file").asText()).isEqualTo(baked.toString());
        assertThat(result.path("kind").asText()).isEqualTo("OB3_JWT");
        assertThat(result.path("payload").asText()).isEqualTo(BakeCommandTest.jws(BakeCommandTest.OB3_JSON));
        assertThat(result.path("warnings").get(0).asText()).contains("is not the first child of <svg>");
        assertThat(run.err()).startsWith("badge: warning: ").contains("is not the first child");
    }

    @Test
    void writesThePayloadToAFileExactlyAndNeverOverwritesIt() throws Exception {
        Path baked = bakedSvg("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Path out = dir.resolve("payload.jwt");

        CliRun run = CliRun.of("extract", baked.toString(), "--out", out.toString());
        CliRun again = CliRun.of("extract", baked.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).isEqualTo(BakeCommandTest.jws(BakeCommandTest.OB3_JSON));
        assertThat(again.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(again.err()).contains("already exists; pass --force");
    }

    @Test
    void anUnbakedImageIsExitThreeWithOneLine() throws Exception {
        Path png = dir.resolve("plain.png");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png.toFile());

        CliRun run = CliRun.of("extract", png.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).isEqualTo("badge: " + png + ": PNG has no Open Badges chunk (iTXt 'openbadgecredential' or "
                + "'openbadges'); the image is not baked" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    private Path bakedSvg(String svg) throws Exception {
        Path image = dir.resolve("in.svg");
        Files.writeString(image, svg);
        Path token = dir.resolve("token.jwt");
        Files.writeString(token, BakeCommandTest.jws(BakeCommandTest.OB3_JSON));
        Path baked = dir.resolve("baked.svg");
        assertThat(CliRun.of("bake", image.toString(), token.toString(), "--out", baked.toString()).exitCode()).isZero();
        return baked;
    }
}
