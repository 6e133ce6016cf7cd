package org.badgekit.model.ob3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.badgekit.json.JsonCodec;
import org.badgekit.model.Fixtures;
import org.badgekit.model.JsonEquivalence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The project's own OB 3.0 documents cover the shared examples' ground without the shared folder. */
class Ob3FixturesTest {
    private static final Ob3SchemaValidator SCHEMA = Ob3SchemaValidator.create();

    @ParameterizedTest
    @ValueSource(strings = {"ob3/learning-ambassador-complete.json", "ob3/workplace-instructor-minimal.json",
        "ob3/legacy-vc11-single-values.json"})
    void readsAndWritesBackEachCredentialAsTheSameJson(String name) throws Exception {
        byte[] bytes = Fixtures.bytes(name);
        AchievementCredential credential = Ob3Json.readCredential(name, bytes);

        String written = Ob3Json.write(credential);

        assertThat(JsonEquivalence.difference(JsonCodec.parse(name, bytes), JsonCodec.parse("written", written))).isEmpty();
        assertThat(Ob3Json.readCredential("written", written.getBytes(StandardCharsets.UTF_8))).isEqualTo(credential);
    }

    @Test
    void readsAndWritesBackAnEndorsementCredential() throws Exception {
        byte[] bytes = Fixtures.bytes("ob3/chamber-endorsement.json");
        EndorsementCredential endorsement = Ob3Json.readEndorsement("e", bytes);

        assertThat(endorsement.credentialSubject().endorsementComment()).contains("mentoring");
        assertThat(JsonCodec.parse("w", Ob3Json.write(endorsement))).isEqualTo(JsonCodec.parse("e", bytes));
        assertThat(SCHEMA.validateEndorsement(JsonCodec.parse("e", bytes))).isEmpty();
    }

    @Test
    void writesTheCompleteCredentialBackExactlyBecauseItIsAlreadyInTheSchemaShape() throws Exception {
        byte[] bytes = Fixtures.bytes("ob3/learning-ambassador-complete.json");

        JsonNode written = JsonCodec.parse("w", Ob3Json.write(Ob3Json.readCredential("c", bytes)));

        assertThat(written).isEqualTo(JsonCodec.parse("c", bytes));
    }

    @Test
    void keepsExtensionsInlineContextsAndMethodSpecificStatusFields() throws Exception {
        AchievementCredential credential = Ob3Json.readCredential("c", Fixtures.bytes("ob3/learning-ambassador-complete.json"));

        assertThat(credential.extensions()).containsKey("pilot:batch");
        assertThat(credential.context()).hasSize(4);
        assertThat(credential.context().get(3).isUrl()).isFalse();
        assertThat(credential.context().get(3).inline().get("pilot").asText()).isEqualTo("https://badges.example.fi/ns#");
        assertThat(credential.credentialStatus().extensions()).containsKeys("statusPurpose", "statusListIndex");
        assertThat(credential.credentialSubject().achievement().extensions()).containsKey("ext:pilotPhase");
        assertThat(credential.credentialSubject().achievement().creditsAvailable()).isEqualByComparingTo(new BigDecimal("2.5"));
    }

    @Test
    void readsTheVocabulariesAsTypedConstantsAndExtensions() throws Exception {
        AchievementCredential credential = Ob3Json.readCredential("c", Fixtures.bytes("ob3/learning-ambassador-complete.json"));
        Achievement achievement = credential.credentialSubject().achievement();

        assertThat(achievement.achievementType()).isSameAs(AchievementType.BADGE);
        assertThat(achievement.alignment().get(0).targetType().isExtension()).isTrue();
        assertThat(achievement.alignment().get(0).targetType().value()).isEqualTo("ext:ESCO");
        assertThat(achievement.resultDescription().get(0).resultType()).isSameAs(ResultType.RUBRIC_CRITERION_LEVEL);
        assertThat(achievement.resultDescription().get(2).resultType().isValid()).isTrue();
        assertThat(credential.credentialSubject().result().get(1).status()).isSameAs(ResultStatus.COMPLETED);
        assertThat(credential.credentialSubject().identifier().get(0).identityType()).isSameAs(IdentifierType.EMAIL_ADDRESS);
    }

    @Test
    void keepsTheIssuerFormThatWasRead() throws Exception {
        AchievementCredential byUri = Ob3Json.readCredential("m", Fixtures.bytes("ob3/workplace-instructor-minimal.json"));
        AchievementCredential embedded = Ob3Json.readCredential("c", Fixtures.bytes("ob3/learning-ambassador-complete.json"));

        assertThat(byUri.issuer().isEmbedded()).isFalse();
        assertThat(byUri.issuer().id()).isEqualTo("https://badges.example.fi/issuer");
        assertThat(Ob3Json.toTree(byUri).get("issuer").isTextual()).isTrue();
        assertThat(embedded.issuer().isEmbedded()).isTrue();
        assertThat(embedded.issuer().id()).isEqualTo("https://badges.example.fi/issuer");
        assertThat(Ob3Json.toTree(embedded).get("issuer").isObject()).isTrue();
    }

    @Test
    void matchesTheHashedRecipientOfTheFixture() throws Exception {
        AchievementCredential credential = Ob3Json.readCredential("c", Fixtures.bytes("ob3/learning-ambassador-complete.json"));
        IdentityObject hashed = credential.credentialSubject().identifier().get(0);
        IdentityObject plain = credential.credentialSubject().identifier().get(1);

        assertThat(hashed.matches("Learner@Example.org")).isTrue();
        assertThat(hashed.matches("someone@example.org")).isFalse();
        assertThat(plain.matches("FI-2026-0042")).isTrue();
    }

    @Test
    void writesSingleValuesOfArrayPropertiesAsArraysTheSchemaAccepts() throws Exception {
        byte[] bytes = Fixtures.bytes("ob3/legacy-vc11-single-values.json");
        AchievementCredential legacy = Ob3Json.readCredential("legacy", bytes);

        JsonNode written = Ob3Json.toTree(legacy);

        assertThat(legacy.isVc11()).isTrue();
        assertThat(written.get("proof").isArray()).isTrue();
        assertThat(written.get("evidence").isArray()).isTrue();
        assertThat(written.get("credentialSchema").isArray()).isTrue();
        assertThat(written.at("/issuer/type").isArray()).isTrue();
        assertThat(written.at("/credentialSubject/achievement/alignment/0/type").isArray()).isTrue();
    }

    @Test
    void acceptsTheOwnVc20CredentialsAndRejectsTheLegacyForm() throws Exception {
        assertThat(SCHEMA.validate(JsonCodec.parse("c", Fixtures.bytes("ob3/learning-ambassador-complete.json")))).isEmpty();
        assertThat(SCHEMA.validate(JsonCodec.parse("m", Fixtures.bytes("ob3/workplace-instructor-minimal.json")))).isEmpty();
        assertThat(SCHEMA.validate(JsonCodec.parse("l", Fixtures.bytes("ob3/legacy-vc11-single-values.json"))))
                .extracting(SchemaProblem::pointer)
                .contains("/@context/0", "/validFrom", "/issuer/type", "/proof", "/evidence", "/credentialSchema");
    }

    @Test
    void writesTheSameBytesForTheSameCredential() throws Exception {
        byte[] bytes = Fixtures.bytes("ob3/learning-ambassador-complete.json");

        String first = Ob3Json.write(Ob3Json.readCredential("a", bytes));
        String second = Ob3Json.write(Ob3Json.readCredential("b", bytes));

        assertThat(first).isEqualTo(second);
        assertThat(Ob3Json.writePretty(Ob3Json.readCredential("a", bytes)))
                .isEqualTo(Ob3Json.writePretty(Ob3Json.readCredential("b", bytes)));
    }
}
