package org.badgekit.verify;

/**
 * One small verification step with a stable id. Checks never throw for a bad badge: they return a FAILED result naming the
 * offending value. A check may read what earlier checks left in the {@link Verification} (for example the proof results that
 * {@code proof.signature} computed and {@code proof.key-binding} reports on).
 */
interface Check {
    /** The stable id this check reports under, e.g. {@code dates.expired}. */
    String id();

    /** Runs the check against one badge. */
    CheckResult run(Verification verification);
}
