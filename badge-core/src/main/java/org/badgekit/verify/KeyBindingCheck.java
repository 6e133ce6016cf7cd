package org.badgekit.verify;

import java.util.List;
import org.badgekit.sign.KeyBinding;
import org.badgekit.sign.ProofResult;

/**
 * {@code proof.key-binding}: the key that verified a signature belongs to the issuer. Bound passes; unconfirmed (a key from a
 * token header or an unresolvable document) warns, which fails under strict mode; contradicted always fails.
 */
final class KeyBindingCheck implements Check {
    static final String ID = "proof.key-binding";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run(Verification v) {
        if (v.proofResults == null) {
            return CheckResult.skipped(ID, "no signature was checked");
        }
        List<ProofResult> valid = v.proofResults.stream().filter(ProofResult::signatureValid).toList();
        if (valid.isEmpty()) {
            return CheckResult.skipped(ID, "no signature verified, so there is no key to bind to the issuer");
        }
        String issuer = Summary.issuerId(v);
        for (ProofResult result : valid) {
            if (result.binding() == KeyBinding.CONTRADICTED) {
                return CheckResult.failed(ID, "the issuer's documents contradict key " + key(result) + " of issuer "
                        + Json.quote(issuer) + ": " + result.message(), null);
            }
        }
        for (ProofResult result : valid) {
            if (result.binding() == KeyBinding.BOUND) {
                return CheckResult.passed(ID, "key " + key(result) + " belongs to issuer " + Json.quote(issuer));
            }
        }
        ProofResult first = valid.get(0);
        return CheckResult.warning(ID, "key " + key(first) + " could not be confirmed as issuer " + Json.quote(issuer)
                + "'s key (" + first.message() + ")", null);
    }

    private static String key(ProofResult result) {
        return result.verificationMethod() == null ? "(embedded in the token)" : Json.quote(result.verificationMethod());
    }
}
