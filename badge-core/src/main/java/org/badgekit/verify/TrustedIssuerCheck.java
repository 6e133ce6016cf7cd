package org.badgekit.verify;

/** {@code issuer.trusted}: when the caller configured trusted issuer ids, the badge's issuer is one of them. */
final class TrustedIssuerCheck implements Check {
    static final String ID = "issuer.trusted";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run(Verification v) {
        if (v.settings.trustedIssuers().isEmpty() || v.depth > 0) {
            return CheckResult.skipped(ID, "no trusted issuers configured");
        }
        String issuer = Summary.issuerId(v);
        if (issuer == null) {
            return CheckResult.failed(ID, "the issuer has no id, so it cannot be in the trust list", "/issuer");
        }
        if (v.settings.trustedIssuers().contains(issuer)) {
            return CheckResult.passed(ID, "issuer " + issuer + " is in the trust list");
        }
        int size = v.settings.trustedIssuers().size();
        return CheckResult.failed(ID, "issuer " + Json.quote(issuer) + " is not in the trust list (" + size + " issuer"
                + (size == 1 ? "" : "s") + ")", v.format().ob2() ? null : "/issuer");
    }
}
