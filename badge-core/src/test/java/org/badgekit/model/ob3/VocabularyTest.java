package org.badgekit.model.ob3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The spec's vocabularies as open sets of typed constants. */
class VocabularyTest {

    @Test
    void parsesSpecTermsToTheirConstants() {
        assertThat(AchievementType.parse("MicroCredential")).isSameAs(AchievementType.MICRO_CREDENTIAL);
        assertThat(AlignmentTargetType.parse("ceasn:Competency")).isSameAs(AlignmentTargetType.CEASN_COMPETENCY);
        assertThat(IdentifierType.parse("emailAddress")).isSameAs(IdentifierType.EMAIL_ADDRESS);
        assertThat(ResultType.parse("GradePointAverage")).isSameAs(ResultType.GRADE_POINT_AVERAGE);
        assertThat(ResultStatus.parse("InProgress")).isSameAs(ResultStatus.IN_PROGRESS);
    }

    @Test
    void acceptsExtensionTermsAsValid() {
        AchievementType ects = AchievementType.parse("ext:Microcredential-ECTS");

        assertThat(ects.isKnown()).isFalse();
        assertThat(ects.isExtension()).isTrue();
        assertThat(ects.isValid()).isTrue();
        assertThat(ects).isEqualTo(AchievementType.extension("Microcredential-ECTS"));
        assertThat(ects.value()).isEqualTo("ext:Microcredential-ECTS");
    }

    @Test
    void readsUnknownTermsButCallsThemInvalid() {
        assertThat(AchievementType.parse("badge").isValid()).isFalse();
        assertThat(ResultStatus.parse("ext:Paused").isValid()).isFalse();
        assertThat(IdentifierType.parse("email").isValid()).isFalse();
    }

    @Test
    void refusesBlankTermsAndExtensionsWithSpaces() {
        assertThatThrownBy(() -> AchievementType.parse(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> AlignmentTargetType.extension("EQF level")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ext:EQF level");
    }

    @Test
    void listsEveryAchievementTypeOfTheSpec() {
        String[] spec = {"Achievement", "ApprenticeshipCertificate", "Assessment", "Assignment", "AssociateDegree", "Award",
            "Badge", "BachelorDegree", "Certificate", "CertificateOfCompletion", "Certification", "CommunityService",
            "Competency", "Course", "CoCurricular", "Degree", "Diploma", "DoctoralDegree", "Fieldwork",
            "GeneralEducationDevelopment", "JourneymanCertificate", "LearningProgram", "License", "Membership",
            "ProfessionalDoctorate", "QualityAssuranceCredential", "MasterCertificate", "MasterDegree", "MicroCredential",
            "ResearchDoctorate", "SecondarySchoolDiploma"};
        for (String term : spec) {
            assertThat(AchievementType.parse(term).isKnown()).as(term).isTrue();
        }
    }
}
