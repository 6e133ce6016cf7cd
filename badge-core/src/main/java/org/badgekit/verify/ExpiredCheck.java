package org.badgekit.verify;

/** {@code dates.expired}: the expiry date (validUntil, expirationDate, expires), when present, has not passed. */
final class ExpiredCheck implements Check {
    static final String ID = "dates.expired";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run(Verification v) {
        Dates.Found expires = Dates.expires(v);
        if (expires == null) {
            String name = v.format().ob2() ? "expires" : "1.1".equals(v.vcVersion) ? "expirationDate" : "validUntil";
            return CheckResult.skipped(ID, "no " + name + ": the badge does not expire");
        }
        if (expires.instant() == null) {
            return CheckResult.failed(ID, expires.name() + " " + Json.quote(expires.raw())
                    + " is not an ISO 8601 date-time with a time zone, e.g. 2026-01-31T12:00:00Z", expires.pointer());
        }
        if (!expires.instant().isAfter(v.now.minus(v.settings.skew()))) {
            return CheckResult.failed(ID, expires.name() + " " + expires.instant() + " is before " + v.nowText()
                    + ": the badge has expired", expires.pointer());
        }
        Dates.Found issued = Dates.issued(v);
        if (issued != null && issued.instant() != null && expires.instant().isBefore(issued.instant())) {
            return CheckResult.failed(ID, expires.name() + " " + expires.instant() + " is before " + issued.name() + " "
                    + issued.instant(), expires.pointer());
        }
        return CheckResult.passed(ID, expires.name() + " " + expires.instant() + " is after " + v.nowText());
    }
}
