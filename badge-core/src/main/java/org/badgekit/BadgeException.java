package org.badgekit;

import java.util.Objects;
import java.util.Optional;

/**
 * The one checked exception of the library: something could not proceed.
 *
 * <p>A bad badge is not an exception: verification returns a report. This type is for input that cannot be read, keys that
 * cannot be used, files that cannot be written. Callers switch on {@link #code()}, never on the message text. The message is
 * one sentence naming the offending value (file, row, JSON pointer) and the expectation; it never contains key material.
 */
public final class BadgeException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What kind of failure this is; the CLI maps each code to an exit code. */
    public enum Code {
        /** Input is not well-formed or not what was expected (JSON, YAML, CSV, image, token). */
        MALFORMED_INPUT,
        /** Input is well-formed but breaks a rule (schema, criteria, recipient, dates). */
        INVALID_INPUT,
        /** A caller passed an argument the API does not accept. */
        INVALID_ARGUMENT,
        /** Something referenced (badge id, credential id, file, document) does not exist. */
        NOT_FOUND,
        /** A key could not be read, decrypted, or used. */
        KEY_ERROR,
        /** Signing or a cryptographic primitive failed. */
        SIGNING_FAILED,
        /** A parser or resource limit was exceeded (size, depth, count). */
        LIMIT_EXCEEDED,
        /** Reading or writing a file failed. */
        IO_ERROR,
        /** Refused to overwrite or duplicate something that exists. */
        ALREADY_EXISTS,
        /** A feature or format that this library does not handle. */
        UNSUPPORTED,
        /** A bug: an invariant of the library did not hold. */
        INTERNAL
    }

    /** What kind of failure this is. */
    private final Code code;
    /** Where the problem is; null when unknown. */
    private final String location;

    /**
     * A failure without a known location or cause.
     *
     * @param code    what kind of failure this is
     * @param message one sentence naming the offending value and the expectation
     */
    public BadgeException(Code code, String message) {
        this(code, message, null, null);
    }

    /**
     * A failure caused by another exception.
     *
     * @param code    what kind of failure this is
     * @param message one sentence naming the offending value and the expectation
     * @param cause   the underlying exception; may be null
     */
    public BadgeException(Code code, String message, Throwable cause) {
        this(code, message, null, cause);
    }

    /**
     * A failure with a location and, optionally, a cause.
     *
     * @param code     what kind of failure this is
     * @param message  one sentence naming the offending value and the expectation
     * @param location where the problem is, e.g. a file path, {@code recipients.csv:12:email} or a JSON pointer; may be null
     * @param cause    the underlying exception; may be null
     */
    public BadgeException(Code code, String message, String location, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.location = location;
    }

    /**
     * What kind of failure this is.
     *
     * @return the code; callers switch on it, never on the message
     */
    public Code code() {
        return code;
    }

    /** Where the problem is (file, row and column, or JSON pointer), when known. */
    public Optional<String> location() {
        return Optional.ofNullable(location);
    }
}
