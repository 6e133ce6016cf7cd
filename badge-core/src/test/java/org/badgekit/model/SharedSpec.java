package org.badgekit.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Finds the team's reference data ({@code ../shared/spec}); tests that need it skip when it is absent. */
public final class SharedSpec {
    private SharedSpec() {}

    /** Whether the reference data is present. */
    public static boolean present() {
        return root() != null;
    }

    /** The {@code spec} folder, or skips the calling test when the shared data is absent. */
    public static Path spec() {
        Path root = root();
        Assumptions.assumeTrue(root != null,
                "../shared not present: set -Dbadgekit.shared=DIR (looked at the property and /work/shared)");
        return root.resolve("spec");
    }

    /** The JSON files directly in {@code dir} (relative to spec/) and one level below, sorted; empty when absent. */
    public static List<Path> jsonFiles(String dir) {
        Path root = root();
        if (root == null) {
            return List.of();
        }
        Path base = root.resolve("spec").resolve(dir);
        try (Stream<Path> files = Files.walk(base, 2)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Path root() {
        String property = System.getProperty("badgekit.shared");
        if (property != null && Files.isDirectory(Path.of(property, "spec"))) {
            return Path.of(property);
        }
        Path fallback = Path.of("/work/shared");
        return Files.isDirectory(fallback.resolve("spec")) ? fallback : null;
    }
}
