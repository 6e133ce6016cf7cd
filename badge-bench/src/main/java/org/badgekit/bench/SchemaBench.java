package org.badgekit.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.badgekit.BadgeException;
import org.badgekit.model.ob3.Ob3SchemaValidator;
import org.badgekit.model.ob3.SchemaProblem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** OB 3.0 JSON Schema (draft 2019-09) validation of the typical signed credential. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SchemaBench {
    private Ob3SchemaValidator validator;
    private ObjectNode signed;

    @Setup
    public void setUp() throws BadgeException {
        Issuers issuer = Issuers.ed25519();
        signed = issuer.signer.sign(issuer.credential(), Issuers.CREATED);
        validator = Ob3SchemaValidator.create();
        List<SchemaProblem> problems = validator.validate(signed);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("benchmark credential fails the OB 3.0 schema: " + problems);
        }
    }

    @Benchmark
    public List<SchemaProblem> validate() {
        return validator.validate(signed);
    }
}
