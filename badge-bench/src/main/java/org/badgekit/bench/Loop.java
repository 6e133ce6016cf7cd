package org.badgekit.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import org.badgekit.BadgeException;
import org.badgekit.bake.BakedPayload;
import org.badgekit.bake.Baker;
import org.badgekit.json.JsonCodec;
import org.badgekit.jsonld.Canonicalizer;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.sign.DataIntegrityVerifier;
import org.badgekit.verify.Verifier;

/**
 * A plain loop for profilers (JFR) and for a noise-robust figure on a shared machine: besides wall time it reports the
 * benchmark thread's own CPU time per operation, which time slices lost to other processes do not inflate.
 *
 * <pre>{@code java -XX:StartFlightRecording=filename=sign.jfr -cp badge-bench/target/benchmarks.jar org.badgekit.bench.Loop sign 20000 [credential.json]}</pre>
 *
 * <p>The optional third argument is a credential file (e.g. one {@code badge batch} wrote) to use instead of the built-in one;
 * its proof is dropped and its issuer made this run's did:key.
 */
public final class Loop {
    private Loop() {
    }

    /** Runs {@code args[0]} (canonicalize, sign, verify, verifier, bake-png, bake-svg) {@code args[1]} times after as many warm-up runs. */
    public static void main(String[] args) throws BadgeException {
        String op = args.length > 0 ? args[0] : "sign";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Issuers issuer = Issuers.ed25519();
        ObjectNode unsigned = args.length > 2 ? issuer.credentialFrom(Path.of(args[2])) : issuer.credential();
        ObjectNode signed = issuer.signer.sign(unsigned, Issuers.CREATED);
        Canonicalizer canonicalizer = Canonicalizer.rdfc();
        DataIntegrityVerifier verifier = DataIntegrityVerifier.create(DocumentResolver.offline());
        Runnable body = switch (op) {
            case "canonicalize" -> () -> check(canonicalizer, unsigned);
            case "sign" -> new Runnable() {
                private long n;

                @Override
                public void run() {
                    try {
                        issuer.signer.sign(Issuers.numbered(unsigned, n++), Issuers.CREATED);
                    } catch (BadgeException e) {
                        throw new IllegalStateException(e);
                    }
                }
            };
            case "verify" -> () -> {
                if (!verifier.verify(signed).get(0).signatureValid()) {
                    throw new IllegalStateException("does not verify");
                }
            };
            case "bake-png", "bake-svg" -> {
                Baker baker = Baker.create();
                BakedPayload payload = BakedPayload.detect(JsonCodec.write(signed));
                byte[] image = op.equals("bake-png") ? Fixtures.png("small") : Fixtures.svg("small");
                yield () -> {
                    try {
                        baker.bake(image, payload);
                    } catch (BadgeException e) {
                        throw new IllegalStateException(e);
                    }
                };
            }
            case "verifier" -> {
                // distinct badges in turn, as a real run meets them (the verifier remembers its last canonicalizations)
                byte[][] baked = new byte[16][];
                for (int i = 0; i < baked.length; i++) {
                    ObjectNode one = issuer.signer.sign(Issuers.numbered(unsigned, i), Issuers.CREATED);
                    baked[i] = Baker.create().bake(Fixtures.png("small"), BakedPayload.detect(JsonCodec.write(one)));
                }
                Verifier full = Verifier.newBuilder().build();
                yield new Runnable() {
                    private int n;

                    @Override
                    public void run() {
                        if (!full.verify(baked[n++ % baked.length], "bench.png").valid()) {
                            throw new IllegalStateException("does not verify");
                        }
                    }
                };
            }
            default -> throw new IllegalArgumentException("unknown operation " + op
                    + ", expected canonicalize, sign, verify, verifier, bake-png or bake-svg");
        };
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 2; round++) {
            long wall0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < count; i++) {
                body.run();
            }
            long wall = System.nanoTime() - wall0;
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            System.out.printf(Locale.ROOT, "%s %s: %d ops, wall %.1f us/op (%.0f ops/s), thread CPU %.1f us/op%n",
                    round == 0 ? "warm-up" : "measured", op, count, wall / 1e3 / count, count * 1e9 / wall, cpu / 1e3 / count);
        }
    }

    private static void check(Canonicalizer canonicalizer, ObjectNode document) {
        try {
            if (canonicalizer.canonicalize(document).isEmpty()) {
                throw new IllegalStateException("no quads");
            }
        } catch (BadgeException e) {
            throw new IllegalStateException(e);
        }
    }
}
