package org.badgekit.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Finds the team's reference data ({@code ../shared/spec}), or skips the calling test when it is absent. */
final class SharedSpec {
    private SharedSpec() {}

    /** The {@code spec} folder; skips the test when neither the configured nor the default location exists. */
    static Path spec() {
        String configured = System.getProperty("badgekit.shared");
        if (configured != null && Files.isDirectory(Path.of(configured, "spec"))) {
            return Path.of(configured, "spec").toAbsolutePath().normalize();
        }
        Path fallback = Path.of("/work/shared/spec");
        Assumptions.assumeTrue(Files.isDirectory(fallback), "../shared not present: " + configured);
        return fallback;
    }

    /** The 1EdTech validator's OB 3.0 samples. */
    static Path ob30Validator() {
        return spec().resolve("examples/ob30/validator");
    }
}
