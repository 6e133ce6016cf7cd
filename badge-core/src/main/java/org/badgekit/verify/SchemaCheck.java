package org.badgekit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.badgekit.BadgeException;

/**
 * {@code schema}: an OB 3.0 credential conforms to the 1EdTech JSON Schema (AchievementCredential or EndorsementCredential).
 * A VC 1.1 credential is checked against the same schema read with VC 1.1 names mapped (issuanceDate as validFrom,
 * expirationDate as validUntil); since the official VC 1.1 schema is not published, its differences are warnings, except the
 * properties VC 1.1 itself requires (issuanceDate, name).
 */
final class SchemaCheck implements Check {
    static final String ID = "schema";
    private static final int SHOWN = 3;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run(Verification v) {
        if (v.format().ob2()) {
            return CheckResult.skipped(ID, "OB 2.0 has no JSON Schema; its properties are checked by the other checks");
        }
        Pieces.SchemaValidator schema = v.settings.pieces().schema();
        boolean endorsement = Json.hasType(v.document, "EndorsementCredential");
        boolean legacy = "1.1".equals(v.vcVersion);
        if (legacy) {
            for (String required : new String[] {"issuanceDate", "name"}) {
                if (!v.document.has(required)) {
                    return CheckResult.failed(ID, "VC 1.1 credential has no " + required + ", which VC 1.1 requires",
                            "/" + required);
                }
            }
        }
        if (!schema.available()) {
            return CheckResult.skipped(ID, "no OB 3.0 JSON Schema validator in this build");
        }
        List<Problem> problems;
        JsonNode subject = legacy ? asVc2(v.document) : v.document;
        String schemaName = endorsement ? "EndorsementCredential" : "AchievementCredential";
        try {
            problems = schema.validate(subject, endorsement);
            if (!problems.isEmpty() && !legacy && schema.validate(expanded(subject), endorsement).isEmpty()) {
                return CheckResult.warning(ID, "uses the JSON-LD compacted form (a single value where the schema wants an"
                        + " array: " + problems.get(0).pointer() + "); otherwise conforms to the OB 3.0 " + schemaName
                        + " JSON Schema", problems.get(0).pointer());
            }
        } catch (BadgeException e) {
            return CheckResult.failed(ID, e.getMessage(), null);
        }
        if (problems.isEmpty()) {
            return CheckResult.passed(ID, "conforms to the OB 3.0 " + schemaName + " JSON Schema"
                    + (legacy ? " (VC 1.1 dates read as validFrom/validUntil)" : ""));
        }
        StringBuilder message = new StringBuilder();
        message.append(problems.size()).append(problems.size() == 1 ? " difference" : " differences")
                .append(" from the OB 3.0 ").append(schemaName).append(" JSON Schema: ");
        for (int i = 0; i < Math.min(SHOWN, problems.size()); i++) {
            Problem problem = problems.get(i);
            message.append(i == 0 ? "" : "; ").append(problem.pointer() == null || problem.pointer().isEmpty() ? "" :
                    problem.pointer() + ": ").append(problem.message());
        }
        if (problems.size() > SHOWN) {
            message.append("; and ").append(problems.size() - SHOWN).append(" more");
        }
        String pointer = problems.get(0).pointer();
        if (legacy) {
            message.append(" (VC 1.1 credential checked against the VC 2.0 schema; a warning only)");
            return CheckResult.warning(ID, message.toString(), pointer);
        }
        return CheckResult.failed(ID, message.toString(), pointer);
    }

    /**
     * A copy with the properties that JSON-LD compaction may leave as single values ({@code type}, {@code proof},
     * {@code credentialSchema}, {@code termsOfUse}, DIGEST §3.1) wrapped in arrays, as the canonical schema wants.
     */
    private static JsonNode expanded(JsonNode credential) {
        ObjectNode copy = credential.deepCopy();
        for (String name : new String[] {"type", "proof", "credentialSchema", "termsOfUse"}) {
            JsonNode value = copy.get(name);
            if (value != null && !value.isArray()) {
                copy.putArray(name).add(value);
            }
        }
        return copy;
    }

    /** A copy of a VC 1.1 credential with the VC 2.0 names the schema expects. */
    private static JsonNode asVc2(JsonNode credential) {
        ObjectNode copy = credential.deepCopy();
        JsonNode context = copy.get("@context");
        if (context instanceof ArrayNode array && !array.isEmpty()) {
            array.set(0, copy.textNode(Intake.VC2_CONTEXT));
        }
        rename(copy, "issuanceDate", "validFrom");
        rename(copy, "expirationDate", "validUntil");
        return copy;
    }

    private static void rename(ObjectNode node, String from, String to) {
        JsonNode value = node.remove(from);
        if (value != null && !node.has(to)) {
            node.set(to, value);
        }
    }
}
