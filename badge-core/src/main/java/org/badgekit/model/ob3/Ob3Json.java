package org.badgekit.model.ob3;

import com.fasterxml.jackson.databind.JsonNode;
import org.badgekit.BadgeException;
import org.badgekit.model.ModelCodec;

/**
 * Reads and writes OB 3.0 documents: the developer's entry point to the JSON binding.
 *
 * <p>Reading keeps everything: unknown properties and extensions come back on writing, the issuer keeps its form (URI or
 * Profile), {@code @context} entries keep theirs (URL or inline object), date-times keep their text. Single values where the
 * schema wants arrays are read, and written back as arrays (the schema's shape); nulls and empty arrays are omitted. Same
 * value, same bytes. Nothing here throws an unchecked exception for bad input.
 *
 * <p>Reading checks JSON types and the properties without which a record means nothing (ids, names, criteria, the recipient
 * hash, ...). It does not check what the JSON Schema checks (class {@code type} markers, vocabularies, the VC 2.0
 * {@code @context}, an issuer), so that a verifier can read a flawed credential and report every problem: run
 * {@link Ob3SchemaValidator} on the same tree. Builders require those as well.
 *
 * <pre>{@code
 * AchievementCredential credential = Ob3Json.readCredential("badge.json", bytes);
 * String json = Ob3Json.write(credential);
 * }</pre>
 *
 * <p>See <a href="https://www.imsglobal.org/spec/ob/v3p0/#json-binding">OB 3.0 JSON binding</a>.
 */
public final class Ob3Json {
    private Ob3Json() {}

    /**
     * Reads an AchievementCredential / OpenBadgeCredential (VC 2.0 form, or the VC 1.1 form with {@code issuanceDate}).
     *
     * @param source names the input in messages (a file path, "payload")
     * @throws BadgeException {@code MALFORMED_INPUT} for bad JSON; {@code INVALID_INPUT} naming the JSON pointer for a wrong
     *     type or a missing required property, e.g. "/credentialSubject/achievement/name: required property missing"
     */
    public static AchievementCredential readCredential(String source, byte[] json) throws BadgeException {
        return ModelCodec.read(source, json, AchievementCredential.class);
    }

    /** Reads a credential from a parsed tree; see {@link #readCredential(String, byte[])}. */
    public static AchievementCredential readCredential(String source, JsonNode json) throws BadgeException {
        return ModelCodec.read(source, json, AchievementCredential.class);
    }

    /** Reads an EndorsementCredential; see {@link #readCredential(String, byte[])}. */
    public static EndorsementCredential readEndorsement(String source, byte[] json) throws BadgeException {
        return ModelCodec.read(source, json, EndorsementCredential.class);
    }

    /** Reads a Profile (an issuer document); see {@link #readCredential(String, byte[])}. */
    public static Profile readProfile(String source, byte[] json) throws BadgeException {
        return ModelCodec.read(source, json, Profile.class);
    }

    /** Reads an Achievement; see {@link #readCredential(String, byte[])}. */
    public static Achievement readAchievement(String source, byte[] json) throws BadgeException {
        return ModelCodec.read(source, json, Achievement.class);
    }

    /** Reads any OB 3.0 model record from a parsed tree; see {@link #readCredential(String, byte[])}. */
    public static <T extends Record> T read(String source, JsonNode json, Class<T> type) throws BadgeException {
        return ModelCodec.read(source, json, type);
    }

    /** Compact JSON of any OB 3.0 model record. */
    public static String write(Record value) {
        return ModelCodec.write(value);
    }

    /** Indented JSON of any OB 3.0 model record, for files people read. */
    public static String writePretty(Record value) {
        return ModelCodec.writePretty(value);
    }

    /** The JSON tree of any OB 3.0 model record (e.g. to sign or validate it). */
    public static JsonNode toTree(Record value) {
        return ModelCodec.toTree(value);
    }
}
