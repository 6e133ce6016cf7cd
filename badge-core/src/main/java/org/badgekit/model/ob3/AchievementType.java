package org.badgekit.model.ob3;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The type of an achievement ({@code Achievement.achievementType}): an open set of typed constants.
 *
 * <p>The spec's terms are constants here; extension terms start with {@code ext:} (e.g. {@code ext:ESCO}). {@link #parse}
 * accepts any non-blank string so that documents with other terms can be read and reported; {@link #isValid()} says
 * whether the JSON Schema accepts the term. See <a href="https://www.imsglobal.org/spec/ob/v3p0/#data-model">the data model</a>.
 */
public final class AchievementType {
    /**
     * What the JSON Schema requires of an extension term: {@code ext:} followed by a name character, found anywhere in the
     * term (JSON Schema patterns are not anchored), e.g. {@code ext:ESCO}, {@code ext:Microcredential-ECTS}.
     */
    public static final Pattern EXTENSION = Vocabulary.EXTENSION;

    /** {@code Achievement}. */
    public static final AchievementType ACHIEVEMENT = new AchievementType("Achievement");
    /** {@code ApprenticeshipCertificate}. */
    public static final AchievementType APPRENTICESHIP_CERTIFICATE = new AchievementType("ApprenticeshipCertificate");
    /** {@code Assessment}. */
    public static final AchievementType ASSESSMENT = new AchievementType("Assessment");
    /** {@code Assignment}. */
    public static final AchievementType ASSIGNMENT = new AchievementType("Assignment");
    /** {@code AssociateDegree}. */
    public static final AchievementType ASSOCIATE_DEGREE = new AchievementType("AssociateDegree");
    /** {@code Award}. */
    public static final AchievementType AWARD = new AchievementType("Award");
    /** {@code Badge}. */
    public static final AchievementType BADGE = new AchievementType("Badge");
    /** {@code BachelorDegree}. */
    public static final AchievementType BACHELOR_DEGREE = new AchievementType("BachelorDegree");
    /** {@code Certificate}. */
    public static final AchievementType CERTIFICATE = new AchievementType("Certificate");
    /** {@code CertificateOfCompletion}. */
    public static final AchievementType CERTIFICATE_OF_COMPLETION = new AchievementType("CertificateOfCompletion");
    /** {@code Certification}. */
    public static final AchievementType CERTIFICATION = new AchievementType("Certification");
    /** {@code CommunityService}. */
    public static final AchievementType COMMUNITY_SERVICE = new AchievementType("CommunityService");
    /** {@code Competency}. */
    public static final AchievementType COMPETENCY = new AchievementType("Competency");
    /** {@code Course}. */
    public static final AchievementType COURSE = new AchievementType("Course");
    /** {@code CoCurricular}. */
    public static final AchievementType CO_CURRICULAR = new AchievementType("CoCurricular");
    /** {@code Degree}. */
    public static final AchievementType DEGREE = new AchievementType("Degree");
    /** {@code Diploma}. */
    public static final AchievementType DIPLOMA = new AchievementType("Diploma");
    /** {@code DoctoralDegree}. */
    public static final AchievementType DOCTORAL_DEGREE = new AchievementType("DoctoralDegree");
    /** {@code Fieldwork}. */
    public static final AchievementType FIELDWORK = new AchievementType("Fieldwork");
    /** {@code GeneralEducationDevelopment}. */
    public static final AchievementType GENERAL_EDUCATION_DEVELOPMENT = new AchievementType("GeneralEducationDevelopment");
    /** {@code JourneymanCertificate}. */
    public static final AchievementType JOURNEYMAN_CERTIFICATE = new AchievementType("JourneymanCertificate");
    /** {@code LearningProgram}. */
    public static final AchievementType LEARNING_PROGRAM = new AchievementType("LearningProgram");
    /** {@code License}. */
    public static final AchievementType LICENSE = new AchievementType("License");
    /** {@code Membership}. */
    public static final AchievementType MEMBERSHIP = new AchievementType("Membership");
    /** {@code ProfessionalDoctorate}. */
    public static final AchievementType PROFESSIONAL_DOCTORATE = new AchievementType("ProfessionalDoctorate");
    /** {@code QualityAssuranceCredential}. */
    public static final AchievementType QUALITY_ASSURANCE_CREDENTIAL = new AchievementType("QualityAssuranceCredential");
    /** {@code MasterCertificate}. */
    public static final AchievementType MASTER_CERTIFICATE = new AchievementType("MasterCertificate");
    /** {@code MasterDegree}. */
    public static final AchievementType MASTER_DEGREE = new AchievementType("MasterDegree");
    /** {@code MicroCredential}. */
    public static final AchievementType MICRO_CREDENTIAL = new AchievementType("MicroCredential");
    /** {@code ResearchDoctorate}. */
    public static final AchievementType RESEARCH_DOCTORATE = new AchievementType("ResearchDoctorate");
    /** {@code SecondarySchoolDiploma}. */
    public static final AchievementType SECONDARY_SCHOOL_DIPLOMA = new AchievementType("SecondarySchoolDiploma");

    private static final Vocabulary<AchievementType> VOCABULARY = Vocabulary.extensible(
            "AchievementType", AchievementType::new, AchievementType::value, List.of(
            ACHIEVEMENT, APPRENTICESHIP_CERTIFICATE, ASSESSMENT, ASSIGNMENT, ASSOCIATE_DEGREE, AWARD, BADGE,
            BACHELOR_DEGREE, CERTIFICATE, CERTIFICATE_OF_COMPLETION, CERTIFICATION, COMMUNITY_SERVICE, COMPETENCY, COURSE,
            CO_CURRICULAR, DEGREE, DIPLOMA, DOCTORAL_DEGREE, FIELDWORK, GENERAL_EDUCATION_DEVELOPMENT,
            JOURNEYMAN_CERTIFICATE, LEARNING_PROGRAM, LICENSE, MEMBERSHIP, PROFESSIONAL_DOCTORATE,
            QUALITY_ASSURANCE_CREDENTIAL, MASTER_CERTIFICATE, MASTER_DEGREE, MICRO_CREDENTIAL, RESEARCH_DOCTORATE,
            SECONDARY_SCHOOL_DIPLOMA));

    private final String value;

    private AchievementType(String value) {
        this.value = value;
    }

    /**
     * The constant for a spec term, or a new value for any other term.
     *
     * @throws IllegalArgumentException if {@code value} is blank
     */
    @JsonCreator
    public static AchievementType parse(String value) {
        return VOCABULARY.parse(value);
    }

    /**
     * An extension term {@code ext:NAME}.
     *
     * @throws IllegalArgumentException if {@code name} does not make a term matching {@link #EXTENSION}
     */
    public static AchievementType extension(String name) {
        return VOCABULARY.extension(name);
    }

    /** The term as written in JSON. */
    @JsonValue
    public String value() {
        return value;
    }

    /** Whether this is one of the spec's terms. */
    public boolean isKnown() {
        return VOCABULARY.isKnown(value);
    }

    /** Whether this is an extension term ({@code ext:...}) as the JSON Schema admits it. */
    public boolean isExtension() {
        return Vocabulary.isExtension(value);
    }

    /** Whether the JSON Schema accepts this term: a spec term or an extension term. */
    public boolean isValid() {
        return VOCABULARY.isValid(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AchievementType that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
