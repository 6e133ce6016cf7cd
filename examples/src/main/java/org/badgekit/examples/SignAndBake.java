package org.badgekit.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.badgekit.BadgeException;
import org.badgekit.bake.BakedPayload;
import org.badgekit.bake.Baker;
import org.badgekit.json.JsonCodec;
import org.badgekit.keys.DidKey;
import org.badgekit.keys.IssuerKey;
import org.badgekit.keys.KeyType;
import org.badgekit.sign.DataIntegritySigner;

/**
 * Example 2: sign an OB 3.0 credential with a Data Integrity proof ({@code eddsa-rdfc-2022}) under a freshly generated
 * Ed25519 key whose identity is a {@code did:key}, then bake the signed credential into a PNG badge image.
 *
 * <p>Run: {@code java org.badgekit.examples.SignAndBake [OUT_DIR]}.
 */
public final class SignAndBake {
    private SignAndBake() {}

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
     * Signs a sample credential and writes {@code credential.json} and {@code badge.png} into {@code workDir}.
     *
     * @return the baked PNG file
     * @throws BadgeException when signing or baking fails
     * @throws IOException when a file cannot be written
     */
    public static Path run(PrintStream out, Path workDir, Clock clock) throws BadgeException, IOException {
        // A real issuer loads its key with KeyFiles.read(...); a did:key is derived from the public key, nothing to publish.
        IssuerKey key = IssuerKey.generate(KeyType.ED25519, 0);
        DidKey did = DidKey.parse(key.didKey().orElseThrow());
        out.println("issuer " + did.did());

        // The issuer id must be the DID, so that a verifier can tell the key is the issuer's own ("bound").
        ObjectNode unsigned = SampleCredential.unsigned(did.did(), "aino.aijala@example.fi", clock);
        DataIntegritySigner signer = DataIntegritySigner.create(key.privateKey().orElseThrow(), did.verificationMethodId());
        ObjectNode signed = signer.sign(unsigned, clock.instant());
        String json = JsonCodec.writePretty(signed);
        Files.writeString(workDir.resolve("credential.json"), json);
        out.println("proof " + signed.get("proof").get(0).get("cryptosuite").asText());

        // Baking puts the credential into an iTXt chunk "openbadgecredential"; any PNG will do, here we draw one.
        byte[] png = Baker.create().bake(BadgeArt.png(), BakedPayload.detect(json, "credential.json"));
        Path baked = Files.write(workDir.resolve("badge.png"), png);
        out.println("baked " + png.length + " bytes into " + baked.getFileName());
        return baked;
    }
}
