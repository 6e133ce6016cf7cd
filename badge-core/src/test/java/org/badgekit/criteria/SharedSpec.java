package org.badgekit.criteria;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The team's reference data ({@code ../shared/spec}): the {@code badgekit.shared} property, else {@code /work/shared}. */
final class SharedSpec {
    private SharedSpec() {}

    static Path spec() {
        String property = System.getProperty("badgekit.shared", "");
        Path shared = property.isEmpty() ? null : Path.of(property).toAbsolutePath().normalize();
        if (shared == null || !Files.isDirectory(shared)) {
            shared = Path.of("/work/shared");
        }
        assumeTrue(Files.isDirectory(shared.resolve("spec")), "../shared not present: " + property);
        return shared.resolve("spec");
    }
}
