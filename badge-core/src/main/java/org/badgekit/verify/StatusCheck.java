package org.badgekit.verify;

import org.badgekit.BadgeException;

/**
 * {@code status.revoked}: the credential's {@code credentialStatus} (Bitstring Status List, 1EdTechRevocationList) says it is
 * neither revoked nor suspended. A list that cannot be fetched or read is a warning (as in the 1EdTech validator), a failure
 * under strict mode.
 */
final class StatusCheck implements Check {
    static final String ID = "status.revoked";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run(Verification v) {
        if (v.format().ob2()) {
            return CheckResult.skipped(ID, "OB 2.0 revocation is checked by ob2.hosted and ob2.revocation-list");
        }
        if (v.document.get("credentialStatus") == null) {
            return CheckResult.skipped(ID, "the credential declares no credentialStatus");
        }
        Pieces.Status status;
        try {
            status = v.settings.pieces().status().check(v.document, v.settings.resolver(), v.now);
        } catch (BadgeException e) {
            return CheckResult.warning(ID, "the status could not be checked: " + e.getMessage(), "/credentialStatus");
        }
        return switch (status.state()) {
            case NOT_REVOKED -> CheckResult.passed(ID, status.message());
            case REVOKED, SUSPENDED -> CheckResult.failed(ID, status.message(), "/credentialStatus");
            case UNKNOWN -> CheckResult.warning(ID, status.message(), "/credentialStatus");
            case NONE -> CheckResult.skipped(ID, status.message());
        };
    }
}
