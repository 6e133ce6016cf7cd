package org.badgekit.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.TimeUnit;
import org.badgekit.BadgeException;
import org.badgekit.bake.BakedPayload;
import org.badgekit.bake.Baker;
import org.badgekit.json.JsonCodec;
import org.badgekit.verify.VerificationReport;
import org.badgekit.verify.Verifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The full {@link Verifier} (extraction, JSON, schema, safe mode, eddsa-rdfc-2022 proof, key binding, dates, status) on the
 * typical credential baked into a small PNG (16 distinct badges in turn), as {@code badge verify} runs it once warm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VerifierBench {
    private Verifier verifier;
    private final byte[][] baked = new byte[16][];
    private int next;

    @Setup
    public void setUp() throws BadgeException {
        Issuers issuer = Issuers.ed25519();
        ObjectNode unsigned = issuer.credential();
        verifier = Verifier.newBuilder().build();
        // distinct badges in turn, as a real run meets them (the verifier remembers its last canonicalizations)
        for (int i = 0; i < baked.length; i++) {
            ObjectNode signed = issuer.signer.sign(Issuers.numbered(unsigned, i), Issuers.CREATED);
            baked[i] = Baker.create().bake(Fixtures.png("small"), BakedPayload.detect(JsonCodec.write(signed)));
            VerificationReport report = verifier.verify(baked[i], "bench.png");
            if (!report.valid()) {
                throw new IllegalStateException("benchmark badge does not verify: " + report);
            }
        }
    }

    @Benchmark
    public VerificationReport verifyBakedPng() {
        return verifier.verify(baked[next++ % baked.length], "bench.png");
    }
}
