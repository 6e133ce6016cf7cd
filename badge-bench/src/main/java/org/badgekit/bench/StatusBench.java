package org.badgekit.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.badgekit.BadgeException;
import org.badgekit.status.Bitstring;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Bitstring Status List encoding (GZIP + multibase base64url) and decoding of a minimum-size list (131,072 entries) with 1 %
 * of the bits set, what a verifier does once per fetched list and a publisher once per revocation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StatusBench {
    private Bitstring list;
    private String encoded;

    @Setup
    public void setUp() throws BadgeException {
        list = Bitstring.empty();
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < Bitstring.MIN_BITS / 100; i++) {
            list.set(random.nextInt(Bitstring.MIN_BITS));
        }
        encoded = list.encode();
        if (!Bitstring.decode(encoded).equals(list)) {
            throw new IllegalStateException("status list round trip failed");
        }
    }

    @Benchmark
    public String encode() {
        return list.encode();
    }

    @Benchmark
    public Bitstring decode() throws BadgeException {
        return Bitstring.decode(encoded);
    }
}
