package org.badgekit.verify;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one verification found: what was verified, who issued it, and each check's result in the order they ran.
 *
 * @param subject names what was verified (a file path, or the caller's label for bytes/streams)
 * @param format what the input turned out to be; {@link BadgeFormat#UNKNOWN} when it is not a badge at all
 * @param issuer the issuer's id (URL or DID) when found, else {@code null}
 * @param issuerName the issuer's display name when given, else {@code null}
 * @param achievement the badge's name (Achievement or BadgeClass name) when found, else {@code null}
 * @param issued the issue date as written (validFrom, issuanceDate, issuedOn), else {@code null}
 * @param expires the expiry date as written (validUntil, expirationDate, expires), else {@code null}
 * @param checks every check's result, in the order they ran
 * @param strict true when warnings were turned into failures
 */
public record VerificationReport(String subject, BadgeFormat format, String issuer, String issuerName, String achievement,
        String issued, String expires, List<CheckResult> checks, boolean strict) {
    /** Checks the required components and copies the check results. */
    public VerificationReport {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(format, "format");
        checks = List.copyOf(Objects.requireNonNull(checks, "checks"));
    }

    /** True when the input is a recognised badge and no check failed. Warnings do not make a badge invalid. */
    public boolean valid() {
        return format.recognized() && checks.stream().noneMatch(CheckResult::failed);
    }

    /** True when the input could not be read as a badge at all (nothing to verify; the CLI exits with 3). */
    public boolean unreadable() {
        return !format.recognized();
    }

    /** The results with the given outcome, in order. */
    public List<CheckResult> withOutcome(Outcome outcome) {
        return checks.stream().filter(check -> check.outcome() == outcome).toList();
    }

    /** The result of the check with this id, if it ran. */
    public Optional<CheckResult> check(String id) {
        return checks.stream().filter(check -> check.id().equals(id)).findFirst();
    }
}
