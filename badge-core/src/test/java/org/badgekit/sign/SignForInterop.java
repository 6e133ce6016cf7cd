package org.badgekit.sign;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import org.badgekit.json.JsonCodec;
import org.badgekit.jsonld.TestContexts;
import org.badgekit.keys.DidKey;
import org.badgekit.keys.Ed25519Keys;

/**
 * Not a test: writes an OB 3.0 credential signed by a fresh did:key to the file named by {@code args[0]}, for checking with
 * the Node.js reference verifier ({@code node verify-ob3-di.js FILE} in shared/interop).
 */
public final class SignForInterop {
    private SignForInterop() {}

    public static void main(String[] args) throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        DidKey did = DidKey.fromPublicKey(Ed25519Keys.rawPublicKey(pair.getPublic()));
        ObjectNode credential = TestContexts.json("/org/badgekit/sign/vectors/ob3-teamwork-unsigned.json");
        credential.put("id", "urn:uuid:" + java.util.UUID.randomUUID());
        ((ObjectNode) credential.get("issuer")).put("id", did.did());
        ObjectNode signed = DataIntegritySigner.create(pair.getPrivate(), did.verificationMethodId())
                .sign(credential, Instant.now());
        Files.writeString(Path.of(args[0]), JsonCodec.writePretty(signed), StandardCharsets.UTF_8);
        System.out.println("wrote " + args[0] + " signed by " + did.verificationMethodId());
    }
}
