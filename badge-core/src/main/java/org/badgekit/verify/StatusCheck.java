package org.badgekit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.badgekit.BadgeException;
import org.badgekit.sign.ProofResult;
import org.badgekit.status.StatusResult;

/**
 * {@code status.revoked}: every {@code credentialStatus} entry (Bitstring Status List, 1EdTechRevocationList) says the
 * credential is neither revoked nor suspended. A status that cannot be established is a warning (as in the 1EdTech
 * validator), a failure under strict mode. A fetched status list credential must carry a verifying proof; a "not revoked" from
 * a list whose proof does not verify is only a warning.
 */
final class StatusCheck implements Check {
    static final String ID = "status.revoked";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run(Verification v) {
        if (v.format().ob2()) {
            return CheckResult.skipped(ID, "OB 2.0 revocation is checked by ob2.hosted and ob2.revocation-list");
        }
        if (v.document.get("credentialStatus") == null) {
            return CheckResult.skipped(ID, "the credential declares no credentialStatus");
        }
        int missesBefore = v.resolver.misses().size();
        List<StatusResult> results = v.settings.pieces().status().check(v.document, v.resolver, v.settings.clock());
        if (results.isEmpty()) {
            return CheckResult.skipped(ID, "the credential declares no credentialStatus");
        }
        for (StatusResult result : results) {
            if (result.invalidates()) {
                return CheckResult.failed(ID, result.message(), result.pointer());
            }
        }
        for (StatusResult result : results) {
            if (result.state() == StatusResult.State.UNKNOWN) {
                return CheckResult.warning(ID, "the status could not be established: " + result.message()
                        + v.resolver.hintSince(missesBefore), result.pointer());
            }
        }
        List<String> messages = new ArrayList<>();
        for (StatusResult result : results) {
            String unproven = listProofProblem(v, result);
            if (unproven != null) {
                return CheckResult.warning(ID, result.message() + ", but " + unproven, result.pointer());
            }
            messages.add(result.message());
        }
        return CheckResult.passed(ID, String.join("; ", messages));
    }

    /** Null when the list needs no proof (a plain revocation list) or its proof verifies; else why it is not trusted. */
    private static String listProofProblem(Verification v, StatusResult result) {
        JsonNode list = result.listCredential();
        if (list == null || !Json.hasType(list, "VerifiableCredential")) {
            return null;
        }
        if (list.get("proof") == null) {
            return "status list " + result.listUrl() + " carries no proof";
        }
        try {
            List<ProofResult> proofs = ProofScreen.verify(v.settings.pieces().proofs(), list, v.resolver);
            if (proofs.stream().anyMatch(ProofResult::signatureValid)) {
                return null;
            }
            return "the proof of status list " + result.listUrl() + " does not verify"
                    + (proofs.isEmpty() ? "" : " (" + proofs.get(0).message() + ")");
        } catch (BadgeException e) {
            return "the proof of status list " + result.listUrl() + " could not be checked: " + e.getMessage();
        }
    }
}
