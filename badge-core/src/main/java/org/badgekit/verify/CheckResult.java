package org.badgekit.verify;

import java.util.Objects;

/**
 * The result of one named check.
 *
 * @param id the check's stable id, e.g. {@code proof.signature}, {@code dates.expired}, {@code status.revoked}
 * @param outcome what the check concluded
 * @param message one sentence naming the value looked at and the expectation
 * @param pointer JSON pointer into the credential of the offending value, or {@code null} when the finding has no location
 */
public record CheckResult(String id, Outcome outcome, String message, String pointer) {
    /** Checks the required components: id, outcome and message. */
    public CheckResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
    }

    /** A passed check without a location. */
    public static CheckResult passed(String id, String message) {
        return new CheckResult(id, Outcome.PASSED, message, null);
    }

    /** A skipped check; the message says why it did not apply. */
    public static CheckResult skipped(String id, String message) {
        return new CheckResult(id, Outcome.SKIPPED, message, null);
    }

    /** A warning at {@code pointer} (may be null). */
    public static CheckResult warning(String id, String message, String pointer) {
        return new CheckResult(id, Outcome.WARNING, message, pointer);
    }

    /** A failure at {@code pointer} (may be null). */
    public static CheckResult failed(String id, String message, String pointer) {
        return new CheckResult(id, Outcome.FAILED, message, pointer);
    }

    /** True when this result makes a report invalid. */
    public boolean failed() {
        return outcome == Outcome.FAILED;
    }
}
