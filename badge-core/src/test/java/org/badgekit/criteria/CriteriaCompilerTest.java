package org.badgekit.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import org.badgekit.BadgeException;
import org.badgekit.model.ob2.BadgeClass;
import org.badgekit.model.ob3.Achievement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CriteriaCompilerTest {
    private static final URI BASE = URI.create("https://issuer.example/badges/");
    private BadgeCriteria instructor;

    @BeforeEach
    void loadTheProjectCriteria() throws BadgeException {
        instructor = CriteriaLibrary.load(ProjectCriteria.folder()).get("workplace-instructor");
    }

    @Test
    void suggestsAnIdFromBaseIdAndVersion() {
        assertThat(CriteriaCompiler.achievementId(BASE, instructor))
                .hasToString("https://issuer.example/badges/workplace-instructor/v0.1.0");
        assertThat(CriteriaCompiler.achievementId(URI.create("https://issuer.example/badges"), instructor))
                .hasToString("https://issuer.example/badges/workplace-instructor/v0.1.0");
    }

    @Test
    void compiledAchievementHasTheRequiredOb3Properties() throws BadgeException {
        URI id = CriteriaCompiler.achievementId(BASE, instructor);
        JsonNode json = CriteriaCompiler.toJson(CriteriaCompiler.toAchievement(instructor, "en", id));

        assertThat(json.path("id").asText()).isEqualTo(id.toString());
        assertThat(json.path("type").isArray()).isTrue();
        assertThat(json.path("type").get(0).asText()).isEqualTo("Achievement");
        assertThat(json.path("type")).hasSize(1);
        assertThat(json.path("name").asText()).isEqualTo("Workplace Instructor");
        assertThat(json.path("description").asText()).startsWith("The Workplace Instructor badge recognises");
        assertThat(json.path("criteria").path("narrative").asText())
                .contains("## Competence objective", "### 1. Orientation to the workplace and occupational safety",
                        "**Assessment criteria**", "## Evidence to submit",
                        "- Has gone through an orientation checklist with the student");
    }

    @Test
    void compiledAchievementCarriesTheVetMetadata() throws BadgeException {
        URI id = URI.create("https://issuer.example/badges/workplace-instructor/v0.1.0");
        JsonNode json = CriteriaCompiler.toJson(CriteriaCompiler.toAchievement(instructor, "fi", id));

        assertThat(json.path("inLanguage").asText()).isEqualTo("fi");
        assertThat(json.path("version").asText()).isEqualTo("0.1.0");
        assertThat(json.path("humanCode").asText()).isEqualTo("WBL-WI");
        assertThat(json.path("achievementType").asText()).isEqualTo("Badge");
        assertThat(json.path("creditsAvailable").isNumber()).isTrue();
        assertThat(json.path("creditsAvailable").decimalValue()).isEqualByComparingTo("2");
        assertThat(json.path("fieldOfStudy").asText()).isEqualTo("Ammatillinen koulutus, työelämässä oppiminen");
        assertThat(json.path("tag")).extracting(JsonNode::asText).contains("työturvallisuus", "palaute");
        assertThat(json.path("image").path("type").asText()).isEqualTo("Image");
        assertThat(json.path("image").path("id").asText()).startsWith("data:image/svg+xml;base64,");
        assertThat(json.path("image").path("caption").asText()).startsWith("Työpaikkaohjaajan merkki");
        assertThat(json.path("alignment")).hasSize(1);
        JsonNode eqf = json.path("alignment").get(0);
        assertThat(eqf.path("type").get(0).asText()).isEqualTo("Alignment");
        assertThat(eqf.path("targetUrl").asText()).isEqualTo("http://data.europa.eu/snb/eqf/4");
        assertThat(eqf.path("targetName").asText()).isEqualTo("EQF-taso 4");
        assertThat(json.path("resultDescription")).hasSize(5);
        JsonNode first = json.path("resultDescription").get(0);
        assertThat(first.path("id").asText()).isEqualTo(id + "#orientation");
        assertThat(first.path("type").get(0).asText()).isEqualTo("ResultDescription");
        assertThat(first.path("name").asText()).isEqualTo("Perehdyttäminen työpaikkaan ja työturvallisuuteen");
        assertThat(first.path("resultType").asText()).isEqualTo("Status");
        assertThat(json.path("criteria").path("narrative").asText()).contains("## Osaamistavoite", "**Arviointikriteerit**", "## Toimitettava aineisto");
    }

    @Test
    void alignmentsWithAUriAreCompiledAndUnconfirmedOnesLeftOut() throws Exception {
        BadgeCriteria withUri = new BadgeCriteria(instructor.id(), instructor.version(), instructor.status(),
                instructor.changelog(), instructor.achievementType(), instructor.eqfLevel(), instructor.creditsAvailable(),
                instructor.hours(), instructor.humanCode(), instructor.name(), instructor.shortDescription(),
                instructor.description(), instructor.objective(), instructor.fieldOfStudy(), instructor.areas(),
                instructor.evidence(), java.util.List.of(new CriteriaAlignment("ESCO", "mentor individuals",
                        java.util.Optional.of(URI.create("http://data.europa.eu/esco/skill/example")),
                        java.util.Optional.of("S1.0"), java.util.Optional.of("ext:ESCOSkill"), false),
                        instructor.alignments().get(0)),
                instructor.tags(), instructor.image(), instructor.source());

        Achievement achievement = CriteriaCompiler.toAchievement(withUri, "en", URI.create("urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427"));

        assertThat(achievement.alignment()).hasSize(2);
        assertThat(achievement.alignment().get(1).targetUrl()).isEqualTo("http://data.europa.eu/esco/skill/example");
        assertThat(achievement.alignment().get(1).targetFramework()).isEqualTo("ESCO");
        assertThat(achievement.alignment().get(1).targetType().value()).isEqualTo("ext:ESCOSkill");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fi", "et", "lv", "nl"})
    void compilesInEveryLanguageWithTheNameInThatLanguage(String language) throws BadgeException {
        Achievement achievement = CriteriaCompiler.toAchievement(instructor, language, URI.create("https://i.example/a"));
        assertThat(achievement.name()).isEqualTo(instructor.name().get(language));
        assertThat(achievement.inLanguage()).isEqualTo(language);
    }

    @Test
    void compiledBadgeClassHasNarrativeAlignmentTagsAndLanguage() throws BadgeException {
        BadgeClass badgeClass = CriteriaCompiler.toBadgeClass(instructor, "nl",
                URI.create("https://issuer.example/badges/workplace-instructor/v0.1.0/badgeclass.json"),
                URI.create("https://issuer.example/issuer.json"));
        JsonNode json = CriteriaCompiler.toJson(badgeClass);

        assertThat(json.path("@context").get(0).asText()).isEqualTo("https://w3id.org/openbadges/v2");
        assertThat(json.path("@context").get(1).path("@language").asText()).isEqualTo("nl");
        assertThat(json.path("type").asText()).isEqualTo("BadgeClass");
        assertThat(json.path("name").asText()).isEqualTo("Praktijkopleider");
        assertThat(json.path("issuer").asText()).isEqualTo("https://issuer.example/issuer.json");
        assertThat(json.path("criteria").path("narrative").asText()).contains("## Competentiedoel", "Beoordelingscriteria");
        assertThat(json.path("alignment").path("targetUrl").asText()).isEqualTo("http://data.europa.eu/snb/eqf/4");
        assertThat(json.path("tags")).extracting(JsonNode::asText).contains("praktijkopleider", "arbeidsveiligheid");
        assertThat(json.path("image").path("caption").asText()).startsWith("Badge Praktijkopleider");
        assertThat(json.path("version").asText()).isEqualTo("0.1.0");
    }

    @Test
    void rejectsAnUnsupportedLanguageAndARelativeId() {
        assertThatThrownBy(() -> CriteriaCompiler.toAchievement(instructor, "de", URI.create("https://i.example/a")))
                .isInstanceOfSatisfying(BadgeException.class, e -> {
                    assertThat(e.code()).isEqualTo(BadgeException.Code.INVALID_ARGUMENT);
                    assertThat(e.getMessage()).contains("'de'", "en, fi, et, lv, nl");
                });
        assertThatThrownBy(() -> CriteriaCompiler.toAchievement(instructor, "en", URI.create("badges/wi")))
                .isInstanceOfSatisfying(BadgeException.class, e -> assertThat(e.getMessage()).contains("'badges/wi'"));
    }
}
