package org.badgekit.verify;

import org.badgekit.status.StatusResult;

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
        StatusResult status = v.settings.pieces().status().checkOb2(list, Json.text(v.document.get("id")),
                Json.text(v.document.get("uid")), Json.id(v.ob2Issuer), v.resolver, v.settings.clock());
        return switch (status.state()) {
            case NOT_REVOKED -> CheckResult.passed(ID, status.message());
            case REVOKED, SUSPENDED -> CheckResult.failed(ID, status.message(), "/id");
            case UNKNOWN -> CheckResult.warning(ID, "the revocation status could not be established: " + status.message(), null);
        };
    }
}
