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

    /** Stands for "no shared data" in parameterized tests, which need at least one argument to report a skip. */
    public static final Path ABSENT = Path.of("shared-spec-absent");

    /**
     * Arguments for a parameterized test over shared files: the JSON files of the given folders, or {@link #ABSENT} alone
     * when the shared data is missing (the test then calls {@link #assumePresent(Path)} and is skipped with a message).
     */
    public static Stream<Path> jsonFilesOrAbsent(String... dirs) {
        if (!present()) {
            return Stream.of(ABSENT);
        }
        return Stream.of(dirs).flatMap(dir -> jsonFiles(dir).stream());
    }

    /** Skips the calling test when {@code file} is {@link #ABSENT}. */
    public static void assumePresent(Path file) {
        Assumptions.assumeFalse(ABSENT.equals(file),
                "../shared not present: set -Dbadgekit.shared=DIR (looked at the property and /work/shared)");
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
            return Path.of(property).toAbsolutePath().normalize();
        }
        Path fallback = Path.of(System.getProperty("badgekit.shared.fallback", "/work/shared"));
        return Files.isDirectory(fallback.resolve("spec")) ? fallback : null;
    }
}
