package org.badgekit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.badgekit.json.JsonCodec;
import org.badgekit.keys.IssuerKey;

/** The public facts about a key, as {@code keys generate} and {@code keys show} print them. Built from public parts only. */
final class KeyDescription {
    private KeyDescription() {}

    static ObjectNode describe(IssuerKey key, Path file) {
        ObjectNode result = JsonCodec.mapper().createObjectNode();
        result.put("file", file.toString());
        result.put("type", key.type().cliName());
        result.put("algorithm", key.type().defaultJwsAlgorithm());
        result.put("thumbprint", key.thumbprint());
        result.put("hasPrivateKey", key.hasPrivateKey());
        key.didKey().ifPresent(did -> result.put("didKey", did));
        key.publicKeyMultibase().ifPresent(mb -> result.put("publicKeyMultibase", mb));
        result.set("publicJwk", key.publicJwk());
        return result;
    }

    static void printText(PrintWriter out, IssuerKey key) {
        out.println("type:        " + key.type().cliName());
        out.println("algorithm:   " + key.type().defaultJwsAlgorithm());
        out.println("thumbprint:  " + key.thumbprint());
        key.didKey().ifPresent(did -> out.println("did:key:     " + did));
        out.println("private key: " + (key.hasPrivateKey() ? "present (not shown)" : "absent"));
        out.println("public JWK:  " + JsonCodec.write(key.publicJwk()));
    }
}
