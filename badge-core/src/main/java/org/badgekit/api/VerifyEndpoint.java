package org.badgekit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.verify.CheckResult;
import org.badgekit.verify.Outcome;
import org.badgekit.verify.VerificationReport;
import org.badgekit.verify.Verifier;

/**
 * {@code POST /credentials/verify}: runs the toolkit's {@link Verifier} on {@code verifiableCredential} (a Data Integrity
 * credential, an {@code EnvelopedVerifiableCredential} with a {@code data:application/vc+jwt,} id, or a compact VC-JWT string)
 * and answers {@code {"verified", "checks", "warnings", "errors"}}: 200 when verified, 422 when a check failed, 400 when the
 * input is not a credential at all. {@code checks} lists the ids of the checks that passed ({@code proof.signature},
 * {@code status.revoked}, ...); {@code options.checks} may name checks (or their prefix, e.g. {@code proof}) that must have
 * run, and one that did not run is reported as an error.
 */
final class VerifyEndpoint {
    private static final List<String> ENVELOPE_PREFIXES = List.of("data:application/vc+jwt,", "data:application/jwt,",
            "data:application/vc-ld+jwt,");

    private final Verifier verifier;

    VerifyEndpoint(Verifier verifier) {
        this.verifier = verifier;
    }

    ApiResponse handle(ApiRequest request) throws BadgeException {
        ObjectNode body = request.jsonObject();
        byte[] input = input(body.get("verifiableCredential"));
        List<String> wanted = requestedChecks(body.get("options"));
        VerificationReport report = verifier.verify(input, "verifiableCredential");
        ObjectNode answer = JsonCodec.mapper().createObjectNode();
        boolean verified = report.valid();
        ArrayNode checks = answer.putArray("checks");
        ArrayNode warnings = JsonCodec.mapper().createArrayNode();
        ArrayNode errors = JsonCodec.mapper().createArrayNode();
        for (CheckResult check : report.checks()) {
            if (check.outcome() == Outcome.PASSED) {
                checks.add(check.id());
            } else if (check.outcome() == Outcome.WARNING) {
                warnings.add(problem(check.id(), check.message(), check.pointer()));
            } else if (check.outcome() == Outcome.FAILED) {
                errors.add(problem(check.id(), check.message(), check.pointer()));
            }
        }
        for (String name : wanted) {
            boolean ran = report.checks().stream().anyMatch(check -> check.outcome() != Outcome.SKIPPED
                    && (check.id().equals(name) || check.id().startsWith(name + ".")));
            if (!ran) {
                verified = false;
                errors.add(problem(name, "check '" + name + "' was asked for in options.checks but did not run for this "
                        + "credential", "/options/checks"));
            }
        }
        answer.put("verified", verified);
        answer.set("warnings", warnings);
        answer.set("errors", errors);
        answer.put("format", report.format().id());
        if (report.issuer() != null) {
            answer.put("issuer", report.issuer());
        }
        return ApiResponse.json(verified ? 200 : report.unreadable() ? 400 : 422, answer);
    }

    private static byte[] input(JsonNode credential) throws BadgeException {
        if (credential == null || credential.isNull()) {
            throw CredentialRules.invalid("/verifiableCredential", "verifiableCredential is missing; expected a credential "
                    + "object, an EnvelopedVerifiableCredential or a VC-JWT string");
        }
        if (credential.isTextual()) {
            return credential.asText().trim().getBytes(StandardCharsets.US_ASCII);
        }
        if (!credential.isObject()) {
            throw CredentialRules.invalid("/verifiableCredential", "verifiableCredential is a " + credential.getNodeType()
                    .name().toLowerCase(java.util.Locale.ROOT) + "; expected an object or a VC-JWT string");
        }
        if (CredentialRules.hasType(credential, "EnvelopedVerifiableCredential")) {
            String id = credential.path("id").asText("");
            for (String prefix : ENVELOPE_PREFIXES) {
                if (id.startsWith(prefix)) {
                    return id.substring(prefix.length()).trim().getBytes(StandardCharsets.US_ASCII);
                }
            }
            throw CredentialRules.invalid("/verifiableCredential/id", "an EnvelopedVerifiableCredential id must be "
                    + "data:application/vc+jwt,TOKEN; found '" + (id.length() > 40 ? id.substring(0, 40) + "..." : id) + "'");
        }
        return JsonCodec.write(credential).getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> requestedChecks(JsonNode options) throws BadgeException {
        List<String> names = new ArrayList<>();
        if (options == null || options.isNull()) {
            return names;
        }
        if (!options.isObject()) {
            throw CredentialRules.invalid("/options", "options must be a JSON object");
        }
        JsonNode checks = options.get("checks");
        if (checks == null) {
            return names;
        }
        if (!checks.isArray()) {
            throw CredentialRules.invalid("/options/checks", "options.checks must be an array of check names like \"proof\"");
        }
        for (int i = 0; i < checks.size(); i++) {
            if (!checks.get(i).isTextual() || checks.get(i).asText().isBlank()) {
                throw CredentialRules.invalid("/options/checks/" + i, "each check name must be a non-empty string");
            }
            names.add(checks.get(i).asText());
        }
        return names;
    }

    private static ObjectNode problem(String id, String message, String pointer) {
        ObjectNode node = JsonCodec.mapper().createObjectNode();
        node.put("id", id);
        node.put("message", message);
        if (pointer != null) {
            node.put("pointer", pointer);
        }
        return node;
    }
}
