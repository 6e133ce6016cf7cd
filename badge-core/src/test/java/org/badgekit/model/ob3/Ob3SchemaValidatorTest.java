package org.badgekit.model.ob3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.badgekit.json.JsonCodec;
import org.badgekit.model.Fixtures;
import org.junit.jupiter.api.Test;

/** The bundled schema reports each problem with the JSON pointer where it is (runs without the shared folder). */
class Ob3SchemaValidatorTest {
    private static final Ob3SchemaValidator SCHEMA = Ob3SchemaValidator.create();

    private static ObjectNode complete() throws Exception {
        return (ObjectNode) JsonCodec.parse("c", Fixtures.bytes("ob3/learning-ambassador-complete.json"));
    }

    @Test
    void reportsAnIssuerTypeGivenAsAStringInsteadOfAnArray() throws Exception {
        ObjectNode document = complete();
        ((ObjectNode) document.get("issuer")).put("type", "Profile");

        assertThat(SCHEMA.validate(document)).containsExactly(new SchemaProblem("/issuer/type", "string found, array expected"));
    }

    @Test
    void reportsAMissingValidFromAtItsPointer() throws Exception {
        ObjectNode document = complete();
        document.remove("validFrom");

        assertThat(SCHEMA.validate(document)).containsExactly(new SchemaProblem("/validFrom", "required property missing"));
    }

    @Test
    void reportsAnUnknownAchievementTypeOnceWithoutListingTheVocabulary() throws Exception {
        ObjectNode document = complete();
        ((ObjectNode) document.at("/credentialSubject/achievement")).put("achievementType", "Trophy");

        List<SchemaProblem> problems = SCHEMA.validate(document);

        assertThat(problems).containsExactly(new SchemaProblem("/credentialSubject/achievement/achievementType",
                "\"Trophy\" is not an achievementType term nor an extension term ext:Name"));
        assertThat(problems.get(0).toString()).startsWith("/credentialSubject/achievement/achievementType: \"Trophy\"");
    }

    @Test
    void reportsAPropertyTheIdentityObjectDoesNotAdmit() throws Exception {
        ObjectNode document = complete();
        ((ObjectNode) document.at("/credentialSubject/identifier/0")).put("email", "learner@example.org");

        assertThat(SCHEMA.validate(document)).extracting(SchemaProblem::pointer)
                .containsExactly("/credentialSubject/identifier/0/email");
    }

    @Test
    void reportsALanguageCodeOutsideThePattern() throws Exception {
        ObjectNode document = complete();
        ((ObjectNode) document.at("/credentialSubject/achievement")).put("inLanguage", "Finnish");

        assertThat(SCHEMA.validate(document)).containsExactly(new SchemaProblem("/credentialSubject/achievement/inLanguage",
                "\"Finnish\" is not a language code such as en, de-DE or pt-BR"));
    }

    @Test
    void reportsEveryProblemOfADocumentNotJustTheFirst() throws Exception {
        ObjectNode document = complete();
        document.remove("validFrom");
        document.set("type", TextNode.valueOf("OpenBadgeCredential"));
        ((ObjectNode) document.at("/image")).remove("type");

        assertThat(SCHEMA.validate(document)).extracting(SchemaProblem::pointer)
                .containsExactlyInAnyOrder("/validFrom", "/type", "/image/type");
    }

    @Test
    void reportsANonObjectDocumentInsteadOfThrowing() throws Exception {
        assertThat(SCHEMA.validate(JsonCodec.parse("x", "[1,2]"))).extracting(SchemaProblem::pointer).containsExactly("");
        assertThat(SCHEMA.validate(JsonCodec.parse("x", "\"text\""))).isNotEmpty();
    }

    @Test
    void validatesEndorsementCredentialsWithTheirOwnRules() throws Exception {
        ObjectNode endorsement = (ObjectNode) JsonCodec.parse("e", Fixtures.bytes("ob3/chamber-endorsement.json"));
        assertThat(SCHEMA.validateEndorsement(endorsement)).isEmpty();

        endorsement.remove("name");

        assertThat(SCHEMA.validateEndorsement(endorsement)).containsExactly(new SchemaProblem("/name", "required property missing"));
    }

    @Test
    void givesTheSameResultsFromManyThreads() throws Exception {
        ObjectNode document = complete();
        document.remove("validFrom");
        List<SchemaProblem> expected = SCHEMA.validate(document);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<SchemaProblem>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> SCHEMA.validate(document)));
            }
            for (Future<List<SchemaProblem>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
