package org.badgekit.model.ob3;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.Objects;
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
    public static final Pattern EXTENSION = Pattern.compile("ext:[A-Za-z0-9._|]");

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

    private static final Map<String, AchievementType> KNOWN = Map.ofEntries(
            Map.entry(ACHIEVEMENT.value, ACHIEVEMENT),
            Map.entry(APPRENTICESHIP_CERTIFICATE.value, APPRENTICESHIP_CERTIFICATE),
            Map.entry(ASSESSMENT.value, ASSESSMENT),
            Map.entry(ASSIGNMENT.value, ASSIGNMENT),
            Map.entry(ASSOCIATE_DEGREE.value, ASSOCIATE_DEGREE),
            Map.entry(AWARD.value, AWARD),
            Map.entry(BADGE.value, BADGE),
            Map.entry(BACHELOR_DEGREE.value, BACHELOR_DEGREE),
            Map.entry(CERTIFICATE.value, CERTIFICATE),
            Map.entry(CERTIFICATE_OF_COMPLETION.value, CERTIFICATE_OF_COMPLETION),
            Map.entry(CERTIFICATION.value, CERTIFICATION),
            Map.entry(COMMUNITY_SERVICE.value, COMMUNITY_SERVICE),
            Map.entry(COMPETENCY.value, COMPETENCY),
            Map.entry(COURSE.value, COURSE),
            Map.entry(CO_CURRICULAR.value, CO_CURRICULAR),
            Map.entry(DEGREE.value, DEGREE),
            Map.entry(DIPLOMA.value, DIPLOMA),
            Map.entry(DOCTORAL_DEGREE.value, DOCTORAL_DEGREE),
            Map.entry(FIELDWORK.value, FIELDWORK),
            Map.entry(GENERAL_EDUCATION_DEVELOPMENT.value, GENERAL_EDUCATION_DEVELOPMENT),
            Map.entry(JOURNEYMAN_CERTIFICATE.value, JOURNEYMAN_CERTIFICATE),
            Map.entry(LEARNING_PROGRAM.value, LEARNING_PROGRAM),
            Map.entry(LICENSE.value, LICENSE),
            Map.entry(MEMBERSHIP.value, MEMBERSHIP),
            Map.entry(PROFESSIONAL_DOCTORATE.value, PROFESSIONAL_DOCTORATE),
            Map.entry(QUALITY_ASSURANCE_CREDENTIAL.value, QUALITY_ASSURANCE_CREDENTIAL),
            Map.entry(MASTER_CERTIFICATE.value, MASTER_CERTIFICATE),
            Map.entry(MASTER_DEGREE.value, MASTER_DEGREE),
            Map.entry(MICRO_CREDENTIAL.value, MICRO_CREDENTIAL),
            Map.entry(RESEARCH_DOCTORATE.value, RESEARCH_DOCTORATE),
            Map.entry(SECONDARY_SCHOOL_DIPLOMA.value, SECONDARY_SCHOOL_DIPLOMA));

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
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("AchievementType \"" + value + "\" is blank, expected a term of the vocabulary");
        }
        AchievementType known = KNOWN.get(value);
        return known != null ? known : new AchievementType(value);
    }

    /**
     * An extension term {@code ext:NAME}.
     *
     * @throws IllegalArgumentException if {@code name} does not make a term matching {@link #EXTENSION}
     */
    public static AchievementType extension(String name) {
        String term = name.startsWith("ext:") ? name : "ext:" + name;
        if (!EXTENSION.matcher(term).find() || term.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("extension term \"" + term + "\" is not ext: followed by a name without spaces");
        }
        return new AchievementType(term);
    }

    /** The term as written in JSON. */
    @JsonValue
    public String value() {
        return value;
    }

    /** Whether this is one of the spec's terms. */
    public boolean isKnown() {
        return KNOWN.containsKey(value);
    }

    /** Whether this is an extension term ({@code ext:...}) as the JSON Schema admits it. */
    public boolean isExtension() {
        return EXTENSION.matcher(value).find();
    }

    /** Whether the JSON Schema accepts this term: a spec term or an extension term. */
    public boolean isValid() {
        return isKnown() || isExtension();
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
