package org.badgekit.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.badgekit.BadgeException;
import org.badgekit.resolve.DocumentResolver;

/**
 * Verifies Open Badges 2.0 and 3.0 files and returns a {@link VerificationReport}.
 *
 * <p>Built once with {@link #newBuilder()}, immutable and thread-safe: one instance can verify many badges concurrently.
 * Offline by default: linked documents (issuer profiles, keys, status lists) come only from the configured
 * {@link DocumentResolver}. A bad badge is a report with failed checks, never an exception; an exception means the input could
 * not be read at all.
 *
 * <pre>{@code
 * Verifier verifier = Verifier.newBuilder().resolver(MappedFileResolver.of(List.of("https://example.org/issuer=issuer.json")))
 *         .build();
 * VerificationReport report = verifier.verify(Path.of("badge.png"));
 * if (!report.valid()) { report.withOutcome(Outcome.FAILED).forEach(System.out::println); }
 * }</pre>
 */
public final class Verifier {
    /** Largest input accepted (an image with a badge); larger files are refused before they are read. */
    public static final int MAX_INPUT_BYTES = 32 * 1024 * 1024;
    /** Default tolerance for clocks that disagree: an issue date up to this far in the future is accepted. */
    public static final Duration DEFAULT_SKEW = Duration.ofMinutes(5);

    private final Pipeline pipeline;
    private final Settings settings;

    private Verifier(Settings settings) {
        this.settings = settings;
        this.pipeline = new Pipeline(settings);
    }

    /** A builder with the defaults: offline resolver, system UTC clock, 5 minutes skew, not strict, no trust list. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** A builder preset with this verifier's settings. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.resolver = settings.resolver();
        builder.clock = settings.clock();
        builder.skew = settings.skew();
        builder.strict = settings.strict();
        builder.trustedIssuers.addAll(settings.trustedIssuers());
        builder.recipientEmail = settings.recipientEmail();
        builder.pieces = settings.pieces();
        return builder;
    }

    /**
     * Verifies a badge given as bytes: a baked PNG or SVG, a JSON credential or assertion, or a compact JWS/JWT.
     *
     * @param subject names the input in the report and in messages (e.g. the file name)
     */
    public VerificationReport verify(byte[] bytes, String subject) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(subject, "subject");
        return pipeline.run(subject, bytes);
    }

    /**
     * Verifies a badge file.
     *
     * @throws BadgeException {@code NOT_FOUND} or {@code IO_ERROR} when the file cannot be read, {@code LIMIT_EXCEEDED} when it
     *     is larger than {@link #MAX_INPUT_BYTES}
     */
    public VerificationReport verify(Path file) throws BadgeException {
        Objects.requireNonNull(file, "file");
        try {
            long size = Files.size(file);
            if (size > MAX_INPUT_BYTES) {
                throw new BadgeException(BadgeException.Code.LIMIT_EXCEEDED, file + ": " + size
                        + " bytes is larger than the " + MAX_INPUT_BYTES + " bytes a badge file may have", file.toString(), null);
            }
            if (Files.isDirectory(file)) {
                throw new BadgeException(BadgeException.Code.IO_ERROR, file + ": is a directory, expected a badge file",
                        file.toString(), null);
            }
            return verify(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new BadgeException(BadgeException.Code.NOT_FOUND, file + ": no such file", file.toString(), e);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, file + ": cannot read: " + e.getMessage(), file.toString(), e);
        }
    }

    /**
     * Verifies a badge read from a stream (not closed here), reading at most {@link #MAX_INPUT_BYTES}.
     *
     * @throws BadgeException {@code IO_ERROR} when the stream fails, {@code LIMIT_EXCEEDED} when it is too long
     */
    public VerificationReport verify(InputStream in, String subject) throws BadgeException {
        Objects.requireNonNull(in, "in");
        try {
            byte[] bytes = in.readNBytes(MAX_INPUT_BYTES + 1);
            if (bytes.length > MAX_INPUT_BYTES) {
                throw new BadgeException(BadgeException.Code.LIMIT_EXCEEDED, subject + ": longer than the " + MAX_INPUT_BYTES
                        + " bytes a badge may have", subject, null);
            }
            return verify(bytes, subject);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, subject + ": cannot read: " + e.getMessage(), subject, e);
        }
    }

    /** Whether warnings count as failures. */
    public boolean strict() {
        return settings.strict();
    }

    /** Collects a verifier's settings; {@link #build()} checks them. */
    public static final class Builder {
        private DocumentResolver resolver = DocumentResolver.offline();
        private Clock clock = Clock.systemUTC();
        private Duration skew = DEFAULT_SKEW;
        private boolean strict;
        private final Set<String> trustedIssuers = new LinkedHashSet<>();
        private String recipientEmail;
        private Pieces pieces;

        private Builder() {}

        /** Where linked documents come from (default: offline, nothing resolves). */
        public Builder resolver(DocumentResolver resolver) {
            this.resolver = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /** The clock that decides "now" for issue and expiry dates and status lists. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Tolerated clock difference (default 5 minutes); must not be negative. */
        public Builder skew(Duration skew) {
            this.skew = Objects.requireNonNull(skew, "skew");
            return this;
        }

        /** When true, every warning is reported as a failure. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** Adds an issuer id (URL or DID) to the trust list; with a non-empty list, other issuers fail {@code issuer.trusted}. */
        public Builder trustIssuer(String issuerId) {
            trustedIssuers.add(Objects.requireNonNull(issuerId, "issuerId"));
            return this;
        }

        /** The e-mail address the badge is expected to be awarded to ({@code recipient} check); null to skip. */
        public Builder expectedRecipientEmail(String email) {
            this.recipientEmail = email == null || email.isBlank() ? null : email.strip();
            return this;
        }

        Builder pieces(Pieces pieces) {
            this.pieces = Objects.requireNonNull(pieces, "pieces");
            return this;
        }

        /**
         * @throws BadgeException {@code INVALID_ARGUMENT} for a negative skew or an expected recipient that is not an e-mail
         */
        public Verifier build() throws BadgeException {
            if (skew.isNegative()) {
                throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "skew " + skew + " is negative, expected >= 0");
            }
            if (recipientEmail != null && (recipientEmail.indexOf('@') <= 0 || recipientEmail.length() > 320)) {
                throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT,
                        "expected recipient '" + recipientEmail + "' is not an e-mail address");
            }
            return new Verifier(new Settings(resolver, clock, skew, strict, trustedIssuers, recipientEmail,
                    pieces != null ? pieces : LibraryPieces.create()));
        }
    }
}
