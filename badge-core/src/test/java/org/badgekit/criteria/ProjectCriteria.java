package org.badgekit.criteria;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's {@code criteria/} folder through the {@code badgekit.projectRoot} property surefire sets. */
final class ProjectCriteria {
    private ProjectCriteria() {}

    static Path folder() {
        String root = System.getProperty("badgekit.projectRoot", "");
        Path folder = Path.of(root.isEmpty() ? ".." : root).resolve("criteria");
        assumeTrue(Files.isDirectory(folder), "criteria/ not found at " + folder + "; run through the Maven reactor");
        return folder;
    }
}
