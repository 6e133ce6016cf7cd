package org.badgekit.issue;

import java.nio.file.Path;

/** The fixed layout of an issuer workspace, relative to its folder. */
final class WorkspaceFiles {
    static final String KEYS = "keys";
    static final String STATE = "state";
    static final String ED25519_KEY = "keys/ed25519.pem";
    static final String RSA_KEY = "keys/rsa.pem";
    static final String ED25519_PUBLIC = "keys/ed25519.public.jwk";
    static final String RSA_PUBLIC = "keys/rsa.public.jwk";
    static final String LEDGER = "state/ledger.jsonl";
    static final String LEDGER_SECRET = "state/ledger.secret";

    private WorkspaceFiles() {}

    static Path of(Path dir, String relative) {
        return dir.resolve(relative);
    }
}
