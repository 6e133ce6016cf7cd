package org.badgekit.verify;

import org.badgekit.BadgeException;

/**
 * {@code ob2.revocation-list}: a signed OB 2.0 assertion is not listed in its issuer's {@code revocationList} (by id, or legacy
 * uid). Hosted assertions are revoked by their host instead (see {@code ob2.hosted}).
 */
final class Ob2RevocationListCheck implements Check {
    static final String ID = "ob2.revocation-list";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run(Verification v) {
        if (!v.format().ob2()) {
            return CheckResult.skipped(ID, "not an OB 2.0 badge");
        }
        if (v.kind != BadgeFormat.Kind.OB2_JWS) {
            return CheckResult.skipped(ID, "hosted assertions are revoked by their host (see ob2.hosted)");
        }
        if (v.ob2Issuer == null) {
            return CheckResult.warning(ID, "the issuer profile could not be looked up, so its revocation list was not checked",
                    null);
        }
        String list = Json.id(v.ob2Issuer.get("revocationList"));
        if (list == null) {
            return CheckResult.skipped(ID, "the issuer profile names no revocationList");
        }
        String id = Json.text(v.document.get("id"));
        Pieces.Status status;
        try {
            status = v.settings.pieces().status().checkOb2(id, list, v.settings.resolver());
        } catch (BadgeException e) {
            return CheckResult.warning(ID, "revocation list " + list + " could not be checked: " + e.getMessage(), null);
        }
        return switch (status.state()) {
            case NOT_REVOKED -> CheckResult.passed(ID, status.message());
            case REVOKED, SUSPENDED -> CheckResult.failed(ID, status.message(), "/id");
            case UNKNOWN -> CheckResult.warning(ID, status.message(), null);
            case NONE -> CheckResult.skipped(ID, status.message());
        };
    }
}
