package org.badgekit.verify;

/** {@code dates.issued}: the issue date (validFrom, issuanceDate, issuedOn) is a date-time and not in the future beyond skew. */
final class IssuedCheck implements Check {
    static final String ID = "dates.issued";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run(Verification v) {
        Dates.Found issued = Dates.issued(v);
        if (issued == null) {
            String expected = v.format().ob2() ? "issuedOn" : "1.1".equals(v.vcVersion) ? "issuanceDate" : "validFrom";
            return CheckResult.failed(ID, expected + " is missing", "/" + expected);
        }
        if (issued.instant() == null) {
            return CheckResult.failed(ID, issued.name() + " " + Json.quote(issued.raw())
                    + " is not an ISO 8601 date-time with a time zone, e.g. 2026-01-31T12:00:00Z", issued.pointer());
        }
        if (issued.instant().isAfter(v.now.plus(v.settings.skew()))) {
            return CheckResult.failed(ID, issued.name() + " " + issued.instant() + " is after " + v.nowText()
                    + ": the badge is not valid yet", issued.pointer());
        }
        return CheckResult.passed(ID, issued.name() + " " + issued.instant() + " is not after " + v.nowText());
    }
}
