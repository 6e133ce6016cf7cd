package org.badgekit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.badgekit.BadgeException;
import org.badgekit.issue.IssuerProfile;
import org.badgekit.issue.LedgerEntry;
import org.badgekit.jsonld.Canonicalizer;
import org.badgekit.json.JsonCodec;
import org.badgekit.model.ob3.Ob3SchemaValidator;
import org.badgekit.model.ob3.SchemaProblem;
import org.badgekit.sign.DataIntegritySigner;
import org.badgekit.sign.VcJwtSigner;
import org.badgekit.status.StatusAllocation;
import org.badgekit.status.StatusListAllocator;
import org.badgekit.status.StatusPurpose;

/**
 * {@code POST /credentials/issue}: signs a credential the client wrote, after filling what the issuer owns ({@code issuer},
 * {@code id}, {@code validFrom}, a revocation {@code credentialStatus}) and checking the VC 2.0 rules, the OB 3.0 schema
 * (for OpenBadgeCredentials) and JSON-LD safe mode. Answers 201 with {@code {"verifiableCredential": ...}}: a Data Integrity
 * credential with one {@code proof} object ({@code eddsa-rdfc-2022}), or with {@code "options": {"format": "jwt"}} an
 * {@code EnvelopedVerifiableCredential} whose id is {@code data:application/vc+jwt,TOKEN}.
 */
final class CredentialIssueEndpoint {
    static final String PATH = "/credentials/issue";

    private final IssuerProfile profile;
    private final DataIntegritySigner dataIntegrity;
    private final VcJwtSigner jwt;
    private final Canonicalizer canonicalizer;
    private final Ob3SchemaValidator schema;
    private final StatusListAllocator allocator;
    private final IssuanceStore store;
    private final Clock clock;
    private final SecureRandom random;

    CredentialIssueEndpoint(IssuerProfile profile, DataIntegritySigner dataIntegrity, VcJwtSigner jwt,
            StatusListAllocator allocator, IssuanceStore store, Clock clock, SecureRandom random) {
        this.profile = profile;
        this.dataIntegrity = dataIntegrity;
        this.jwt = jwt;
        this.canonicalizer = Canonicalizer.rdfc();
        this.schema = Ob3SchemaValidator.create();
        this.allocator = allocator;
        this.store = store;
        this.clock = clock;
        this.random = random;
    }

    ApiResponse handle(ApiRequest request) throws BadgeException {
        ObjectNode body = request.jsonObject();
        JsonNode given = body.get("credential");
        if (given == null || !given.isObject()) {
            throw CredentialRules.invalid("/credential", "credential must be a JSON object (the unsigned credential)");
        }
        boolean asJwt = jwtRequested(body.get("options"));
        ObjectNode credential = prepare((ObjectNode) given.deepCopy(), asJwt);
        return store.issueOnce(PATH, request.idempotencyKey(), request.body(), rowKey -> issue(credential, asJwt, rowKey));
    }

    private static boolean jwtRequested(JsonNode options) throws BadgeException {
        if (options == null || options.isNull()) {
            return false;
        }
        if (!options.isObject()) {
            throw CredentialRules.invalid("/options", "options must be a JSON object");
        }
        JsonNode format = options.get("format");
        if (format == null) {
            return false;
        }
        return switch (format.asText()) {
            case "jwt", "vc+jwt", "vc-jwt" -> true;
            case "ldp", "ldp_vc", "di", "data-integrity" -> false;
            default -> throw CredentialRules.invalid("/options/format", "format " + format
                    + " is not one of ldp (Data Integrity, eddsa-rdfc-2022) or jwt (VC-JWT)");
        };
    }

    /** Fills what the issuer owns and checks everything that does not need a status index. */
    private ObjectNode prepare(ObjectNode credential, boolean asJwt) throws BadgeException {
        for (String owned : new String[] {"proof", "credentialStatus"}) {
            if (credential.has(owned)) {
                throw CredentialRules.invalid("/credential/" + owned, owned + " is added by the issuer; leave it out");
            }
        }
        JsonNode issuer = credential.get("issuer");
        if (issuer == null) {
            if (CredentialRules.hasType(credential, "OpenBadgeCredential") || CredentialRules.hasType(credential,
                    "AchievementCredential")) {
                credential.set("issuer", profile.toOb3Json());
            } else {
                credential.put("issuer", profile.id());
            }
        } else {
            String issuerId = issuer.isTextual() ? issuer.asText() : issuer.path("id").asText(null);
            if (!profile.id().equals(issuerId)) {
                throw CredentialRules.invalid("/credential/issuer" + (issuer.isTextual() ? "" : "/id"), "issuer " + issuerId
                        + " is not this server's issuer " + profile.id() + "; leave issuer out to have it filled in");
            }
        }
        if (!credential.has("id")) {
            credential.put("id", "urn:uuid:" + uuid());
        }
        if (!credential.has("validFrom")) {
            credential.put("validFrom", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        }
        CredentialRules.check(credential, "/credential");
        if (CredentialRules.hasType(credential, "OpenBadgeCredential") || CredentialRules.hasType(credential,
                "AchievementCredential")) {
            List<SchemaProblem> problems = schema.validate(credential);
            if (!problems.isEmpty()) {
                SchemaProblem first = problems.get(0);
                throw CredentialRules.invalid("/credential" + first.pointer(), "OB 3.0 schema: " + first.message()
                        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""));
            }
        }
        if (asJwt) {
            try {
                canonicalizer.canonicalize(credential);
            } catch (BadgeException e) {
                throw jsonLd(e);
            }
        }
        return credential;
    }

    private IssuanceStore.Issued issue(ObjectNode credential, boolean asJwt, String idempotencyRowKey) throws BadgeException {
        String id = credential.get("id").asText();
        StatusAllocation status = allocator.allocate(profile.id(), StatusPurpose.REVOCATION);
        credential.set("credentialStatus", status.toEntry().toJson());
        Instant now = clock.instant();
        ObjectNode answer = JsonCodec.mapper().createObjectNode();
        if (asJwt) {
            ObjectNode envelope = answer.putObject("verifiableCredential");
            envelope.put("@context", CredentialRules.VC2_CONTEXT);
            envelope.put("type", "EnvelopedVerifiableCredential");
            envelope.put("id", "data:application/vc+jwt," + jwt.sign(credential));
        } else {
            try {
                // signing canonicalizes in safe mode: undefined terms and redefined protected terms fail here
                answer.set("verifiableCredential", singleProof(dataIntegrity.sign(credential, now)));
            } catch (BadgeException e) {
                throw e.code() == BadgeException.Code.INVALID_INPUT ? jsonLd(e) : e;
            }
        }
        JsonNode subject = credential.get("credentialSubject");
        JsonNode firstSubject = subject.isArray() ? subject.get(0) : subject;
        String badge = firstSubject.path("achievement").path("id").asText("credential");
        LedgerEntry entry = new LedgerEntry(id, IssuanceStore.BATCH, IssuanceStore.rowKey(idempotencyRowKey, id), 0, null,
                firstSubject.path("id").asText("none"), "none", badge, "-", status.index(), now,
                List.of(store.archiveFile(id).toString()));
        return new IssuanceStore.Issued(id, 201, answer, entry, status.listNumber());
    }

    /** VC-API answers carry one proof as an object; the signer writes OB 3.0's array form. */
    static ObjectNode singleProof(ObjectNode signed) {
        JsonNode proof = signed.get("proof");
        if (proof != null && proof.isArray() && proof.size() == 1) {
            signed.set("proof", proof.get(0));
        }
        return signed;
    }

    private static BadgeException jsonLd(BadgeException e) {
        return new BadgeException(e.code(), "JSON-LD safe mode: " + e.getMessage(),
                "/credential" + e.location().filter(location -> location.startsWith("/")).orElse(""), e);
    }

    private String uuid() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong()).toString();
    }
}
