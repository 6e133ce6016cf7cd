package org.badgekit.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.badgekit.BadgeException;
import org.badgekit.keys.IssuerKey;
import org.badgekit.keys.KeyType;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.sign.ProofResult;
import org.badgekit.sign.VcJwt;
import org.badgekit.sign.VcJwtSigner;

/**
 * Example 3: issue an OB 3.0 credential as a VC-JWT (a compact JWS, RS256) instead of with an embedded proof, and check it.
 *
 * <p>Run: {@code java org.badgekit.examples.IssueVcJwt [OUT_DIR]}.
 */
public final class IssueVcJwt {
    private IssueVcJwt() {}

    /**
     * Runs the example.
     *
     * @param args optionally the output folder (default: the current directory)
     * @throws Exception when signing or writing fails
     */
    public static void main(String[] args) throws Exception {
        run(System.out, Path.of(args.length > 0 ? args[0] : "."), Clock.systemUTC());
    }

    /**
     * Signs a sample credential as a VC-JWT, writes it to {@code credential.jwt} and verifies it offline.
     *
     * @return the verification result
     * @throws BadgeException when signing fails
     * @throws IOException when the token cannot be written
     */
    public static ProofResult run(PrintStream out, Path workDir, Clock clock) throws BadgeException, IOException {
        // RS256 is what most OB 3.0 wallets and verifiers accept; an issuer keeps this key in keys/ (KeyFiles.write, 0600).
        IssuerKey key = IssuerKey.generate(KeyType.RSA, 2048);
        String issuer = "https://badges.example.org/issuer";
        String kid = issuer + "/jwks.json#" + key.thumbprint();

        // The JWT carries the credential as its payload, with iss, jti, sub, nbf (and exp) copied from it.
        // The kid tells verifiers where the key is published; the embedded public jwk lets them check the token offline.
        VcJwtSigner signer = VcJwt.signer(key, kid).withEmbeddedJwk();
        String token = signer.sign(SampleCredential.unsigned(issuer, "matti.korhonen@example.fi", clock));
        Files.writeString(workDir.resolve("credential.jwt"), token);
        out.println("token " + token.substring(0, 24) + "... (" + token.length() + " characters)");

        // Offline, nobody can confirm that the key in the header is the issuer's: the signature verifies, the key binding is
        // "unconfirmed" (a warning; a failure under a strict policy). With a resolver that serves the JWKS it is "bound".
        ProofResult result = VcJwt.verifier(DocumentResolver.offline()).withClock(clock).verify(token);
        out.println(result.suite() + " signature valid: " + result.signatureValid() + ", key " + result.binding());
        out.println(result.message());
        return result;
    }
}
