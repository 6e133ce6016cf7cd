package org.badgekit.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.badgekit.BadgeException;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.json.JsonCodec;
import org.badgekit.model.IdentityHash;
import org.badgekit.model.ob3.Ob3SchemaValidator;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.resolve.MappedFileResolver;
import org.badgekit.sign.DataIntegrityVerifier;
import org.badgekit.sign.KeyBinding;
import org.badgekit.sign.Ob2Jws;
import org.badgekit.sign.ProofResult;
import org.badgekit.sign.VcJwt;
import org.badgekit.status.StatusListAllocator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuerTest {
    private static final Instant NOW = Instant.parse("2026-06-01T10:15:30.123Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    static Path temp;
    static Workspace workspace;
    static Issuer issuer;

    @BeforeAll
    static void createWorkspace() throws BadgeException {
        workspace = WorkspaceCreator.create(temp.resolve("ws"), Workspaces.settings(DidMethod.KEY), null, null, new SecureRandom());
        StatusListAllocator allocator = StatusListAllocator.newBuilder(workspace.stateDir(), workspace.statusListUrlTemplate())
                .build();
        issuer = Issuer.forWorkspace(workspace, workspace.keys(null), CriteriaLibrary.bundled(), allocator, CLOCK);
    }

    private static IssueRequest.Builder request() throws BadgeException {
        return IssueRequest.newBuilder("workplace-instructor", Recipient.email("A.Person@Example.org"));
    }

    @Test
    void issuesAnOb3CredentialThatPassesTheSchemaAndVerifiesWithItsDidKey() throws BadgeException {
        IssuedBadge badge = issuer.issue(request().language("fi").recipientName("Aino Äijälä")
                .addEvidence(EvidenceItem.of("https://portfolio.example.fi/aino", "Ohjasi kolme opiskelijaa."))
                .addCompletedArea(firstArea()).build());

        ObjectNode credential = (ObjectNode) JsonCodec.parse("badge", badge.payload());
        assertThat(Ob3SchemaValidator.create().validate(credential)).isEmpty();
        List<ProofResult> proofs = DataIntegrityVerifier.create(DocumentResolver.offline()).verify(credential);
        assertThat(proofs).singleElement().satisfies(proof -> {
            assertThat(proof.signatureValid()).as(proof.message()).isTrue();
            assertThat(proof.binding()).isEqualTo(KeyBinding.BOUND);
            assertThat(proof.suite()).isEqualTo("eddsa-rdfc-2022");
        });
        assertThat(credential.path("issuer").path("id").asText()).isEqualTo(workspace.issuerId()).startsWith("did:key:z6Mk");
        assertThat(credential.path("proof").path(0).path("verificationMethod").asText()).isEqualTo(workspace.dataIntegrityMethod());
        assertThat(credential.path("validFrom").asText()).isEqualTo("2026-06-01T10:15:30Z");
        assertThat(credential.path("id").asText()).startsWith("urn:uuid:").isEqualTo(badge.id());
        assertThat(credential.at("/credentialSubject/achievement/inLanguage").asText()).isEqualTo("fi");
        assertThat(credential.at("/credentialSubject/achievement/name").asText()).isEqualTo("Työpaikkaohjaaja");
        assertThat(credential.at("/credentialSubject/achievement/id").asText())
                .matches("https://issuer\\.example\\.org/badges/badges/workplace-instructor/v[0-9.]+/fi/achievement\\.json");
        assertThat(credential.at("/credentialSubject/result/0/resultDescription").asText())
                .isEqualTo(credential.at("/credentialSubject/achievement/id").asText() + "#" + firstArea());
        assertThat(credential.at("/credentialStatus/type").asText()).isEqualTo("BitstringStatusListEntry");
        assertThat(credential.at("/credentialStatus/statusListIndex").asText()).isEqualTo(badge.statusIndex().toString());
        assertThat(credential.at("/credentialSchema/0/type").asText()).isEqualTo("1EdTechJsonSchemaValidator2019");
        assertThat(credential.at("/evidence/0/id").asText()).isEqualTo("https://portfolio.example.fi/aino");
        assertThat(credential.at("/credentialSubject/result/0/status").asText()).isEqualTo("Completed");
        JsonNode identity = credential.at("/credentialSubject/identifier/0");
        assertThat(identity.path("hashed").asBoolean()).isTrue();
        assertThat(IdentityHash.matches(identity.path("identityHash").asText(), identity.path("salt").asText(), "a.person@example.org"))
                .isTrue();
        assertThat(identity.path("salt").asText()).hasSize(32);
        assertThat(credential.at("/credentialSubject/identifier/1/identityHash").asText()).isEqualTo("Aino Äijälä");
    }

    private static String firstArea() throws BadgeException {
        return issuer.criteria().get("workplace-instructor").areas().get(0).id();
    }

    @Test
    void givesEveryCredentialAFreshIdSaltAndStatusIndex() throws BadgeException {
        IssuedBadge first = issuer.issue(request().build());
        IssuedBadge second = issuer.issue(request().build());
        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(first.recipientHash()).isNotEqualTo(second.recipientHash());
        assertThat(first.statusIndex()).isNotEqualTo(second.statusIndex());
        assertThat(first.language()).isEqualTo("en");
    }

    @Test
    void keepsACallerSuppliedIdAndWritesAPlainRecipientOnRequest() throws BadgeException {
        IssuedBadge badge = issuer.issue(IssueRequest.newBuilder("learning-ambassador", Recipient.email("b@example.org").plain())
                .credentialId("urn:uuid:0f2c9c2e-8a0b-4c57-9a1d-3e7f4e2b9a10").build());
        assertThat(badge.id()).isEqualTo("urn:uuid:0f2c9c2e-8a0b-4c57-9a1d-3e7f4e2b9a10");
        assertThat(badge.document().at("/credentialSubject/identifier/0/identityHash").asText()).isEqualTo("b@example.org");
        assertThat(badge.document().at("/credentialSubject/identifier/0/hashed").asBoolean()).isFalse();
        assertThat(badge.recipientHash()).isEqualTo("b@example.org");
    }

    @Test
    void issuesAVcJwtSignedWithTheDidKeyForADidKeyIssuer() throws Exception {
        IssuedBadge badge = issuer.issue(request().proof(ProofFormat.JWT).validUntil(Instant.parse("2029-05-31T23:59:59Z")).build());
        assertThat(badge.isJws()).isTrue();
        assertThat(Ob3SchemaValidator.create().validate(badge.document())).isEmpty();
        ObjectNode header = Jws.header(badge.payload());
        assertThat(header.path("alg").asText()).isEqualTo("EdDSA");
        assertThat(header.path("kid").asText()).isEqualTo(workspace.dataIntegrityMethod());
        assertThat(header.has("jwk")).isFalse();
        ProofResult result = VcJwt.verifier(DocumentResolver.offline()).withClock(CLOCK).verify(badge.payload());
        assertThat(result.signatureValid()).as(result.message()).isTrue();
        assertThat(result.binding()).isEqualTo(KeyBinding.BOUND);
        ObjectNode payload = Jws.payload(badge.payload());
        assertThat(payload.path("iss").asText()).isEqualTo(workspace.issuerId());
        assertThat(payload.path("jti").asText()).isEqualTo(badge.id());
        assertThat(payload.path("exp").asLong()).isEqualTo(Instant.parse("2029-05-31T23:59:59Z").getEpochSecond());
    }

    @Test
    void issuesAnOb2SignedAssertionThatVerifiesAgainstTheHostedProfileAndKey() throws Exception {
        IssuedBadge badge = issuer.issue(request().format(BadgeFormat.OB2).language("nl").build());
        assertThat(badge.bakedPayload().kind()).isEqualTo(org.badgekit.bake.PayloadKind.OB2_JWS);
        ProofResult result = Ob2Jws.verify(badge.payload(), hostedFiles());
        assertThat(result.signatureValid()).as(result.message()).isTrue();
        assertThat(result.binding()).isEqualTo(KeyBinding.BOUND);
        ObjectNode assertion = Ob2Jws.assertion(badge.payload());
        assertThat(assertion.at("/verification/type").asText()).isEqualTo("SignedBadge");
        assertThat(assertion.at("/verification/creator").asText()).isEqualTo(workspace.ob2KeyUrl().toString());
        assertThat(assertion.at("/badge/issuer").asText()).isEqualTo(workspace.ob2ProfileUrl().toString());
        assertThat(assertion.at("/recipient/type").asText()).isEqualTo("email");
        assertThat(assertion.at("/issuedOn").asText()).isEqualTo("2026-06-01T10:15:30Z");
        assertThat(IdentityHash.matches(assertion.at("/recipient/identity").asText(), assertion.at("/recipient/salt").asText(),
                "a.person@example.org")).isTrue();
    }

    @Test
    void issuesAnOb2HostedAssertionUnderTheBaseUrl() throws BadgeException {
        IssuedBadge badge = issuer.issue(request().format(BadgeFormat.OB2).proof(ProofFormat.HOSTED).build());
        assertThat(badge.id()).startsWith(workspace.baseUrl() + "assertions/").endsWith(".json");
        assertThat(badge.document().at("/verification/type").asText()).isEqualTo("HostedBadge");
        assertThat(badge.document().at("/badge").asText()).endsWith("/badgeclass.json");
        assertThat(badge.fileExtension()).isEqualTo("json");
    }

    @Test
    void rejectsAnUnknownBadgeALanguageWithoutTextsAndAnExpiryBeforeTheStart() {
        assertThatThrownBy(() -> issuer.issue(IssueRequest.newBuilder("no-such-badge", Recipient.email("a@example.org")).build()))
                .isInstanceOfSatisfying(BadgeException.class, e -> {
                    assertThat(e.code()).isEqualTo(BadgeException.Code.NOT_FOUND);
                    assertThat(e.getMessage()).contains("no-such-badge").contains("workplace-instructor");
                });
        assertThatThrownBy(() -> issuer.issue(request().language("de").build()))
                .isInstanceOfSatisfying(BadgeException.class, e -> assertThat(e.getMessage()).contains("'de'"));
        assertThatThrownBy(() -> issuer.issue(request().validUntil(NOW.minusSeconds(60)).build()))
                .isInstanceOfSatisfying(BadgeException.class, e -> assertThat(e.code()).isEqualTo(BadgeException.Code.INVALID_ARGUMENT));
        assertThatThrownBy(() -> issuer.issue(request().proof(ProofFormat.HOSTED).build()))
                .isInstanceOfSatisfying(BadgeException.class, e -> assertThat(e.getMessage()).contains("OB 2.0 only"));
    }

    @Test
    void rejectsAMalformedEmailAddress() {
        assertThatThrownBy(() -> Recipient.email("not-an-address@"))
                .isInstanceOfSatisfying(BadgeException.class, e -> {
                    assertThat(e.code()).isEqualTo(BadgeException.Code.INVALID_ARGUMENT);
                    assertThat(e.getMessage()).contains("'not-an-address@'");
                });
    }

    @Test
    void aDidWebIssuerSignsWithKeyOneOfItsDidDocument() throws Exception {
        Workspace web = WorkspaceCreator.create(temp.resolve("web"), Workspaces.settings(DidMethod.WEB), null, null,
                new SecureRandom());
        assertThat(web.issuerId()).isEqualTo("did:web:issuer.example.org:badges");
        assertThat(web.dataIntegrityMethod()).isEqualTo("did:web:issuer.example.org:badges#key-1");
        assertThat(web.jwtKeyId()).isEqualTo("did:web:issuer.example.org:badges#key-2");
        Issuer webIssuer = Issuer.forWorkspace(web, web.keys(null), CriteriaLibrary.bundled(), null, CLOCK);
        IssuedBadge badge = webIssuer.issue(request().build());
        Path didJson = temp.resolve("did.json");
        Files.writeString(didJson, JsonCodec.writePretty(web.didDocument()));
        MappedFileResolver resolver = MappedFileResolver.of(List.of("https://issuer.example.org/badges/did.json=" + didJson));
        List<ProofResult> proofs = DataIntegrityVerifier.create(resolver).verify(badge.document());
        assertThat(proofs).singleElement().satisfies(proof -> {
            assertThat(proof.signatureValid()).as(proof.message()).isTrue();
            assertThat(proof.binding()).isEqualTo(KeyBinding.BOUND);
        });
        assertThat(badge.statusIndex()).isNull();
        assertThat(badge.document().has("credentialStatus")).isFalse();
        ProofResult jwt = VcJwt.verifier(resolver).withClock(CLOCK)
                .verify(webIssuer.issue(request().proof(ProofFormat.JWT).build()).payload());
        assertThat(jwt.signatureValid()).as(jwt.message()).isTrue();
        assertThat(jwt.binding()).isEqualTo(KeyBinding.BOUND);
        assertThat(jwt.suite()).isEqualTo("RS256");
    }

    /** The files 'badge publish' will host, served from the temp folder. */
    private static MappedFileResolver hostedFiles() throws Exception {
        Path profile = temp.resolve("issuer.json");
        Path key = temp.resolve("rsa.json");
        Files.writeString(profile, JsonCodec.writePretty(workspace.ob2Profile()), StandardCharsets.UTF_8);
        Files.writeString(key, JsonCodec.writePretty(workspace.ob2CryptographicKey()), StandardCharsets.UTF_8);
        URI base = workspace.baseUrl();
        return MappedFileResolver.of(List.of(base.resolve("issuer.json") + "=" + profile, base.resolve("keys/rsa.json") + "=" + key));
    }

    @Test
    void refusesToIssueARetiredBadge() throws Exception {
        String root = System.getProperty("badgekit.projectRoot");
        org.junit.jupiter.api.Assumptions.assumeTrue(root != null, "badgekit.projectRoot not set");
        Path dir = temp.resolve("criteria-retired");
        Files.createDirectories(dir.resolve("images"));
        Path source = Path.of(root, "criteria");
        Files.copy(source.resolve("images/workplace-instructor.svg"), dir.resolve("images/workplace-instructor.svg"));
        Files.writeString(dir.resolve("workplace-instructor.yaml"), Files.readString(source.resolve("workplace-instructor.yaml"))
                .replaceFirst("(?m)^status: draft$", "status: retired"));
        Issuer retired = Issuer.forWorkspace(workspace, workspace.keys(null), CriteriaLibrary.load(dir), null, CLOCK);
        assertThatThrownBy(() -> retired.issue(request().build())).isInstanceOfSatisfying(BadgeException.class, e -> {
            assertThat(e.code()).isEqualTo(BadgeException.Code.INVALID_ARGUMENT);
            assertThat(e.getMessage()).contains("workplace-instructor").contains("retired");
        });
    }

    @Test
    void anIssuerBuiltInCodeSignsWithItsOwnKeyAndProfile() throws Exception {
        org.badgekit.keys.IssuerKey key = org.badgekit.keys.IssuerKey.generate(org.badgekit.keys.KeyType.ED25519, 0);
        String did = key.didKey().orElseThrow();
        Issuer inCode = Issuer.newBuilder()
                .profile(new IssuerProfile(did, "Code Issuer", "https://code.example.org/", "badges@code.example.org", null, null))
                .dataIntegrity(org.badgekit.sign.DataIntegritySigner.create(key.privateKey().orElseThrow(),
                        did + "#" + key.publicKeyMultibase().orElseThrow()))
                .baseUrl(URI.create("https://code.example.org/badges"))
                .criteria(CriteriaLibrary.bundled())
                .defaultLanguage("nl")
                .clock(CLOCK)
                .build();
        IssuedBadge badge = inCode.issue(request().build());
        assertThat(badge.language()).isEqualTo("nl");
        assertThat(badge.document().at("/credentialSubject/achievement/id").asText())
                .startsWith("https://code.example.org/badges/badges/workplace-instructor/v");
        assertThat(DataIntegrityVerifier.create(DocumentResolver.offline()).verify(badge.document()))
                .singleElement().satisfies(proof -> assertThat(proof.binding()).isEqualTo(KeyBinding.BOUND));
        assertThatThrownBy(() -> inCode.issue(request().proof(ProofFormat.JWT).build()))
                .isInstanceOfSatisfying(BadgeException.class, e -> assertThat(e.code()).isEqualTo(BadgeException.Code.UNSUPPORTED));
        assertThatThrownBy(() -> inCode.issue(request().format(BadgeFormat.OB2).build()))
                .isInstanceOfSatisfying(BadgeException.class, e -> assertThat(e.code()).isEqualTo(BadgeException.Code.UNSUPPORTED));
    }

    @Test
    void issuesFromManyThreadsAtOnceWithDistinctIdsAndStatusIndexes() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<IssuedBadge>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> issuer.issue(request().proof(ProofFormat.JWT).build())));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            java.util.Set<Integer> indexes = new java.util.HashSet<>();
            for (java.util.concurrent.Future<IssuedBadge> future : futures) {
                IssuedBadge badge = future.get();
                ids.add(badge.id());
                indexes.add(badge.statusIndex());
            }
            assertThat(ids).hasSize(40);
            assertThat(indexes).hasSize(40);
        } finally {
            pool.shutdownNow();
        }
    }
}
