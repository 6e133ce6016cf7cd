package org.badgekit.verify;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code type}: an OB 3.0 credential's type contains {@code VerifiableCredential} and {@code OpenBadgeCredential} (or its
 * synonym {@code AchievementCredential}, or {@code EndorsementCredential} for endorsements); an OB 2.0 assertion's type is
 * {@code Assertion}.
 */
final class TypeCheck implements Check {
    static final String ID = "type";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run(Verification v) {
        JsonNode type = v.document.get("type");
        if (type == null) {
            return CheckResult.failed(ID, "type is missing", "/type");
        }
        if (v.format().ob2()) {
            return Json.hasType(v.document, "Assertion")
                    ? CheckResult.passed(ID, "type is Assertion")
                    : CheckResult.failed(ID, "type is " + Json.quote(type) + ", expected Assertion", "/type");
        }
        if (!Json.hasType(v.document, "VerifiableCredential")) {
            return CheckResult.failed(ID, "type " + Json.quote(type) + " does not contain VerifiableCredential", "/type");
        }
        for (String wanted : new String[] {"OpenBadgeCredential", "AchievementCredential", "EndorsementCredential"}) {
            if (Json.hasType(v.document, wanted)) {
                return CheckResult.passed(ID, "type contains VerifiableCredential and " + wanted);
            }
        }
        return CheckResult.failed(ID, "type " + Json.quote(type)
                + " contains neither OpenBadgeCredential nor AchievementCredential nor EndorsementCredential", "/type");
    }
}
