package org.badgekit.bake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.badgekit.BadgeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file API on the committed sample badge pair (resources/bake/sample-badge.png and .svg). */
class BakerFilesTest {
    private final Baker baker = Baker.create();

    @TempDir
    Path dir;

    @Test
    void bakesTheSampleImagesIntoNewFilesAndExtractsThemAgain() throws Exception {
        for (String name : new String[] {"sample-badge.png", "sample-badge.svg"}) {
            Path image = copy(name);
            Path out = dir.resolve("baked-" + name);

            BakeResult result = baker.bake(image, out, BakedPayload.detect(Fixtures.OB3_JSON));

            assertThat(result.replaced()).isZero();
            assertThat(result.bytesWritten()).isEqualTo(Files.size(out));
            assertThat(baker.extract(out).payload()).isEqualTo(Fixtures.OB3_JSON);
        }
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void neverOverwritesAnExistingFileUnlessAsked() throws Exception {
        Path image = copy("sample-badge.png");
        Path out = dir.resolve("out.png");
        Files.writeString(out, "keep me");

        assertThatThrownBy(() -> baker.bake(image, out, BakedPayload.detect(Fixtures.OB3_JSON))).isInstanceOf(BadgeException.class)
                .hasMessage(out + ": already exists; not overwritten")
                .extracting(e -> ((BadgeException) e).code()).isEqualTo(BadgeException.Code.ALREADY_EXISTS);
        assertThat(Files.readString(out)).isEqualTo("keep me");

        baker.bake(image, out, BakedPayload.detect(Fixtures.OB3_JSON), StandardCopyOption.REPLACE_EXISTING);
        assertThat(baker.extract(out).kind()).isEqualTo(PayloadKind.OB3_JSON);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void bakingInPlaceReplacesTheBadgeOfTheSameFile() throws Exception {
        Path image = copy("sample-badge.svg");
        baker.bake(image, image, BakedPayload.detect(Fixtures.OB2_JWS), StandardCopyOption.REPLACE_EXISTING);
        baker.bake(image, image, BakedPayload.detect(Fixtures.OB3_JWT), StandardCopyOption.REPLACE_EXISTING);

        assertThat(baker.extract(image).kind()).isEqualTo(PayloadKind.OB3_JWT);
        assertThat(BakerRoundTripTest.badgeCount(ImageFormat.SVG, Files.readAllBytes(image))).isEqualTo(1);
    }

    @Test
    void leavesNoFileBehindWhenTheImageIsBroken() throws Exception {
        Path broken = dir.resolve("broken.png");
        byte[] png = Files.readAllBytes(copy("sample-badge.png"));
        Files.write(broken, java.util.Arrays.copyOf(png, png.length - 20));
        Path out = dir.resolve("out.png");

        assertThatThrownBy(() -> baker.bake(broken, out, BakedPayload.detect(Fixtures.OB3_JSON)))
                .hasMessageStartingWith(broken + ": truncated PNG");
        assertThat(out).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void namesAMissingFile() {
        Path missing = dir.resolve("missing.png");

        assertThatThrownBy(() -> baker.extract(missing)).isInstanceOf(BadgeException.class)
                .hasMessage(missing + ": no such file")
                .extracting(e -> ((BadgeException) e).code()).isEqualTo(BadgeException.Code.NOT_FOUND);
    }

    @Test
    void refusesToBakeABareUrl() throws Exception {
        BakedPayload url = BakedPayload.detect("https://example.org/assertions/1");
        assertThat(url.kind()).isEqualTo(PayloadKind.OB2_URL);

        assertThatThrownBy(() -> baker.bake(Files.readAllBytes(copy("sample-badge.png")), url))
                .isInstanceOf(BadgeException.class).hasMessageContaining("bare URL");
    }

    private Path copy(String name) throws Exception {
        Path target = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/bake/" + name)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private Stream<Path> leftovers() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".tmp")).toList().stream();
        }
    }
}
