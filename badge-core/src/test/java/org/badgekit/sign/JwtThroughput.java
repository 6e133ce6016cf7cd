package org.badgekit.sign;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.badgekit.BadgeException;
import org.badgekit.keys.IssuerKey;
import org.badgekit.keys.KeyType;
import org.badgekit.resolve.DocumentResolver;

/**
 * A rough single-thread throughput figure for VC-JWT sign and verify per algorithm (not a test; run by hand):
 * {@code java -cp badge-core/target/classes:badge-core/target/test-classes:DEPS org.badgekit.sign.JwtThroughput [N]}.
 * Each run signs with a header {@code jwk}, so verify includes parsing, JWK decoding and the claim checks.
 */
public final class JwtThroughput {
    private JwtThroughput() {}

    public static void main(String[] args) throws BadgeException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        ObjectNode credential = Credentials.ob3(Credentials.ISSUER);
        VcJwtVerifier verifier = VcJwt.verifier(DocumentResolver.offline())
                .withClock(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));
        for (KeyType type : KeyType.values()) {
            VcJwtSigner signer = VcJwt.signer(IssuerKey.generate(type, 2048), null);
            String token = signer.sign(credential);
            for (int i = 0; i < n / 5; i++) {
                signer.sign(credential);
                verifier.verify(token);
            }
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                token = signer.sign(credential);
            }
            long signed = System.nanoTime();
            int valid = 0;
            for (int i = 0; i < n; i++) {
                valid += verifier.verify(token).signatureValid() ? 1 : 0;
            }
            long verified = System.nanoTime();
            System.out.printf("%-6s sign %8.0f/s (%6.1f us)   verify %8.0f/s (%6.1f us)   valid %d/%d%n", type.defaultJwsAlgorithm(),
                    n / ((signed - start) / 1e9), (signed - start) / 1e3 / n, n / ((verified - signed) / 1e9),
                    (verified - signed) / 1e3 / n, valid, n);
        }
    }
}
