package org.badgekit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.keys.DidWeb;
import org.badgekit.keys.IssuerKey;
import org.badgekit.keys.KeyType;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.resolve.ResolvedDocument;
import org.badgekit.sign.DataIntegritySigner;
import org.badgekit.sign.DataIntegrityVerifier;
import org.badgekit.sign.ProofResult;

/**
 * Example 6: verify a did:web-signed credential against an organisation's own key registry instead of the web. Verification
 * never goes online by itself: every document it needs (DID documents, keys, status lists) comes through a
 * {@link DocumentResolver}, and a resolver is one method.
 *
 * <p>Run: {@code java org.badgekit.examples.CustomResolver}.
 */
public final class CustomResolver {
    /** An in-memory key registry: the DID documents an organisation trusts, by the URL did:web would fetch them from. */
    static final class KeyRegistry implements DocumentResolver {
        private final Map<URI, JsonNode> documents = new ConcurrentHashMap<>();

        void register(String did, JsonNode didDocument) throws BadgeException {
            documents.put(DidWeb.documentUrl(did), didDocument);
        }

        @Override
        public Optional<ResolvedDocument> resolve(URI uri) {
            // Empty means "not known here": the verifier reports the key as unresolvable, it does not throw.
            return Optional.ofNullable(documents.get(uri)).map(document -> ResolvedDocument.of(uri,
                    JsonCodec.write(document).getBytes(StandardCharsets.UTF_8), "application/did+json"));
        }
    }

    private CustomResolver() {}

    /**
     * Runs the example.
     *
     * @param args not used
     * @throws Exception when signing fails
     */
    public static void main(String[] args) throws Exception {
        run(System.out, Clock.systemUTC());
    }

    /**
     * Signs a credential as {@code did:web:badges.example.org}, registers that DID's document, and verifies the credential.
     *
     * @return the result for the credential's one proof
     * @throws BadgeException when signing fails
     */
    public static ProofResult run(PrintStream out, Clock clock) throws BadgeException {
        IssuerKey key = IssuerKey.generate(KeyType.ED25519, 0);
        String did = "did:web:badges.example.org";
        // DidWeb.document lists the key as did#key-1 under assertionMethod: what the organisation publishes at
        // https://badges.example.org/.well-known/did.json, and what its registry holds.
        KeyRegistry registry = new KeyRegistry();
        registry.register(did, DidWeb.document(did, List.of(key)));

        ObjectNode signed = DataIntegritySigner.create(key.privateKey().orElseThrow(), did + "#key-1")
                .sign(SampleCredential.unsigned(did, "liisa.makinen@example.fi", clock), clock.instant());

        // The verifier asks the registry for https://badges.example.org/.well-known/did.json and finds the issuer's key there.
        ProofResult result = DataIntegrityVerifier.create(registry).verify(signed).get(0);
        out.println(result.suite() + " signature valid: " + result.signatureValid() + ", key " + result.binding());
        out.println(result.message());
        return result;
    }
}
