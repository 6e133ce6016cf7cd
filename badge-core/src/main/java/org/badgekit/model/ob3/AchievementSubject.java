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
import org.badgekit.model.Timestamp;

/**
 * The OB 3.0 AchievementSubject ({@code credentialSubject}): who earned which achievement, with results.
 *
 * <p>Properties the model does not name are kept in {@link #extensions()} and written back unchanged.
 * See <a href="https://www.imsglobal.org/spec/ob/v3p0/#data-model">the data model</a>.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "type", "activityEndDate", "activityStartDate", "creditsEarned", "achievement", "identifier",
        "image", "licenseNumber", "narrative", "result", "role", "source", "term"})
public record AchievementSubject(
        String id,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> type,
        Timestamp activityEndDate,
        Timestamp activityStartDate,
        BigDecimal creditsEarned,
        Achievement achievement,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<IdentityObject> identifier,
        Image image,
        String licenseNumber,
        String narrative,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<Result> result,
        String role,
        Profile source,
        String term,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

    /** Checks required properties and copies the collections. */
    public AchievementSubject {
        type = Lists.copy(type, "type");
        identifier = Lists.copy(identifier, "identifier");
        result = Lists.copy(result, "result");
        extensions = Extensions.copy(extensions);
    }

    /** A subject identified by an id (a DID, a {@code mailto:} URI) who earned {@code achievement}. */
    public static AchievementSubject of(String id, Achievement achievement) {
        return newBuilder().id(id).achievement(achievement).build();
    }

    /** A subject identified by an IdentityObject (e.g. a hashed e-mail) who earned {@code achievement}. */
    public static AchievementSubject of(IdentityObject identifier, Achievement achievement) {
        return newBuilder().addIdentifier(identifier).achievement(achievement).build();
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
        b.activityEndDate = activityEndDate;
        b.activityStartDate = activityStartDate;
        b.creditsEarned = creditsEarned;
        b.achievement = achievement;
        b.identifier = new ArrayList<>(identifier);
        b.image = image;
        b.licenseNumber = licenseNumber;
        b.narrative = narrative;
        b.result = new ArrayList<>(result);
        b.role = role;
        b.source = source;
        b.term = term;
        b.extensions.putAll(extensions);
        return b;
    }

    /** Collects the properties of a {@link AchievementSubject}; {@link #build()} checks the required ones. */
    public static final class Builder {
        private String id;
        private List<String> type = new ArrayList<>(List.of("AchievementSubject"));
        private Timestamp activityEndDate;
        private Timestamp activityStartDate;
        private BigDecimal creditsEarned;
        private Achievement achievement;
        private List<IdentityObject> identifier = new ArrayList<>();
        private Image image;
        private String licenseNumber;
        private String narrative;
        private List<Result> result = new ArrayList<>();
        private String role;
        private Profile source;
        private String term;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code id}. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@code type}. Replaces any values set before. */
        public Builder type(List<String> values) {
            this.type = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code type}. */
        public Builder addType(String value) {
            this.type.add(Objects.requireNonNull(value, "type"));
            return this;
        }

        /** Sets {@code activityEndDate}. */
        public Builder activityEndDate(Timestamp value) {
            this.activityEndDate = value;
            return this;
        }

        /** Sets {@code activityStartDate}. */
        public Builder activityStartDate(Timestamp value) {
            this.activityStartDate = value;
            return this;
        }

        /** Sets {@code creditsEarned}. */
        public Builder creditsEarned(BigDecimal value) {
            this.creditsEarned = value;
            return this;
        }

        /** Sets {@code achievement} (required; the reader also accepts a subject without it, which the schema check reports). */
        public Builder achievement(Achievement value) {
            this.achievement = value;
            return this;
        }

        /** Sets {@code identifier}. Replaces any values set before. */
        public Builder identifier(List<IdentityObject> values) {
            this.identifier = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code identifier}. */
        public Builder addIdentifier(IdentityObject value) {
            this.identifier.add(Objects.requireNonNull(value, "identifier"));
            return this;
        }

        /** Sets {@code image}. */
        public Builder image(Image value) {
            this.image = value;
            return this;
        }

        /** Sets {@code licenseNumber}. */
        public Builder licenseNumber(String value) {
            this.licenseNumber = value;
            return this;
        }

        /** Sets {@code narrative}. */
        public Builder narrative(String value) {
            this.narrative = value;
            return this;
        }

        /** Sets {@code result}. Replaces any values set before. */
        public Builder result(List<Result> values) {
            this.result = new ArrayList<>(values);
            return this;
        }

        /** Adds one value to {@code result}. */
        public Builder addResult(Result value) {
            this.result.add(Objects.requireNonNull(value, "result"));
            return this;
        }

        /** Sets {@code role}. */
        public Builder role(String value) {
            this.role = value;
            return this;
        }

        /** Sets {@code source}. */
        public Builder source(Profile value) {
            this.source = value;
            return this;
        }

        /** Sets {@code term}. */
        public Builder term(String value) {
            this.term = value;
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
        public AchievementSubject build() {
            try {
                Lists.copyRequired(type, "type");
                Require.present(achievement, "achievement");
                return new AchievementSubject(id, type, activityEndDate, activityStartDate, creditsEarned, achievement,
                        identifier, image, licenseNumber, narrative, result, role, source, term, extensions);
            } catch (Require.MissingPropertyException e) {
                throw new IllegalStateException("AchievementSubject: " + e.getMessage(), e);
            }
        }
    }
}
