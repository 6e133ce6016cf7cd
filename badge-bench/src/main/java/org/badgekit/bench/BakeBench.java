package org.badgekit.bench;

import java.util.concurrent.TimeUnit;
import org.badgekit.BadgeException;
import org.badgekit.bake.BakedPayload;
import org.badgekit.bake.Baker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Baking an OB 3.0 credential into PNG and SVG images held in memory, and extracting it again (the extraction reads the
 * whole image and checks every PNG CRC).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BakeBench {
    @Param({"png", "svg"})
    public String format;

    @Param({"small", "2mb"})
    public String size;

    private Baker baker;
    private BakedPayload payload;
    private byte[] image;
    private byte[] baked;

    @Setup
    public void setUp() throws BadgeException {
        baker = Baker.create();
        payload = BakedPayload.detect(Fixtures.credentialJson());
        image = "png".equals(format) ? Fixtures.png(size) : Fixtures.svg(size);
        baked = baker.bake(image, payload);
        if (!baker.extract(baked).payload().equals(payload.payload())) {
            throw new IllegalStateException("round trip through " + format + " changed the payload");
        }
    }

    @Benchmark
    public byte[] bake() throws BadgeException {
        return baker.bake(image, payload);
    }

    @Benchmark
    public BakedPayload extract() throws BadgeException {
        return baker.extract(baked);
    }
}
