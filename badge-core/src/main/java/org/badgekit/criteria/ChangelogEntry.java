package org.badgekit.criteria;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One released version of a criteria file, as recorded in its {@code changelog} (newest first).
 *
 * @param version the version released
 * @param date    the day it was released
 * @param note    what changed, for coordinators (a review note, not badge content, so English only)
 */
public record ChangelogEntry(CriteriaVersion version, LocalDate date, String note) {
    public ChangelogEntry {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(note, "note");
    }
}
