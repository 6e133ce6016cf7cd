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
 * typical credential baked into a small PNG, as {@code badge verify one.png} runs it once warm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VerifierBench {
    private Verifier verifier;
    private byte[] baked;

    @Setup
    public void setUp() throws BadgeException {
        Issuers issuer = Issuers.ed25519();
        ObjectNode signed = issuer.signer.sign(issuer.credential(), Issuers.CREATED);
        baked = Baker.create().bake(Fixtures.png("small"), BakedPayload.detect(JsonCodec.write(signed)));
        verifier = Verifier.newBuilder().build();
        VerificationReport report = verifier.verify(baked, "bench.png");
        if (!report.valid()) {
            throw new IllegalStateException("benchmark badge does not verify: " + report);
        }
    }

    @Benchmark
    public VerificationReport verifyBakedPng() {
        return verifier.verify(baked, "bench.png");
    }
}
