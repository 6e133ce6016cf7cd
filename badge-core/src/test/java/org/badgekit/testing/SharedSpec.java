package org.badgekit.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the team's reference data ({@code ../shared/spec}) for tests; a test that needs it is skipped when it is absent.
 *
 * <p>The folder is the system property {@code badgekit.shared.override} if set (for a local run from elsewhere), else
 * {@code badgekit.shared}, which surefire sets to {@code ${maven.multiModuleProjectDirectory}/../shared}. Paths are
 * absolute and normalized.
 */
public final class SharedSpec {
    /** Stands for "no shared data" in parameterized tests, which need at least one argument to report a skip. */
    public static final Path ABSENT = Path.of("shared-spec-absent");

    private SharedSpec() {}

    /** Whether the reference data is present. */
    public static boolean present() {
        return root() != null;
    }

    /** The {@code spec} folder, or skips the calling test when the shared data is absent. */
    public static Path spec() {
        Path root = root();
        Assumptions.assumeTrue(root != null, "../shared not present: " + describe());
        return root.resolve("spec");
    }

    /** A file or folder below {@code shared/spec}, or skips the calling test when it is absent. */
    public static Path spec(String relative) {
        Path path = spec().resolve(relative).normalize();
        Assumptions.assumeTrue(Files.exists(path), "../shared does not hold spec/" + relative + ": " + path);
        return path;
    }

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
        Assumptions.assumeFalse(ABSENT.equals(file), "../shared not present: " + describe());
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

    private static String configured() {
        String override = System.getProperty("badgekit.shared.override");
        return override != null && !override.isBlank() ? override : System.getProperty("badgekit.shared");
    }

    private static String describe() {
        String configured = configured();
        return configured == null
                ? "set -Dbadgekit.shared=DIR"
                : Path.of(configured).toAbsolutePath().normalize() + " has no spec/ folder";
    }

    private static Path root() {
        String configured = configured();
        if (configured == null || configured.isBlank()) {
            return null;
        }
        Path root = Path.of(configured).toAbsolutePath().normalize();
        return Files.isDirectory(root.resolve("spec")) ? root : null;
    }
}
