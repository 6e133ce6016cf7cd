package org.badgekit.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.badgekit.BadgeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesANewFileCreatingParentsAndLeavesNoTempFile() throws Exception {
        Path target = dir.resolve("a/b/credential.json");

        AtomicFiles.write(target, "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(target).hasContent("{}");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void writesIntoAnExistingDirectoryAndRecreatesOneDeletedBetweenWrites() throws Exception {
        Path credentials = dir.resolve("out/credentials");
        for (int n = 0; n < 20; n++) {
            AtomicFiles.write(credentials.resolve("r" + n + ".json"), ("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8),
                    AtomicFiles.Durability.PROCESS_CRASH);
        }
        try (Stream<Path> files = Files.list(credentials)) {
            assertThat(files).hasSize(20);
        }
        try (Stream<Path> tree = Files.walk(dir.resolve("out"))) {
            tree.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        AtomicFiles.write(credentials.resolve("again.json"), "{}".getBytes(StandardCharsets.UTF_8),
                AtomicFiles.Durability.PROCESS_CRASH);
        assertThat(credentials.resolve("again.json")).hasContent("{}");
    }

    @Test
    void aParentThatIsAFileIsAnIoErrorNamingTheTarget() throws Exception {
        Files.writeString(dir.resolve("credentials"), "not a directory");
        Path target = dir.resolve("credentials/r1.json");
        assertThatThrownBy(() -> AtomicFiles.write(target, "{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BadgeException.class).hasMessageStartingWith(target + ": cannot write file");
    }

    @Test
    void replacesAnExistingFileWhole() throws Exception {
        Path target = dir.resolve("credential.json");
        Files.writeString(target, "old content that is longer");

        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(target).hasContent("new");
    }

    @Test
    void deletesOnlyItsOwnTempFiles() throws Exception {
        Files.writeString(dir.resolve(".credential.json.5f3a.tmp"), "half");
        Files.writeString(dir.resolve("notes.tmp"), "the coordinator's own file");
        Files.writeString(dir.resolve("credential.json"), "{}");

        assertThat(AtomicFiles.deleteTempFiles(dir)).isEqualTo(1);

        assertThat(dir.resolve("notes.tmp")).exists();
        assertThat(dir.resolve("credential.json")).exists();
        assertThat(AtomicFiles.deleteTempFiles(dir.resolve("missing"))).isZero();
    }

    @Test
    void reportsAnUnwritableTargetAsAnIoErrorNamingIt() throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");

        assertThatThrownBy(() -> AtomicFiles.write(blocker.resolve("child.json"), new byte[1]))
                .isInstanceOf(BadgeException.class).hasMessageContaining("child.json: cannot write file")
                .extracting(failure -> ((BadgeException) failure).code()).isEqualTo(BadgeException.Code.IO_ERROR);
    }
}
