package org.badgekit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.badgekit.BadgeException;
import org.badgekit.sign.ProofResult;

/**
 * {@code proof.signature}: every proof present is checked and at least one verifies (OB 3.0 §"Proof": any one valid proof
 * suffices). A VC-JWT counts as a proof; so do embedded proofs inside its payload. Legacy suites (Ed25519Signature2020,
 * eddsa-2022) verify with a warning.
 */
final class ProofSignatureCheck implements Check {
    static final String ID = "proof.signature";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run(Verification v) {
        if (v.format().ob2()) {
            return CheckResult.skipped(ID, "OB 2.0 badges are checked by ob2.hosted and ob2.signed");
        }
        List<ProofResult> results = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int missesBefore = v.resolver.misses().size();
        Pieces.ProofVerifier proofs = v.settings.pieces().proofs();
        if (v.compact != null) {
            try {
                results.add(proofs.verifyVcJwt(v.compact, v.resolver, v.settings.clock()));
            } catch (BadgeException e) {
                problems.add("VC-JWT: " + e.getMessage());
            }
        }
        JsonNode proof = v.document.get("proof");
        if (proof != null) {
            List<JsonNode> entries = Json.values(proof);
            boolean allObjects = !entries.isEmpty() && entries.stream().allMatch(JsonNode::isObject);
            if (!allObjects) {
                problems.add("proof is " + Json.quote(proof) + ", expected a proof object or an array of proof objects");
            }
            if (entries.stream().anyMatch(JsonNode::isObject)) {
                try {
                    results.addAll(ProofScreen.verify(proofs, v.document, v.resolver));
                } catch (BadgeException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        v.proofResults = List.copyOf(results);
        if (results.isEmpty() && problems.isEmpty()) {
            return CheckResult.failed(ID, "the credential has no proof; an OB 3.0 credential needs at least one", "/proof");
        }
        int total = results.size() + problems.size();
        List<ProofResult> valid = results.stream().filter(ProofResult::signatureValid).toList();
        for (ProofResult result : results) {
            if (!result.signatureValid()) {
                problems.add(describe(result) + ": " + result.message());
            }
        }
        if (valid.isEmpty()) {
            return CheckResult.failed(ID, String.join("; ", problems) + v.resolver.hintSince(missesBefore),
                    v.compact != null ? null : "/proof");
        }
        String verified = valid.size() + " of " + total + " proof" + (total == 1 ? "" : "s") + " verified (" + String.join(", ", valid.stream().map(this::describe).toList())
                + ")";
        String extra = problems.isEmpty() ? "" : "; not verified: " + String.join("; ", problems);
        if (valid.stream().allMatch(ProofResult::legacy)) {
            return CheckResult.warning(ID, verified + " with a legacy suite: " + valid.get(0).message()
                    + "; new badges use eddsa-rdfc-2022" + extra, v.compact != null ? null : "/proof");
        }
        return CheckResult.passed(ID, verified + extra);
    }

    private String describe(ProofResult result) {
        String method = result.verificationMethod();
        return result.suite() + (method == null ? "" : " by " + Json.quote(method).replace("'", ""));
    }
}
