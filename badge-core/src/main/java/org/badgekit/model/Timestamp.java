package org.badgekit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * An ISO 8601 date-time as written in a document ({@code validFrom}, {@code created}, ...). The text is kept exactly, so a
 * parsed document is written back unchanged; {@link #of(Instant)} writes the form this library produces: UTC, seconds,
 * {@code Z} ({@code 2026-11-28T10:00:00Z}).
 *
 * <p>See <a href="https://www.imsglobal.org/spec/ob/v3p0/#datetimez">DateTimeZ</a>.
 */
public record Timestamp(String text) implements Comparable<Timestamp> {
    private static final DateTimeFormatter UTC_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    /**
     * Checks that {@code text} is an ISO 8601 date-time, with or without a time zone.
     *
     * @throws IllegalArgumentException naming the text and the expected form
     */
    public Timestamp {
        Objects.requireNonNull(text, "text");
        if (toInstant(text) == null) {
            throw new IllegalArgumentException("\"" + text + "\" is not an ISO 8601 date-time such as 2010-01-01T00:00:00Z");
        }
    }

    /** Reads a timestamp from its JSON text. */
    @JsonCreator
    public static Timestamp parse(String text) {
        return new Timestamp(text);
    }

    /** The form this library writes: UTC with {@code Z}, truncated to whole seconds. */
    public static Timestamp of(Instant instant) {
        return new Timestamp(UTC_SECONDS.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
    }

    /** The text as written. */
    @JsonValue
    public String text() {
        return text;
    }

    /** Whether the text carries a time zone ({@code Z} or an offset), as DateTimeZ requires. */
    public boolean hasZone() {
        return offsetDateTime(text).isPresent();
    }

    /** The instant; a date-time without a zone is read as UTC. */
    public Instant instant() {
        return toInstant(text);
    }

    @Override
    public int compareTo(Timestamp other) {
        return instant().compareTo(other.instant());
    }

    @Override
    public String toString() {
        return text;
    }

    private static Instant toInstant(String text) {
        Optional<OffsetDateTime> zoned = offsetDateTime(text);
        if (zoned.isPresent()) {
            return zoned.get().toInstant();
        }
        try {
            return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Optional<OffsetDateTime> offsetDateTime(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
