package org.badgekit.verify;

/** What one check concluded. Only {@link #FAILED} makes a report invalid. */
public enum Outcome {
    /** The check ran and found nothing wrong. */
    PASSED,
    /** Something a careful verifier should know, not enough to reject the badge (a failure under strict mode). */
    WARNING,
    /** The badge breaks a rule this check enforces: the badge is not valid. */
    FAILED,
    /** The check does not apply to this badge or had nothing to check (its message says why). */
    SKIPPED
}
