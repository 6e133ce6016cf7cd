package org.badgekit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.badgekit.BadgeException;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.criteria.CriteriaReport;
import org.badgekit.criteria.CriteriaVersion;

/**
 * Where the criteria commands read from: the folder the user named, else {@code ./criteria} when it exists (a checkout of
 * the project, where coordinators edit the files), else the copy bundled in the jar.
 */
record CriteriaSource(Path folder, String label) {
    static final String BUNDLED = "bundled criteria";

    /** @param explicit the folder the user named, or null */
    static CriteriaSource resolve(Path explicit, Path workingDirectory) {
        if (explicit != null) {
            return new CriteriaSource(explicit, explicit.toString());
        }
        Path local = workingDirectory.resolve("criteria");
        if (Files.isDirectory(local)) {
            Path shown = workingDirectory.toString().isEmpty() ? Path.of("criteria") : local;
            return new CriteriaSource(shown, shown.toString());
        }
        return new CriteriaSource(null, BUNDLED);
    }

    static CriteriaSource resolve(Path explicit) {
        return resolve(explicit, Path.of(""));
    }

    CriteriaReport check(Map<String, CriteriaVersion> lastKnown) throws BadgeException {
        return folder == null ? CriteriaLibrary.checkBundled() : CriteriaLibrary.check(folder, lastKnown);
    }

    CriteriaLibrary load() throws BadgeException {
        return folder == null ? CriteriaLibrary.bundled() : CriteriaLibrary.load(folder);
    }
}
