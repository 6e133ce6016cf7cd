package org.badgekit.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.URI;
import java.nio.file.Files;
import org.badgekit.json.JsonCodec;
import org.badgekit.model.ob3.Ob3SchemaValidator;
import org.badgekit.testing.SharedSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every compiled Achievement, placed in a minimal unsigned credential, passes the official 1EdTech OB 3.0 JSON Schema (the
 * schema has no standalone Achievement entry point, so the credential is the smallest document it validates).
 */
class AchievementSchemaTest {

    @ParameterizedTest
    @CsvSource({"workplace-instructor,en", "workplace-instructor,fi", "workplace-instructor,et", "learning-ambassador,lv",
        "learning-ambassador,nl"})
    void compiledAchievementPassesTheOfficialOb3Schema(String id, String language) throws Exception {
        Schema schema = officialSchema();
        ObjectNode credential = credential(id, language);

        assertThat(schema.validate(credential)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"workplace-instructor,en", "workplace-instructor,lv", "learning-ambassador,fi", "learning-ambassador,et",
        "learning-ambassador,nl"})
    void compiledAchievementPassesTheModelsOwnOb3SchemaValidator(String id, String language) throws Exception {
        assertThat(Ob3SchemaValidator.create().validate(credential(id, language))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"criteria", "name", "type"})
    void theSchemaCheckIsLiveAndRejectsAnAchievementMissingARequiredProperty(String property) throws Exception {
        ObjectNode credential = credential("workplace-instructor", "en");
        ((ObjectNode) credential.get("credentialSubject").get("achievement")).remove(property);

        assertThat(officialSchema().validate(credential)).isNotEmpty();
    }

    private static Schema officialSchema() throws java.io.IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(
                Files.readString(SharedSpec.spec().resolve("schemas/ob_v3p0/ob_v3p0_achievementcredential_schema.json")),
                InputFormat.JSON);
    }

    private static ObjectNode credential(String id, String language) throws Exception {
        BadgeCriteria criteria = CriteriaLibrary.load(ProjectCriteria.folder()).get(id);
        ObjectNode achievement = (ObjectNode) CriteriaCompiler.toJson(CriteriaCompiler.toAchievement(criteria, language,
                CriteriaCompiler.achievementId(URI.create("https://issuer.example/badges"), criteria)));
        ObjectNode credential = (ObjectNode) JsonCodec.parse("credential", """
                {"@context": ["https://www.w3.org/ns/credentials/v2",
                              "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                 "id": "urn:uuid:7f1c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f",
                 "type": ["VerifiableCredential", "OpenBadgeCredential"],
                 "issuer": {"id": "https://issuer.example/issuer", "type": ["Profile"], "name": "Example VET school"},
                 "validFrom": "2026-11-28T12:00:00Z",
                 "credentialSubject": {"id": "did:example:learner", "type": ["AchievementSubject"]}}
                """);
        ((ObjectNode) credential.get("credentialSubject")).set("achievement", achievement);
        return credential;
    }
}
