package org.badgekit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code endorsements}: each EndorsementCredential embedded in the credential, its achievement or its issuer profile
 * ({@code endorsement} objects and {@code endorsementJwt} strings) is verified with the same checks as the badge (DIGEST §7
 * step 6). Any failing endorsement fails this check; warnings carry over as a warning.
 */
final class EndorsementsCheck implements Check {
    static final String ID = "endorsements";

    private record Found(String pointer, JsonNode value) {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run(Verification v) {
        List<Found> found = new ArrayList<>();
        collect(v.document, "", found);
        JsonNode issuer = v.document.get("issuer");
        if (issuer != null && issuer.isObject()) {
            collect(issuer, "/issuer", found);
        }
        List<JsonNode> subjects = Json.values(v.document.get("credentialSubject"));
        for (int i = 0; i < subjects.size(); i++) {
            JsonNode achievement = subjects.get(i).get("achievement");
            if (achievement != null && achievement.isObject()) {
                String base = v.document.get("credentialSubject").isArray() ? "/credentialSubject/" + i : "/credentialSubject";
                collect(achievement, base + "/achievement", found);
            }
        }
        if (found.isEmpty()) {
            return CheckResult.skipped(ID, "no embedded endorsements");
        }
        if (v.depth + 1 > Settings.MAX_ENDORSEMENT_DEPTH) {
            return CheckResult.warning(ID, found.size() + " endorsement(s) nested deeper than "
                    + Settings.MAX_ENDORSEMENT_DEPTH + " levels were not verified", found.get(0).pointer());
        }
        List<String> names = new ArrayList<>();
        String warning = null;
        String warningPointer = null;
        for (Found endorsement : found) {
            VerificationReport report = verify(v, endorsement);
            if (report == null) {
                return CheckResult.failed(ID, "endorsement at " + endorsement.pointer() + " is " + Json.quote(endorsement.value())
                        + ", expected an EndorsementCredential object or a compact VC-JWT", endorsement.pointer());
            }
            if (endorsement.value().isObject() && !Json.hasType(endorsement.value(), "EndorsementCredential")) {
                return CheckResult.failed(ID, "endorsement at " + endorsement.pointer()
                        + " is not an EndorsementCredential", endorsement.pointer());
            }
            for (CheckResult result : report.checks()) {
                if (result.failed()) {
                    return CheckResult.failed(ID, "endorsement at " + endorsement.pointer() + " by " + Json.quote(report.issuer())
                            + " fails " + result.id() + ": " + result.message(), endorsement.pointer());
                }
                if (result.outcome() == Outcome.WARNING && warning == null) {
                    warning = "endorsement at " + endorsement.pointer() + " warns in " + result.id() + ": " + result.message();
                    warningPointer = endorsement.pointer();
                }
            }
            names.add(report.issuerName() != null ? report.issuerName() : String.valueOf(report.issuer()));
        }
        if (warning != null) {
            return CheckResult.warning(ID, warning, warningPointer);
        }
        return CheckResult.passed(ID, found.size() + " endorsement" + (found.size() == 1 ? "" : "s") + " verified (by "
                + String.join(", ", names) + ")");
    }

    private static VerificationReport verify(Verification v, Found endorsement) {
        JsonNode value = endorsement.value();
        String subject = v.subject + "#" + endorsement.pointer();
        if (value.isObject()) {
            return v.pipeline.runEmbedded(subject, value, v.depth + 1);
        }
        if (value.isTextual()) {
            return v.pipeline.runEmbeddedJwt(subject, value.asText(), v.depth + 1);
        }
        return null;
    }

    private static void collect(JsonNode node, String base, List<Found> found) {
        List<JsonNode> objects = Json.values(node.get("endorsement"));
        for (int i = 0; i < objects.size(); i++) {
            found.add(new Found(base + "/endorsement" + (node.get("endorsement").isArray() ? "/" + i : ""), objects.get(i)));
        }
        List<JsonNode> jwts = Json.values(node.get("endorsementJwt"));
        for (int i = 0; i < jwts.size(); i++) {
            found.add(new Found(base + "/endorsementJwt" + (node.get("endorsementJwt").isArray() ? "/" + i : ""), jwts.get(i)));
        }
    }
}
