package org.badgekit.jsonld;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Finds the team's reference data folder ({@code shared/}); tests that need it are skipped when it is absent. */
public final class SharedSpec {
    private SharedSpec() {}

    /** The {@code shared} folder, or skips the calling test. */
    public static Path root() {
        String property = System.getProperty("badgekit.shared");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        Path fallback = Path.of("/work/shared");
        if (Files.isDirectory(fallback)) {
            return fallback;
        }
        Assumptions.assumeTrue(false, "../shared not present: " + property);
        return fallback;
    }

    /** A file below {@code shared/spec}, or skips the calling test. */
    public static Path spec(String relative) {
        Path path = root().resolve("spec").resolve(relative);
        Assumptions.assumeTrue(Files.exists(path), "not present: " + path);
        return path;
    }
}
