package org.badgekit.issue;

import java.util.Objects;
import org.badgekit.keys.IssuerKey;
import org.badgekit.keys.KeyType;

/**
 * A workspace's two private keys: Ed25519 for Data Integrity proofs, RSA for VC-JWT and OB 2.0 signed assertions.
 *
 * @param ed25519 the Ed25519 key, private part included
 * @param rsa the RSA key, private part included
 */
public record WorkspaceKeys(IssuerKey ed25519, IssuerKey rsa) {
    /** Checks that both keys are given and of the right types (Ed25519, then RSA). */
    public WorkspaceKeys {
        Objects.requireNonNull(ed25519, "ed25519");
        Objects.requireNonNull(rsa, "rsa");
        if (ed25519.type() != KeyType.ED25519 || rsa.type() != KeyType.RSA) {
            throw new IllegalArgumentException("expected an Ed25519 and an RSA key, got " + ed25519.type() + " and " + rsa.type());
        }
    }

    /** Names the keys by thumbprint only, never their private parts. */
    @Override
    public String toString() {
        return "WorkspaceKeys[ed25519=" + ed25519.thumbprint() + ", rsa=" + rsa.thumbprint() + "]";
    }
}
