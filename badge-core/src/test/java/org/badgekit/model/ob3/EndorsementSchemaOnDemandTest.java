package org.badgekit.model.ob3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.badgekit.json.JsonCodec;
import org.badgekit.model.Fixtures;
import org.junit.jupiter.api.Test;

/** The EndorsementCredential schema is compiled on first use; every use, first or not, on any thread, gets its verdicts. */
class EndorsementSchemaOnDemandTest {

    private static ObjectNode endorsementWithoutName() throws Exception {
        ObjectNode endorsement = (ObjectNode) JsonCodec.parse("e", Fixtures.bytes("ob3/chamber-endorsement.json"));
        endorsement.remove("name");
        return endorsement;
    }

    @Test
    void aValidatorThatHasOnlyCheckedCredentialsStillChecksEndorsementsWithTheirOwnRules() throws Exception {
        Ob3SchemaValidator schema = Ob3SchemaValidator.create();
        ObjectNode credential = (ObjectNode) JsonCodec.parse("c", Fixtures.bytes("ob3/learning-ambassador-complete.json"));
        assertThat(schema.validate(credential)).isEmpty();

        List<SchemaProblem> first = schema.validateEndorsement(endorsementWithoutName());
        List<SchemaProblem> second = schema.validateEndorsement(endorsementWithoutName());

        assertThat(first).containsExactly(new SchemaProblem("/name", "required property missing"));
        assertThat(second).isEqualTo(first);
        // the credential schema is not the endorsement schema: a credential lacks what an endorsement must have
        assertThat(schema.validateEndorsement(credential)).isNotEmpty();
    }

    @Test
    void concurrentFirstUsesAllGetTheSameVerdict() throws Exception {
        Ob3SchemaValidator schema = Ob3SchemaValidator.create();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<SchemaProblem>>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tasks.add(() -> schema.validateEndorsement(endorsementWithoutName()));
            }
            for (Future<List<SchemaProblem>> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).containsExactly(new SchemaProblem("/name", "required property missing"));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
