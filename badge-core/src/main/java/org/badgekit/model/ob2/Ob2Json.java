package org.badgekit.model.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import org.badgekit.BadgeException;
import org.badgekit.model.ModelCodec;

/**
 * Reads and writes OB 2.0 documents: the developer's entry point to the JSON binding.
 *
 * <p>Reading keeps everything: unknown properties and extensions come back on writing, "@id" properties keep their form (IRI
 * or embedded object), {@code @context} is kept as written, date-times keep their text. Properties that allow multiple values
 * are written as a single value when they hold one, as OB 2.0 documents usually do. Same value, same bytes.
 *
 * <p>See <a href="https://www.imsglobal.org/spec/ob/v2p0/">Open Badges 2.0</a>.
 */
public final class Ob2Json {
    private Ob2Json() {}

    /**
     * Reads an Assertion (hosted, signed payload, or a revoked stub with only {@code id} and {@code revoked}).
     *
     * @param source names the input in messages (a file path, "payload")
     * @throws BadgeException {@code MALFORMED_INPUT} for bad JSON; {@code INVALID_INPUT} naming the JSON pointer for a wrong
     *     type or a missing required property
     */
    public static Assertion readAssertion(String source, byte[] json) throws BadgeException {
        return ModelCodec.read(source, json, Assertion.class);
    }

    /** Reads a BadgeClass; see {@link #readAssertion(String, byte[])}. */
    public static BadgeClass readBadgeClass(String source, byte[] json) throws BadgeException {
        return ModelCodec.read(source, json, BadgeClass.class);
    }

    /** Reads an issuer Profile; see {@link #readAssertion(String, byte[])}. */
    public static Profile readProfile(String source, byte[] json) throws BadgeException {
        return ModelCodec.read(source, json, Profile.class);
    }

    /** Reads a CryptographicKey; see {@link #readAssertion(String, byte[])}. */
    public static CryptographicKey readCryptographicKey(String source, byte[] json) throws BadgeException {
        return ModelCodec.read(source, json, CryptographicKey.class);
    }

    /** Reads a RevocationList; see {@link #readAssertion(String, byte[])}. */
    public static RevocationList readRevocationList(String source, byte[] json) throws BadgeException {
        return ModelCodec.read(source, json, RevocationList.class);
    }

    /** Reads an Endorsement; see {@link #readAssertion(String, byte[])}. */
    public static Endorsement readEndorsement(String source, byte[] json) throws BadgeException {
        return ModelCodec.read(source, json, Endorsement.class);
    }

    /** Reads any OB 2.0 model record from a parsed tree; see {@link #readAssertion(String, byte[])}. */
    public static <T extends Record> T read(String source, JsonNode json, Class<T> type) throws BadgeException {
        return ModelCodec.read(source, json, type);
    }

    /** Compact JSON of any OB 2.0 model record. */
    public static String write(Record value) {
        return ModelCodec.write(value);
    }

    /** Indented JSON of any OB 2.0 model record. */
    public static String writePretty(Record value) {
        return ModelCodec.writePretty(value);
    }

    /** The JSON tree of any OB 2.0 model record. */
    public static JsonNode toTree(Record value) {
        return ModelCodec.toTree(value);
    }
}
