package org.badgekit.sign;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Finds the team's reference data ({@code ../shared/spec}), or skips the calling test when it is absent. */
final class SharedSpec {
    private SharedSpec() {}

    static Path root() {
        String property = System.getProperty("badgekit.shared");
        if (property != null && Files.isDirectory(Path.of(property, "spec"))) {
            return Path.of(property, "spec").toAbsolutePath().normalize();
        }
        if (Files.isDirectory(Path.of("/work/shared/spec"))) {
            return Path.of("/work/shared/spec");
        }
        Assumptions.assumeTrue(false, "../shared not present: " + property);
        return null;
    }

    static Path file(String relative) {
        Path file = root().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "shared file missing: " + file);
        return file;
    }
}
