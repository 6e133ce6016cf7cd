package org.badgekit.sign;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import org.badgekit.jsonld.Canonicalizer;
import org.badgekit.jsonld.TestContexts;
import org.badgekit.keys.DidKey;
import org.badgekit.keys.Ed25519Keys;
import org.badgekit.resolve.DocumentResolver;

/**
 * Not a test: a quick single-thread throughput figure (median microseconds per credential) for canonicalization, signing and
 * verification of the OB 3.0 test-vector credential (or of the credential file given as second argument). Run with
 * {@code java -cp badge-core/target/classes:badge-core/target/test-classes:DEPS org.badgekit.sign.DataIntegrityBench [ROUNDS [FILE]]}.
 */
public final class DataIntegrityBench {
    private DataIntegrityBench() {}

    interface Op {
        Object run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        byte[] seed = HexFormat.of().parseHex(EddsaRdfc2022VectorsTest.OB3_SEED);
        DidKey did = DidKey.fromPublicKey(Ed25519Keys.publicKeyFromSeed(seed));
        ObjectNode unsigned = args.length > 1
                ? (ObjectNode) org.badgekit.json.JsonCodec.parse(args[1], java.nio.file.Files.readAllBytes(java.nio.file.Path.of(args[1])))
                : TestContexts.json("/org/badgekit/sign/vectors/ob3-teamwork-unsigned.json");
        unsigned.remove("proof");
        ((ObjectNode) unsigned.get("issuer")).put("id", did.did());
        Canonicalizer canonicalizer = Canonicalizer.rdfc();
        DataIntegritySigner signer = DataIntegritySigner.create(seed, did.verificationMethodId());
        DataIntegrityVerifier verifier = DataIntegrityVerifier.create(DocumentResolver.offline());
        Instant created = Instant.parse("2026-11-28T10:00:00Z");
        ObjectNode signed = signer.sign(unsigned, created);
        report("canonicalize (1 doc)", rounds, () -> canonicalizer.canonicalize(unsigned));
        Canonicalizer unsafe = Canonicalizer.rdfcUnsafe(DocumentResolver.offline());
        report("canonicalize, safe mode off", rounds, () -> unsafe.canonicalize(unsigned));
        report("sign (eddsa-rdfc-2022)", rounds, () -> signer.sign(unsigned, created));
        report("verify (eddsa-rdfc-2022, did:key)", rounds, () -> {
            if (!verifier.verify(signed).get(0).signatureValid()) {
                throw new IllegalStateException("did not verify");
            }
            return null;
        });
        // proofs created in different seconds: nothing carries over from one verification to the next
        ObjectNode[] distinct = new ObjectNode[64];
        for (int i = 0; i < distinct.length; i++) {
            distinct[i] = signer.sign(unsigned, created.plusSeconds(i));
        }
        int[] next = {0};
        report("verify, a new proof each time", rounds, () -> {
            if (!verifier.verify(distinct[next[0]++ % distinct.length]).get(0).signatureValid()) {
                throw new IllegalStateException("did not verify");
            }
            return null;
        });
    }

    private static void report(String name, int rounds, Op op) throws Exception {
        for (int i = 0; i < rounds; i++) {
            op.run();
        }
        long[] samples = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            op.run();
            samples[i] = System.nanoTime() - start;
        }
        Arrays.sort(samples);
        System.out.printf("%-36s median %7.1f us  p10 %7.1f us  p90 %7.1f us%n", name, samples[rounds / 2] / 1000.0,
                samples[rounds / 10] / 1000.0, samples[rounds * 9 / 10] / 1000.0);
    }
}
