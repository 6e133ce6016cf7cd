package org.badgekit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * {@code jwt.claims}: a VC-JWT's registered claims agree with the credential (DIGEST §4.1): {@code iss} = issuer id,
 * {@code jti} = credential id, {@code sub} = subject id, {@code nbf} = validFrom/issuanceDate, {@code exp} =
 * validUntil/expirationDate; and its header carries only the members OB 3.0 allows. A mismatch fails; a missing claim warns.
 */
final class JwtClaimsCheck implements Check {
    static final String ID = "jwt.claims";
    private static final Set<String> OB3_HEADERS = Set.of("alg", "kid", "jwk", "typ");
    private static final Set<String> TYPES = Set.of("JWT", "vc+jwt", "vc+ld+jwt", "application/vc+jwt");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run(Verification v) {
        if (v.compact == null || !v.format().ob3()) {
            return CheckResult.skipped(ID, "not a VC-JWT");
        }
        JsonNode claims = v.jwtClaims;
        JsonNode credential = v.document;
        List<String> mismatches = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        compare("iss", claims.get("iss"), Summary.issuerId(v), "issuer id", mismatches, missing);
        compare("jti", claims.get("jti"), Json.text(credential.get("id")), "credential id", mismatches, missing);
        JsonNode subject = Json.values(credential.get("credentialSubject")).stream().findFirst().orElse(null);
        String subjectId = subject == null ? null : Json.text(subject.get("id"));
        // OB 3.0 requires sub, yet 1EdTech's own samples omit it: compare when present, never warn about its absence
        if (subjectId != null && claims.has("sub")) {
            compare("sub", claims.get("sub"), subjectId, "credentialSubject.id", mismatches, missing);
        }
        Dates.Found issued = Dates.issued(v);
        compareTime("nbf", claims.get("nbf"), issued, mismatches, missing);
        Dates.Found expires = Dates.expires(v);
        if (expires != null || claims.has("exp")) {
            compareTime("exp", claims.get("exp"), expires, mismatches, missing);
        }
        if (!mismatches.isEmpty()) {
            return CheckResult.failed(ID, String.join("; ", mismatches), null);
        }
        List<String> header = new ArrayList<>();
        for (Iterator<String> names = v.jwtHeader.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!OB3_HEADERS.contains(name)) {
                header.add(name);
            }
        }
        String typ = Json.text(v.jwtHeader.get("typ"));
        if (v.jwtHeader.has("typ") && (typ == null || !TYPES.contains(typ))) {
            missing.add("header typ " + Json.quote(v.jwtHeader.get("typ")) + " is not JWT or vc+jwt");
        }
        if (!header.isEmpty()) {
            missing.add("header members " + header + " are not allowed by OB 3.0 (only alg, kid, jwk, typ)");
        }
        if (!missing.isEmpty()) {
            return CheckResult.warning(ID, String.join("; ", missing), null);
        }
        return CheckResult.passed(ID, "iss, jti, nbf" + (subjectId != null && claims.has("sub") ? ", sub" : "") + (expires != null ? ", exp" : "")
                + " agree with the credential");
    }

    private static void compare(String claim, JsonNode value, String expected, String what, List<String> mismatches,
            List<String> missing) {
        if (value == null) {
            missing.add(claim + " claim is missing (expected " + Json.quote(expected) + ")");
        } else if (expected == null || !value.isTextual() || !value.asText().equals(expected)) {
            mismatches.add(claim + " " + Json.quote(value) + " does not match the " + what + " " + Json.quote(expected));
        }
    }

    private static String epoch(long seconds) {
        try {
            return Instant.ofEpochSecond(seconds).toString();
        } catch (java.time.DateTimeException e) {
            return "out of range";
        }
    }

    private static void compareTime(String claim, JsonNode value, Dates.Found date, List<String> mismatches,
            List<String> missing) {
        if (value == null) {
            missing.add(claim + " claim is missing" + (date == null ? "" : " (expected the epoch second of " + date.name() + ")"));
            return;
        }
        if (!value.canConvertToLong() || !value.isNumber()) {
            mismatches.add(claim + " " + Json.quote(value) + " is not a NumericDate (seconds since 1970)");
            return;
        }
        if (date == null) {
            mismatches.add(claim + " " + value.asLong() + " is set but the credential has no matching date");
            return;
        }
        if (date.instant() == null || date.instant().getEpochSecond() != value.asLong()) {
            mismatches.add(claim + " " + value.asLong() + " (" + epoch(value.asLong()) + ") does not match "
                    + date.name() + " " + Json.quote(date.raw()));
        }
    }
}
