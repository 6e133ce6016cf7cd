package org.badgekit.criteria;

import java.util.Locale;
import java.util.Optional;

/** Where a criteria file stands in the partners' review. */
public enum CriteriaStatus {
    /** A pilot draft: written, to be confirmed by the partners. */
    DRAFT,
    /** Confirmed by the partners; badges may be issued against it outside the pilot. */
    APPROVED,
    /** No longer issued; kept so that earlier badges stay explained. */
    RETIRED;

    /** The word used in the files: {@code draft}, {@code approved}, {@code retired}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status whose {@link #label()} is {@code text}, if any. */
    public static Optional<CriteriaStatus> fromLabel(String text) {
        for (CriteriaStatus status : values()) {
            if (status.label().equals(text)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
