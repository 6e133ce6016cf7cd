package org.badgekit.issue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.badgekit.BadgeException;
import org.badgekit.criteria.BadgeCriteria;
import org.badgekit.criteria.CompetenceArea;
import org.badgekit.criteria.CriteriaCompiler;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.criteria.CriteriaStatus;
import org.badgekit.criteria.LocalizedText;
import org.badgekit.json.JsonCodec;
import org.badgekit.keys.IssuerKey;
import org.badgekit.model.IdentityHash;
import org.badgekit.sign.DataIntegritySigner;
import org.badgekit.sign.Ob2Jws;
import org.badgekit.sign.VcJwt;
import org.badgekit.sign.VcJwtSigner;
import org.badgekit.status.StatusAllocation;
import org.badgekit.status.StatusListAllocator;
import org.badgekit.status.StatusPurpose;

/**
 * Issues and signs Open Badges: OB 3.0 credentials with a Data Integrity proof ({@code eddsa-rdfc-2022}) or as VC-JWT
 * (RS256), and OB 2.0 signed (JWS RS256) or hosted assertions. The achievement comes from the badge's criteria, compiled in
 * the requested language; recipients are hashed with a fresh salt unless asked otherwise; every OB 3.0 credential gets a
 * fresh revocation index in the issuer's Bitstring Status List when a status allocator is configured.
 *
 * <p>Built once ({@link #forWorkspace} or {@link #newBuilder()}), immutable and thread-safe: the batch engine calls
 * {@link #issue} from several threads at once. Recording the issuance (ledger) and writing files are the caller's job.
 *
 * <pre>{@code
 * Issuer issuer = Issuer.forWorkspace(workspace, workspace.keys(passphrase), CriteriaLibrary.bundled(), allocator, clock);
 * IssuedBadge badge = issuer.issue(IssueRequest.newBuilder("workplace-instructor", Recipient.email("a@example.org"))
 *         .language("fi").build());
 * }</pre>
 */
public final class Issuer {
    private final IssuerProfile profile;
    private final DataIntegritySigner dataIntegrity;
    private final VcJwtSigner jwt;
    private final IssuerKey ob2Key;
    private final URI ob2ProfileUrl;
    private final URI ob2KeyUrl;
    private final URI badgesUrl;
    private final URI assertionsUrl;
    private final String defaultLanguage;
    private final CriteriaLibrary criteria;
    private final StatusListAllocator statusAllocator;
    private final Clock clock;
    private final SecureRandom random;
    private final Map<String, JsonNode> compiled = new ConcurrentHashMap<>();

    private Issuer(Builder builder) {
        this.profile = builder.profile;
        this.dataIntegrity = builder.dataIntegrity;
        this.jwt = builder.jwt;
        this.ob2Key = builder.ob2Key;
        this.ob2ProfileUrl = builder.ob2ProfileUrl;
        this.ob2KeyUrl = builder.ob2KeyUrl;
        this.badgesUrl = builder.badgesUrl;
        this.assertionsUrl = builder.assertionsUrl;
        this.defaultLanguage = builder.defaultLanguage;
        this.criteria = builder.criteria;
        this.statusAllocator = builder.statusAllocator;
        this.clock = builder.clock;
        this.random = builder.random;
    }

    /** A builder for issuers that are not backed by a workspace (keys and profile given in code). */
    public static Builder newBuilder() {
        return new Builder();
    }

    /**
     * The issuer of a workspace: its profile, its keys, its URLs; VC-JWTs carry the workspace's {@link Workspace#jwtKeyId()}
     * (RS256 for did:web issuers, EdDSA for did:key issuers; see there).
     *
     * @param statusAllocator allocates revocation indexes (usually over {@link Workspace#stateDir()}), or null for none
     */
    public static Issuer forWorkspace(Workspace workspace, WorkspaceKeys keys, CriteriaLibrary criteria,
            StatusListAllocator statusAllocator, Clock clock) throws BadgeException {
        VcJwtSigner jwt = VcJwt.signer(workspace.jwtUsesRsa() ? keys.rsa() : keys.ed25519(),
                workspace.jwtKeyId());
        return newBuilder()
                .profile(IssuerProfile.of(workspace))
                .dataIntegrity(DataIntegritySigner.create(keys.ed25519().privateKey().orElseThrow(), workspace.dataIntegrityMethod()))
                .jwt(jwt)
                .ob2(keys.rsa(), workspace.ob2ProfileUrl(), workspace.ob2KeyUrl())
                .baseUrl(workspace.baseUrl())
                .defaultLanguage(workspace.settings().defaultLanguage())
                .criteria(criteria)
                .statusAllocator(statusAllocator)
                .clock(clock)
                .build();
    }

    /** The issuer profile credentials carry. */
    public IssuerProfile profile() {
        return profile;
    }

    /** The criteria this issuer issues from. */
    public CriteriaLibrary criteria() {
        return criteria;
    }

    /** The language used when a request names none. */
    public String defaultLanguage() {
        return defaultLanguage;
    }

    /**
     * The id of a badge's OB 3.0 Achievement in one language, where {@code publish} hosts it:
     * {@code BASE/badges/ID/vVERSION/LANG/achievement.json}. Its competence areas are {@code ...achievement.json#AREA}.
     */
    public String achievementId(BadgeCriteria badge, String language) {
        return editionUrl(badge, language) + "achievement.json";
    }

    /** The URL of a badge's OB 2.0 BadgeClass in one language: {@code BASE/badges/ID/vVERSION/LANG/badgeclass.json}. */
    public String badgeClassUrl(BadgeCriteria badge, String language) {
        return editionUrl(badge, language) + "badgeclass.json";
    }

    private String editionUrl(BadgeCriteria badge, String language) {
        return CriteriaCompiler.achievementId(badgesUrl, badge) + "/" + language + "/";
    }

    /**
     * Issues one badge.
     *
     * @throws BadgeException {@code NOT_FOUND} for an unknown badge id; {@code INVALID_ARGUMENT} for a retired badge, an
     *     unsupported language,
     *     unknown competence area, an expiry before the start, or a format/proof combination this issuer cannot make;
     *     {@code KEY_ERROR}/{@code SIGNING_FAILED} when signing fails; {@code IO_ERROR} when no status index can be reserved
     */
    public IssuedBadge issue(IssueRequest request) throws BadgeException {
        Objects.requireNonNull(request, "request");
        BadgeCriteria badge = criteria.get(request.badgeId());
        if (badge.status() == CriteriaStatus.RETIRED) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "badge " + badge.id() + " v" + badge.version()
                    + " is retired (criteria status 'retired'); it is no longer issued");
        }
        String language = language(request.language());
        Instant validFrom = request.validFrom() != null ? request.validFrom() : clock.instant();
        if (request.validUntil() != null && !request.validUntil().isAfter(validFrom)) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "valid-until " + Ob3Draft.timestamp(request.validUntil())
                    + " is not after valid-from " + Ob3Draft.timestamp(validFrom));
        }
        IdentityHash.Salted hash = hash(request.recipient());
        String recipientHash = hash != null ? hash.identityHash() : request.recipient().identity();
        return request.format() == BadgeFormat.OB3
                ? issueOb3(request, badge, language, validFrom, hash, recipientHash)
                : issueOb2(request, badge, language, validFrom, hash, recipientHash);
    }

    private IssuedBadge issueOb3(IssueRequest request, BadgeCriteria badge, String language, Instant validFrom,
            IdentityHash.Salted hash, String recipientHash) throws BadgeException {
        if (request.proof() == ProofFormat.HOSTED) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "proof 'hosted' exists for OB 2.0 only; use di or jwt");
        }
        JsonNode achievement = achievement(badge, language);
        List<String> areas = areaUrls(badge, language, request.completedAreas());
        String id = request.credentialId() != null ? request.credentialId() : newId();
        StatusAllocation status = statusAllocator == null ? null : statusAllocator.allocate(profile.id(), StatusPurpose.REVOCATION);
        ObjectNode credential = Ob3Draft.build(new Ob3Draft.Parts(id, profile.toOb3Json(), validFrom, request.validUntil(),
                achievement, request.recipient(), hash, request.recipientName(), request.evidence(), areas,
                status == null ? null : status.toEntry().toJson()));
        String payload;
        ObjectNode document;
        if (request.proof() == ProofFormat.DI) {
            document = requireSigner(dataIntegrity, "Data Integrity (Ed25519)").sign(credential, clock.instant());
            payload = JsonCodec.writePretty(document);
        } else {
            document = credential;
            payload = requireSigner(jwt, "VC-JWT").sign(credential);
        }
        return new IssuedBadge(id, BadgeFormat.OB3, request.proof(), payload, document, recipientHash, badge.id(),
                badge.version().toString(), language, status == null ? null : status.index(),
                status == null ? null : status.statusListCredentialUrl());
    }

    private IssuedBadge issueOb2(IssueRequest request, BadgeCriteria badge, String language, Instant validFrom,
            IdentityHash.Salted hash, String recipientHash) throws BadgeException {
        if (!Recipient.EMAIL_ADDRESS.equals(request.recipient().identityType())) {
            throw new BadgeException(BadgeException.Code.UNSUPPORTED, "OB 2.0 recipients here are e-mail addresses; "
                    + request.recipient().identityType() + " needs --format ob3");
        }
        if (ob2ProfileUrl == null) {
            throw new BadgeException(BadgeException.Code.UNSUPPORTED, "this issuer has no OB 2.0 profile URL; it issues OB 3.0 only");
        }
        boolean signed = request.proof() != ProofFormat.HOSTED;
        JsonNode badgeClass = CriteriaCompiler.toJson(CriteriaCompiler.toBadgeClass(badge, language,
                URI.create(badgeClassUrl(badge, language)), ob2ProfileUrl));
        String id = assertionId(request.credentialId(), signed);
        ObjectNode assertion = Ob2Draft.build(new Ob2Draft.Parts(id, signed, badgeClass,
                ob2KeyUrl == null ? null : ob2KeyUrl.toString(), validFrom, request.validUntil(), "email",
                request.recipient().identity(), hash, request.evidence()));
        String payload = signed ? Ob2Jws.sign(requireSigner(ob2Key, "OB 2.0 (RSA)"), assertion) : JsonCodec.writePretty(assertion);
        return new IssuedBadge(id, BadgeFormat.OB2, signed ? request.proof() : ProofFormat.HOSTED, payload, assertion,
                recipientHash, badge.id(), badge.version().toString(), language, null, null);
    }

    private IdentityHash.Salted hash(Recipient recipient) {
        if (!recipient.hashed()) {
            return null;
        }
        if (Recipient.EMAIL_ADDRESS.equals(recipient.identityType())) {
            return IdentityHash.hashEmail(recipient.identity(), random);
        }
        String salt = IdentityHash.newSalt(random);
        return new IdentityHash.Salted(IdentityHash.sha256(recipient.identity(), salt), salt);
    }

    private String assertionId(String requested, boolean signed) throws BadgeException {
        String id = requested != null ? requested : newId();
        if (signed) {
            return id;
        }
        if (assertionsUrl == null) {
            throw new BadgeException(BadgeException.Code.UNSUPPORTED, "hosted assertions need a base URL to be hosted under");
        }
        String uuid = id.startsWith("urn:uuid:") ? id.substring("urn:uuid:".length()) : UUID.nameUUIDFromBytes(
                id.getBytes(StandardCharsets.UTF_8)).toString();
        return assertionsUrl.resolve(uuid + ".json").toString();
    }

    private JsonNode achievement(BadgeCriteria badge, String language) throws BadgeException {
        String key = badge.id() + ' ' + badge.version() + ' ' + language;
        JsonNode cached = compiled.get(key);
        if (cached == null) {
            cached = CriteriaCompiler.toJson(CriteriaCompiler.toAchievement(badge, language,
                    URI.create(achievementId(badge, language))));
            compiled.putIfAbsent(key, cached);
        }
        return cached.deepCopy();
    }

    private List<String> areaUrls(BadgeCriteria badge, String language, List<String> requested) throws BadgeException {
        List<String> urls = new ArrayList<>();
        for (String area : requested) {
            if (badge.areas().stream().map(CompetenceArea::id).noneMatch(area::equals)) {
                throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "competence area '" + area + "' is not one of "
                        + badge.areas().stream().map(CompetenceArea::id).toList() + " of badge " + badge.id());
            }
            urls.add(achievementId(badge, language) + "#" + area);
        }
        return urls;
    }

    private String language(String requested) throws BadgeException {
        if (requested == null || requested.isBlank()) {
            return defaultLanguage;
        }
        String language = requested.trim().toLowerCase(Locale.ROOT);
        if (!LocalizedText.isSupported(language)) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "language '" + requested + "' is not one of "
                    + String.join(", ", LocalizedText.LANGUAGES));
        }
        return language;
    }

    private String newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return "urn:uuid:" + new UUID(buffer.getLong(), buffer.getLong());
    }

    private static <T> T requireSigner(T signer, String what) throws BadgeException {
        if (signer == null) {
            throw new BadgeException(BadgeException.Code.UNSUPPORTED, "this issuer has no " + what + " key");
        }
        return signer;
    }

    /** Builds an {@link Issuer}; not thread-safe. Profile, criteria and at least one signer are required. */
    public static final class Builder {
        private IssuerProfile profile;
        private DataIntegritySigner dataIntegrity;
        private VcJwtSigner jwt;
        private IssuerKey ob2Key;
        private URI ob2ProfileUrl;
        private URI ob2KeyUrl;
        private URI badgesUrl;
        private URI assertionsUrl;
        private String defaultLanguage = "en";
        private CriteriaLibrary criteria;
        private StatusListAllocator statusAllocator;
        private Clock clock = Clock.systemUTC();
        private SecureRandom random = new SecureRandom();

        private Builder() {}

        /** The issuer as credentials name it. */
        public Builder profile(IssuerProfile profile) {
            this.profile = profile;
            return this;
        }

        /** The Data Integrity signer (Ed25519, with the verification method proofs name). */
        public Builder dataIntegrity(DataIntegritySigner signer) {
            this.dataIntegrity = signer;
            return this;
        }

        /** The VC-JWT signer (RS256 for certification; its {@code kid} must resolve to the key). */
        public Builder jwt(VcJwtSigner signer) {
            this.jwt = signer;
            return this;
        }

        /** For OB 2.0: the RSA key, the hosted issuer Profile URL and the hosted CryptographicKey URL. */
        public Builder ob2(IssuerKey rsaKey, URI profileUrl, URI keyUrl) {
            this.ob2Key = rsaKey;
            this.ob2ProfileUrl = profileUrl;
            this.ob2KeyUrl = keyUrl;
            return this;
        }

        /** Where public files are hosted: achievements under {@code badges/}, hosted assertions under {@code assertions/}. */
        public Builder baseUrl(URI baseUrl) {
            URI base = SettingsCheck.withSlash(baseUrl);
            this.badgesUrl = base.resolve("badges/");
            this.assertionsUrl = base.resolve("assertions/");
            return this;
        }

        /** The language of requests that name none; default {@code en}. */
        public Builder defaultLanguage(String language) {
            this.defaultLanguage = language;
            return this;
        }

        /** The badges this issuer issues. */
        public Builder criteria(CriteriaLibrary criteria) {
            this.criteria = criteria;
            return this;
        }

        /** Allocates revocation status indexes for OB 3.0 credentials; null for credentials without status. */
        public Builder statusAllocator(StatusListAllocator allocator) {
            this.statusAllocator = allocator;
            return this;
        }

        /** The clock for validFrom defaults and proof creation times. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** The source of salts and credential ids. */
        public Builder random(SecureRandom random) {
            this.random = random;
            return this;
        }

        /**
         * @throws BadgeException {@code INVALID_ARGUMENT} naming what is missing
         */
        public Issuer build() throws BadgeException {
            if (profile == null || criteria == null || clock == null || random == null || badgesUrl == null) {
                throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT,
                        "an issuer needs a profile, criteria, a base URL, a clock and a random source");
            }
            if (dataIntegrity == null && jwt == null && ob2Key == null) {
                throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "an issuer needs at least one signing key");
            }
            if (!LocalizedText.isSupported(defaultLanguage)) {
                throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "default language '" + defaultLanguage
                        + "' is not one of " + String.join(", ", LocalizedText.LANGUAGES));
            }
            return new Issuer(this);
        }
    }
}
