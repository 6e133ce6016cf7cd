package org.badgekit.model.ob3;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.badgekit.model.Extensions;
import org.badgekit.model.Lists;
import org.badgekit.model.Require;

/**
 * An OB 3.0 Achievement: the accomplishment a credential is about (what a badge class was in OB 2.0).
 *
 * <p>Properties the model does not name are kept in {@link #extensions()} and written back unchanged.
 * See <a href="https://www.imsglobal.org/spec/ob/v3p0/#data-model">the data model</a>.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "type", "alignment", "achievementType", "creator", "creditsAvailable", "criteria",
        "description", "endorsement", "endorsementJwt", "fieldOfStudy", "humanCode", "image", "inLanguage",
        "name", "otherIdentifier", "related", "resultDescription", "specialization", "tag", "version"})
public record Achievement(
        String id,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> type,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<Alignment> alignment,
        AchievementType achievementType,
        Profile creator,
        BigDecimal creditsAvailable,
        Criteria criteria,
        String description,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<EndorsementCredential> endorsement,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> endorsementJwt,
        String fieldOfStudy,
        String humanCode,
        Image image,
        String inLanguage,
        String name,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<IdentifierEntry> otherIdentifier,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<Related> related,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<ResultDescription> resultDescription,
        String specialization,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> tag,
        String version,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

    /** Checks required properties and copies the collections. */
    public Achievement {
        Require.present(id, "id");
        Require.present(criteria, "criteria");
        Require.present(description, "description");
        Require.present(name, "name");
        type = Lists.copy(type, "type");
        alignment = Lists.copy(alignment, "alignment");
        endorsement = Lists.copy(endorsement, "endorsement");
        endorsementJwt = Lists.copy(endorsementJwt, "endorsementJwt");
        otherIdentifier = Lists.copy(otherIdentifier, "otherIdentifier");
        related = Lists.copy(related, "related");
        resultDescription = Lists.copy(resultDescription, "resultDescription");
        tag = Lists.copy(tag, "tag");
        extensions = Extensions.copy(extensions);
    }

    /** A builder with the defaults of this class (e.g. its {@code type}) already set. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** A builder holding this value's properties, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.type = new ArrayList<>(type);
        b.alignment = new ArrayList<>(alignment);
        b.achievementType = achievementType;
        b.creator = creator;
        b.creditsAvailable = creditsAvailable;
        b.criteria = criteria;
        b.description = description;
        b.endorsement = new ArrayList<>(endorsement);
        b.endorsementJwt = new ArrayList<>(endorsementJwt);
        b.fieldOfStudy = fieldOfStudy;
        b.humanCode = humanCode;
        b.image = image;
        b.inLanguage = inLanguage;
        b.name = name;
        b.otherIdentifier = new ArrayList<>(otherIdentifier);
        b.related = new ArrayList<>(related);
        b.resultDescription = new ArrayList<>(resultDescription);
        b.specialization = specialization;
        b.tag = new ArrayList<>(tag);
        b.version = version;
        b.extensions.putAll(extensions);
        return b;
    }

    /** Collects the properties of a {@link Achievement}; {@link #build()} checks the required ones. */
    public static final class Builder {
        private String id;
        private List<String> type = new ArrayList<>(List.of("Achievement"));
        private List<Alignment> alignment = new ArrayList<>();
        private AchievementType achievementType;
        private Profile creator;
        private BigDecimal creditsAvailable;
        private Criteria criteria;
        private String description;
        private List<EndorsementCredential> endorsement = new ArrayList<>();
        private List<String> endorsementJwt = new ArrayList<>();
        private String fieldOfStudy;
        private String humanCode;
        private Image image;
        private String inLanguage;
        private String name;
        private List<IdentifierEntry> otherIdentifier = new ArrayList<>();
        private List<Related> related = new ArrayList<>();
        private List<ResultDescription> resultDescription = new ArrayList<>();
        private String specialization;
        private List<String> tag = new ArrayList<>();
        private String version;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code id}, the achievement's unique URI (required). */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@code type}; must contain {@code Achievement} (the default). Replaces any values set before. */
        public Builder type(List<String> values) {
            this.type = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code type}. */
        public Builder addType(String value) {
            this.type.add(Objects.requireNonNull(value, "type"));
            return this;
        }

        /** Sets {@code alignment}. Replaces any values set before. */
        public Builder alignment(List<Alignment> values) {
            this.alignment = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code alignment}. */
        public Builder addAlignment(Alignment value) {
            this.alignment.add(Objects.requireNonNull(value, "alignment"));
            return this;
        }

        /** Sets {@code achievementType}, e.g. {@link AchievementType#BADGE} or an {@code ext:} term. */
        public Builder achievementType(AchievementType value) {
            this.achievementType = value;
            return this;
        }

        /** Sets {@code creator}. */
        public Builder creator(Profile value) {
            this.creator = value;
            return this;
        }

        /** Sets {@code creditsAvailable}. */
        public Builder creditsAvailable(BigDecimal value) {
            this.creditsAvailable = value;
            return this;
        }

        /** Sets {@code criteria} (required). */
        public Builder criteria(Criteria value) {
            this.criteria = value;
            return this;
        }

        /** Sets {@code description} (required). */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** Sets {@code endorsement}. Replaces any values set before. */
        public Builder endorsement(List<EndorsementCredential> values) {
            this.endorsement = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code endorsement}. */
        public Builder addEndorsement(EndorsementCredential value) {
            this.endorsement.add(Objects.requireNonNull(value, "endorsement"));
            return this;
        }

        /** Sets {@code endorsementJwt}. Replaces any values set before. */
        public Builder endorsementJwt(List<String> values) {
            this.endorsementJwt = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code endorsementJwt}. */
        public Builder addEndorsementJwt(String value) {
            this.endorsementJwt.add(Objects.requireNonNull(value, "endorsementJwt"));
            return this;
        }

        /** Sets {@code fieldOfStudy}. */
        public Builder fieldOfStudy(String value) {
            this.fieldOfStudy = value;
            return this;
        }

        /** Sets {@code humanCode}. */
        public Builder humanCode(String value) {
            this.humanCode = value;
            return this;
        }

        /** Sets {@code image}. */
        public Builder image(Image value) {
            this.image = value;
            return this;
        }

        /** Sets {@code inLanguage}, a BCP 47 tag such as {@code en} or {@code pt-BR}. */
        public Builder inLanguage(String value) {
            this.inLanguage = value;
            return this;
        }

        /** Sets {@code name} (required). */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Sets {@code otherIdentifier}. Replaces any values set before. */
        public Builder otherIdentifier(List<IdentifierEntry> values) {
            this.otherIdentifier = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code otherIdentifier}. */
        public Builder addOtherIdentifier(IdentifierEntry value) {
            this.otherIdentifier.add(Objects.requireNonNull(value, "otherIdentifier"));
            return this;
        }

        /** Sets {@code related}. Replaces any values set before. */
        public Builder related(List<Related> values) {
            this.related = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code related}. */
        public Builder addRelated(Related value) {
            this.related.add(Objects.requireNonNull(value, "related"));
            return this;
        }

        /** Sets {@code resultDescription}. Replaces any values set before. */
        public Builder resultDescription(List<ResultDescription> values) {
            this.resultDescription = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code resultDescription}. */
        public Builder addResultDescription(ResultDescription value) {
            this.resultDescription.add(Objects.requireNonNull(value, "resultDescription"));
            return this;
        }

        /** Sets {@code specialization}. */
        public Builder specialization(String value) {
            this.specialization = value;
            return this;
        }

        /** Sets {@code tag}. Replaces any values set before. */
        public Builder tag(List<String> values) {
            this.tag = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code tag}. */
        public Builder addTag(String value) {
            this.tag.add(Objects.requireNonNull(value, "tag"));
            return this;
        }

        /** Sets {@code version}. */
        public Builder version(String value) {
            this.version = value;
            return this;
        }

        /** Adds a property the model does not name (an extension); it is written after the named ones. */
        public Builder extension(String name, JsonNode value) {
            this.extensions.put(java.util.Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalStateException naming the first required property that is missing
         */
        public Achievement build() {
            try {
                Lists.copyRequired(type, "type");
                return new Achievement(id, type, alignment, achievementType, creator, creditsAvailable, criteria,
                        description, endorsement, endorsementJwt, fieldOfStudy, humanCode, image, inLanguage, name,
                        otherIdentifier, related, resultDescription, specialization, tag, version, extensions);
            } catch (Require.MissingPropertyException e) {
                throw new IllegalStateException("Achievement: " + e.getMessage(), e);
            }
        }
    }
}
