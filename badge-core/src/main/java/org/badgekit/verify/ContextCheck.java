package org.badgekit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code context}: the {@code @context} list is in the order the specs require. OB 3.0 (DIGEST §3.1): the VC 2.0 (or, legacy,
 * VC 1.1) context first, an OB 3.0 context second. OB 2.0: the OB 2.0 context, alone or first.
 */
final class ContextCheck implements Check {
    static final String ID = "context";
    /** The OB 3.0 context URLs, versioned or not (DIGEST §3.1). */
    static final Pattern OB3_CONTEXT = Pattern.compile("^https://purl\\.imsglobal\\.org/spec/ob/v3p0/context(-3\\.\\d\\.\\d)*\\.json$");
    static final String OB3_CURRENT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run(Verification v) {
        JsonNode context = v.document.get("@context");
        if (context == null) {
            return CheckResult.failed(ID, "@context is missing", "/@context");
        }
        return v.format().ob2() ? ob2(context) : ob3(context, v.vcVersion);
    }

    private CheckResult ob2(JsonNode context) {
        String first = Json.text(Json.values(context).stream().findFirst().orElse(null));
        if (Intake.OB2_CONTEXT.equals(first) || Intake.OB2_CONTEXT_ALIAS.equals(first)) {
            return CheckResult.passed(ID, "@context starts with the Open Badges 2.0 context " + first);
        }
        return CheckResult.failed(ID, "@context starts with " + Json.quote(first) + ", expected " + Intake.OB2_CONTEXT,
                context.isArray() ? "/@context/0" : "/@context");
    }

    private CheckResult ob3(JsonNode context, String vcVersion) {
        if (!context.isArray()) {
            return CheckResult.failed(ID, "@context is " + Json.quote(context) + ", expected an array starting with "
                    + Intake.VC2_CONTEXT + " and an OB 3.0 context", "/@context");
        }
        List<JsonNode> entries = Json.values(context);
        String first = Json.text(entries.get(0));
        boolean legacy = Intake.VC1_CONTEXT.equals(first);
        if (!Intake.VC2_CONTEXT.equals(first) && !legacy) {
            return CheckResult.failed(ID, "@context[0] is " + Json.quote(entries.get(0)) + ", expected " + Intake.VC2_CONTEXT
                    + " (or " + Intake.VC1_CONTEXT + " for VC 1.1 badges)", "/@context/0");
        }
        String second = entries.size() > 1 ? Json.text(entries.get(1)) : null;
        if (second == null || !OB3_CONTEXT.matcher(second).matches()) {
            return CheckResult.failed(ID, "@context[1] is " + (entries.size() > 1 ? Json.quote(entries.get(1)) : "missing")
                    + ", expected an OB 3.0 context such as " + OB3_CURRENT, "/@context/1");
        }
        for (int i = 2; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            if (!entry.isTextual() && !entry.isObject()) {
                return CheckResult.failed(ID, "@context[" + i + "] is " + Json.quote(entry) + ", expected a URL or a context object",
                        "/@context/" + i);
            }
        }
        if (legacy) {
            return CheckResult.warning(ID, "@context is the VC 1.1 form (" + Intake.VC1_CONTEXT + ", " + second
                    + "): accepted for verification, but new badges use " + Intake.VC2_CONTEXT, "/@context/0");
        }
        if (!OB3_CURRENT.equals(second)) {
            return CheckResult.warning(ID, "@context[1] is " + second + ", an older OB 3.0 context; the current one is "
                    + OB3_CURRENT, "/@context/1");
        }
        for (int i = 2; i < entries.size(); i++) {
            if (entries.get(i).isObject()) {
                return CheckResult.warning(ID, "@context[" + i + "] is an inline context object; it can change what terms mean"
                        + " (" + ("2.0".equals(vcVersion) ? "VC 2.0" : "VC") + " allows it, but check what it defines)",
                        "/@context/" + i);
            }
        }
        return CheckResult.passed(ID, "@context starts with " + first + " and " + second);
    }
}
