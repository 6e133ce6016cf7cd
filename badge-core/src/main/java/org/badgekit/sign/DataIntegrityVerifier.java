package org.badgekit.sign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.badgekit.BadgeException;
import org.badgekit.jsonld.Canonicalizer;
import org.badgekit.keys.Multibase;
import org.badgekit.resolve.DocumentResolver;

/**
 * Verifies the embedded Data Integrity proofs of a JSON-LD document: {@code DataIntegrityProof} with {@code eddsa-rdfc-2022},
 * and, as legacy (accepted with a warning), {@code eddsa-2022} and {@code Ed25519Signature2020}.
 *
 * <p>Every proof gets its own {@link ProofResult}: the signature, and separately whether the issuer's documents bind the key.
 * A bad proof is a result, never an exception. Immutable and thread-safe.
 */
public final class DataIntegrityVerifier {
    /** xsd:dateTime lexical form (timezone optional, as XML Schema allows). */
    private static final Pattern XSD_DATE_TIME = Pattern.compile(
            "-?\\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d+)?"
                    + "(Z|[+-](0\\d|1[0-3]):[0-5]\\d|[+-]14:00)?");

    private final VerificationMethodResolver methods;
    private final Canonicalizer canonicalizer;
    private final ProofConfigMemo proofConfigs = new ProofConfigMemo();

    private DataIntegrityVerifier(VerificationMethodResolver methods, Canonicalizer canonicalizer) {
        this.methods = methods;
        this.canonicalizer = canonicalizer;
    }

    /**
     * A verifier that dereferences did:web and https verification methods through {@code resolver} (did:key needs none) and
     * canonicalizes with the bundled contexts in safe mode.
     */
    public static DataIntegrityVerifier create(DocumentResolver resolver) {
        return new DataIntegrityVerifier(new VerificationMethodResolver(resolver), Canonicalizer.rdfc());
    }

    /** The same verifier with another canonicalizer (e.g. one that knows extra contexts). */
    public DataIntegrityVerifier withCanonicalizer(Canonicalizer other) {
        return new DataIntegrityVerifier(methods, Objects.requireNonNull(other, "canonicalizer"));
    }

    /**
     * Checks every proof of {@code signed}; an empty list when it has no {@code proof}.
     */
    public List<ProofResult> verify(ObjectNode signed) {
        Objects.requireNonNull(signed, "signed");
        JsonNode proofs = signed.get("proof");
        List<ProofResult> results = new ArrayList<>();
        if (proofs == null || proofs.isNull()) {
            return results;
        }
        ObjectNode unsecured = signed.deepCopy();
        unsecured.remove("proof");
        String issuerId = issuerId(signed);
        if (proofs.isArray()) {
            for (int i = 0; i < proofs.size(); i++) {
                results.add(verifyOne(unsecured, proofs.get(i), "/proof/" + i, issuerId));
            }
        } else {
            results.add(verifyOne(unsecured, proofs, "/proof", issuerId));
        }
        return results;
    }

    private ProofResult verifyOne(ObjectNode unsecured, JsonNode proof, String pointer, String issuerId) {
        if (!proof.isObject()) {
            return failed("unknown", null, pointer + " is a " + proof.getNodeType() + ", expected a proof object", false);
        }
        String type = VerificationMethodResolver.text(proof, "type");
        String cryptosuite = VerificationMethodResolver.text(proof, "cryptosuite");
        String vm = VerificationMethodResolver.text(proof, "verificationMethod");
        String suite;
        boolean legacy;
        if (EddsaRdfc2022.PROOF_TYPE.equals(type) && EddsaRdfc2022.CRYPTOSUITE.equals(cryptosuite)) {
            suite = EddsaRdfc2022.CRYPTOSUITE;
            legacy = false;
        } else if (EddsaRdfc2022.PROOF_TYPE.equals(type) && EddsaRdfc2022.LEGACY_CRYPTOSUITE.equals(cryptosuite)) {
            suite = EddsaRdfc2022.LEGACY_CRYPTOSUITE;
            legacy = true;
        } else if (EddsaRdfc2022.LEGACY_PROOF_TYPE.equals(type)) {
            suite = EddsaRdfc2022.LEGACY_PROOF_TYPE;
            legacy = true;
        } else {
            String name = type == null ? "unknown" : cryptosuite == null ? type : type + "/" + cryptosuite;
            return failed(name, vm, pointer + ": proof type " + type + (cryptosuite == null ? "" : " with cryptosuite "
                    + cryptosuite) + " is not supported (expected DataIntegrityProof with eddsa-rdfc-2022)", false);
        }
        if (vm == null || vm.isBlank()) {
            return failed(suite, null, pointer + "/verificationMethod is missing, expected a key URL", legacy);
        }
        String purpose = VerificationMethodResolver.text(proof, "proofPurpose");
        if (!"assertionMethod".equals(purpose)) {
            return failed(suite, vm, pointer + "/proofPurpose is " + purpose + ", expected assertionMethod", legacy);
        }
        String created = VerificationMethodResolver.text(proof, "created");
        if (created == null || !XSD_DATE_TIME.matcher(created).matches()) {
            return failed(suite, vm, pointer + "/created " + created + " is not a valid xsd:dateTime", legacy);
        }
        String proofValue = VerificationMethodResolver.text(proof, "proofValue");
        byte[] signature;
        try {
            signature = Multibase.decodeBase58Btc(proofValue, pointer + "/proofValue");
        } catch (BadgeException e) {
            return failed(suite, vm, e.getMessage(), legacy);
        }
        if (signature.length != 64) {
            return failed(suite, vm, pointer + "/proofValue decodes to " + signature.length
                    + " bytes, expected a 64-byte Ed25519 signature", legacy);
        }
        ResolvedKey key = methods.resolve(vm, issuerId);
        if (key.publicKey() == null) {
            return new ProofResult(suite, false, key.binding(), vm, key.note(), legacy);
        }
        byte[] hashData;
        try {
            hashData = EddsaRdfc2022.hashData(canonicalizer, unsecured, (ObjectNode) proof, proofConfigs);
        } catch (BadgeException e) {
            return new ProofResult(suite, false, key.binding(), vm, e.getMessage(), legacy);
        }
        if (!Ed25519.verify(key.publicKey(), hashData, signature)) {
            return new ProofResult(suite, false, key.binding(), vm, "signature of " + suite + " proof does not match the "
                    + "credential: it was altered after signing or signed by another key", legacy);
        }
        String message = legacy ? "valid " + suite + " signature (legacy suite; re-issue with eddsa-rdfc-2022); " + key.note()
                : "valid " + suite + " signature; " + key.note();
        return new ProofResult(suite, true, key.binding(), vm, message, legacy);
    }

    private static ProofResult failed(String suite, String vm, String message, boolean legacy) {
        return new ProofResult(suite, false, KeyBinding.UNCONFIRMED, vm, message, legacy);
    }

    private static String issuerId(JsonNode credential) {
        JsonNode issuer = credential.get("issuer");
        if (issuer == null) {
            return null;
        }
        return issuer.isTextual() ? issuer.textValue() : VerificationMethodResolver.text(issuer, "id");
    }
}
