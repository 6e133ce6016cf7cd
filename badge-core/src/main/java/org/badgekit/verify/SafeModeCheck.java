package org.badgekit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.badgekit.BadgeException;

/**
 * {@code jsonld.safe-mode}: every property of the credential is defined by its contexts. An undefined property would be
 * dropped by canonicalization, so a Data Integrity proof would not cover it: for embedded proofs that fails; for a VC-JWT (which
 * signs the JSON bytes) it warns.
 */
final class SafeModeCheck implements Check {
    static final String ID = "jsonld.safe-mode";

    /** RFC 7519 registered claims: a VC 2.0 JWT payload carries them beside the credential; they are JOSE, not JSON-LD. */
    private static final List<String> REGISTERED_CLAIMS = List.of("iss", "sub", "aud", "exp", "nbf", "iat", "jti");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run(Verification v) {
        if (v.format().ob2()) {
            return CheckResult.skipped(ID, "OB 2.0 signatures and hosted copies do not rely on JSON-LD canonicalization");
        }
        Pieces.SafeMode safeMode = v.settings.pieces().safeMode();
        if (!safeMode.available()) {
            return CheckResult.skipped(ID, "no JSON-LD processor in this build");
        }
        List<Problem> problems;
        try {
            problems = safeMode.check(v.compact == null ? v.document : withoutRegisteredClaims(v.document));
        } catch (BadgeException e) {
            return CheckResult.failed(ID, "JSON-LD processing failed: " + e.getMessage(),
                    e.location().filter(l -> l.startsWith("/")).orElse(null));
        }
        if (problems.isEmpty()) {
            return CheckResult.passed(ID, "every property is defined by the credential's contexts");
        }
        Problem first = problems.get(0);
        String message = "not signable as JSON-LD in safe mode: " + first.message()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
        return v.compact != null && v.document.get("proof") == null
                ? CheckResult.warning(ID, message, first.pointer())
                : CheckResult.failed(ID, message, first.pointer());
    }

    private static JsonNode withoutRegisteredClaims(JsonNode payload) {
        if (!(payload instanceof ObjectNode object)) {
            return payload;
        }
        ObjectNode credential = object.deepCopy();
        credential.remove(REGISTERED_CLAIMS);
        return credential;
    }
}
