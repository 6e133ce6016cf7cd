package org.badgekit.bake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/** Finds the team's reference data ({@code ../shared/spec}); skips the test when it is not on this machine. */
final class SharedSpec {
    private SharedSpec() {}

    static Path file(String relative) {
        Path root = root();
        Path file = root.resolve("spec").resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "shared reference file not present: " + file);
        return file;
    }

    static Path root() {
        String property = System.getProperty("badgekit.shared");
        if (property != null && Files.isDirectory(Paths.get(property))) {
            return Paths.get(property).toAbsolutePath().normalize();
        }
        Path fallback = Paths.get("/work/shared");
        Assumptions.assumeTrue(Files.isDirectory(fallback), "../shared not present: neither " + property + " nor " + fallback);
        return fallback;
    }
}
