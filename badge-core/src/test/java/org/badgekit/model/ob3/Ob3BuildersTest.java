package org.badgekit.model.ob3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.badgekit.model.Timestamp;
import org.junit.jupiter.api.Test;

/** Building credentials in code: defaults, factories, required properties, immutability, schema-valid output. */
class Ob3BuildersTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:15:30.123456Z"), ZoneOffset.UTC);
    private final SecureRandom random = new SecureRandom();

    private static Achievement learningAmbassador() {
        return Achievement.newBuilder()
                .id("https://badges.example.fi/achievements/learning-ambassador")
                .name("Learning Ambassador")
                .description("Supports learners at the workplace.")
                .criteria(Criteria.ofNarrative("Plans a learning path and gives feedback."))
                .achievementType(AchievementType.BADGE)
                .image(Image.of("https://badges.example.fi/la.png", "Learning Ambassador"))
                .inLanguage("fi")
                .creditsAvailable(new BigDecimal("2.5"))
                .addAlignment(Alignment.newBuilder()
                        .targetName("mentor apprentices")
                        .targetUrl("http://data.europa.eu/esco/skill/0c8d2f4b")
                        .targetFramework("ESCO")
                        .targetType(AlignmentTargetType.extension("ESCO"))
                        .build())
                .addRelated(Related.of("https://badges.example.fi/achievements/learning-ambassador/en", "en"))
                .addOtherIdentifier(IdentifierEntry.of(IdentifierType.IDENTIFIER, "LA-1"))
                .addResultDescription(ResultDescription.newBuilder()
                        .id("urn:uuid:0d6b2a4c-2f77-4a4e-9d0e-5c3b7a1e9f10")
                        .name("Level")
                        .resultType(ResultType.RUBRIC_CRITERION_LEVEL)
                        .addRubricCriterionLevel(RubricCriterionLevel.of("urn:uuid:1", "Satisfactory"))
                        .addRubricCriterionLevel(RubricCriterionLevel.of("urn:uuid:2", "Excellent"))
                        .build())
                .addTag("mentoring")
                .build();
    }

    private AchievementCredential credential() {
        return AchievementCredential.newBuilder()
                .id("urn:uuid:2b7e3c1d-9a4f-4e8b-8c6d-1f2e3a4b5c6d")
                .name("Learning Ambassador")
                .issuer(ProfileRef.of(Profile.of("https://badges.example.fi/issuer", "Omnia (pilot)")))
                .validFrom(Timestamp.of(CLOCK.instant()))
                .credentialSubject(AchievementSubject.of(IdentityObject.hashedEmail("Learner@Example.org", random),
                        learningAmbassador()))
                .addCredentialSchema(CredentialSchema.ob3AchievementCredential())
                .build();
    }

    @Test
    void buildsACredentialThatPassesTheSchema() {
        JsonNode json = Ob3Json.toTree(credential());

        assertThat(Ob3SchemaValidator.create().validate(json)).isEmpty();
    }

    @Test
    void fillsInTheContextTypesAndUtcTimestampsThisLibraryWrites() {
        JsonNode json = Ob3Json.toTree(credential());

        assertThat(json.get("@context")).containsExactly(TextNode.valueOf("https://www.w3.org/ns/credentials/v2"),
                TextNode.valueOf("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        assertThat(json.get("type")).containsExactly(TextNode.valueOf("VerifiableCredential"),
                TextNode.valueOf("OpenBadgeCredential"));
        assertThat(json.get("validFrom").asText()).isEqualTo("2026-11-28T10:15:30Z");
        assertThat(json.at("/issuer/type/0").asText()).isEqualTo("Profile");
        assertThat(json.at("/credentialSubject/identifier/0/type").asText()).isEqualTo("IdentityObject");
        assertThat(json.at("/credentialSubject/identifier/0/identityType").asText()).isEqualTo("emailAddress");
        assertThat(json.at("/credentialSubject/achievement/image/type").asText()).isEqualTo("Image");
        assertThat(json.at("/credentialSubject/achievement/otherIdentifier/0/type").asText()).isEqualTo("IdentifierEntry");
    }

    @Test
    void omitsNullsAndEmptyArrays() {
        JsonNode json = Ob3Json.toTree(credential());

        assertThat(json.has("proof")).isFalse();
        assertThat(json.has("evidence")).isFalse();
        assertThat(json.has("description")).isFalse();
        assertThat(json.at("/credentialSubject").has("result")).isFalse();
        assertThat(json.toString()).doesNotContain("null").doesNotContain("[]");
    }

    @Test
    void hashesTheRecipientEmailNormalizedWithAFreshSalt() {
        IdentityObject first = credential().credentialSubject().identifier().get(0);
        IdentityObject second = credential().credentialSubject().identifier().get(0);

        assertThat(first.hashed()).isTrue();
        assertThat(first.salt()).hasSize(32).isNotEqualTo(second.salt());
        assertThat(first.identityHash()).isNotEqualTo(second.identityHash());
        assertThat(first.matches("learner@example.org")).isTrue();
    }

    @Test
    void namesTheMissingRequiredPropertyWhenBuilding() {
        assertThatThrownBy(() -> Achievement.newBuilder().id("urn:x").name("n").criteria(Criteria.ofNarrative("c")).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Achievement: description: required property missing");
        assertThatThrownBy(() -> AchievementSubject.newBuilder().id("did:example:1").build())
                .hasMessage("AchievementSubject: achievement: required property missing");
        assertThatThrownBy(() -> AchievementCredential.newBuilder().id("urn:x")
                .credentialSubject(AchievementSubject.of("did:example:1", learningAmbassador()))
                .validFrom(Timestamp.of(CLOCK.instant())).build())
                .hasMessage("AchievementCredential: issuer: required property missing");
    }

    @Test
    void derivesChangedCopiesWithToBuilderAndLeavesTheOriginalAlone() {
        AchievementCredential original = credential();

        AchievementCredential reissued = original.toBuilder()
                .validFrom(Timestamp.parse("2027-01-01T00:00:00Z"))
                .awardedDate(original.validFrom())
                .build();

        assertThat(reissued.id()).isEqualTo(original.id());
        assertThat(reissued.awardedDate()).isEqualTo(original.validFrom());
        assertThat(original.awardedDate()).isNull();
        assertThat(original.toBuilder().build()).isEqualTo(original);
    }

    @Test
    void copiesListsSoThatCallersCannotChangeARecord() {
        List<String> tags = new ArrayList<>(List.of("a"));
        Achievement achievement = learningAmbassador().toBuilder().tag(tags).build();

        tags.add("b");

        assertThat(achievement.tag()).containsExactly("a");
        assertThatThrownBy(() -> achievement.tag().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void keepsExtensionPropertiesAfterTheNamedOnes() {
        Achievement achievement = learningAmbassador().toBuilder()
                .extension("ext:pilotPhase", TextNode.valueOf("2"))
                .build();

        JsonNode json = Ob3Json.toTree(achievement);
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);

        assertThat(names.get(names.size() - 1)).isEqualTo("ext:pilotPhase");
        assertThat(json.get("ext:pilotPhase").asText()).isEqualTo("2");
    }

    @Test
    void removesProofsForSigning() {
        AchievementCredential signed = credential().toBuilder()
                .addProof(Proof.newBuilder().type("DataIntegrityProof").cryptosuite("eddsa-rdfc-2022").proofValue("z1").build())
                .build();

        assertThat(signed.withoutProof().proof()).isEmpty();
        assertThat(signed.withoutProof()).isEqualTo(credential().toBuilder()
                .credentialSubject(signed.credentialSubject()).build());
    }
}
