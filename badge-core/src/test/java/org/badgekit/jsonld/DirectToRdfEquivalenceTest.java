package org.badgekit.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.uri.UriUtils;
import com.apicatalog.jsonld.uri.UriValidationPolicy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.testing.SharedSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link DirectToRdf} must give exactly what Titanium's expansion + toRdf gives: the same canonical N-Quads, or (when the
 * document is outside its subset) the same error, for every example, vector and sample we have and for thousands of seeded
 * random mutations of them.
 */
class DirectToRdfEquivalenceTest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private final RdfcCanonicalizer direct = RdfcCanonicalizer.create(DocumentResolver.offline(), true, true);
    private final RdfcCanonicalizer titanium = RdfcCanonicalizer.create(DocumentResolver.offline(), true, false);
    private final RdfcCanonicalizer directUnsafe = RdfcCanonicalizer.create(DocumentResolver.offline(), false, true);
    private final RdfcCanonicalizer titaniumUnsafe = RdfcCanonicalizer.create(DocumentResolver.offline(), false, false);

    @Test
    void aCredentialIssuedByBadgeBatchTakesTheDirectPathAndMatchesTitanium() throws Exception {
        ObjectNode credential = (ObjectNode) resource("direct/batch-credential.json");
        ObjectNode unsecured = credential.deepCopy();
        unsecured.remove("proof");
        ObjectNode proofConfig = ((ObjectNode) credential.get("proof").get(0)).deepCopy();
        proofConfig.remove("proofValue");
        proofConfig.set("@context", credential.get("@context"));

        for (ObjectNode document : List.of(credential, unsecured, proofConfig)) {
            assertThat(direct.whyNotDirect(document)).as("why not direct").isNull();
            long before = direct.directDocuments();
            assertThat(direct.canonicalize(document)).isEqualTo(titanium.canonicalize(document));
            assertThat(direct.directDocuments()).as("took the direct path").isEqualTo(before + 1);
        }
    }

    @Test
    void numbersInEveryRepresentationGiveTheSameLiteralsBothWays() throws Exception {
        ObjectNode credential = (ObjectNode) resource("direct/batch-credential.json");
        credential.remove("proof");
        int directCount = 0;
        for (JsonNode number : NUMBERS) {
            // creditsAvailable is typed (the OB 3.0 context's https "xsd:float"), hashed is xsd:boolean, salt untyped
            ObjectNode document = credential.deepCopy();
            ObjectNode achievement = (ObjectNode) document.get("credentialSubject").get("achievement");
            achievement.set("creditsAvailable", number);
            ((ObjectNode) document.get("credentialSubject").get("identifier").get(0)).set("salt", number);
            directCount += compare(document) ? 1 : 0;
        }
        assertThat(directCount).as("integral numbers go direct").isGreaterThanOrEqualTo(6);
    }

    @Test
    void everyBundledContextAndEveryPairOfThemThatCompilesIsOneTitaniumAccepts() throws Exception {
        List<String> urls = new ArrayList<>(BundledContexts.instance().urls());
        java.util.Collections.sort(urls);
        ContextCompiler compiler = new ContextCompiler(BundledContexts.instance()::json);
        com.apicatalog.jsonld.processor.ProcessingRuntime runtime = com.apicatalog.jsonld.processor.ProcessingRuntime.of(
                new com.apicatalog.jsonld.JsonLdOptions(new OfflineDocumentLoader(BundledContexts.instance(),
                        DocumentResolver.offline())));
        int compiled = 0;
        List<List<String>> combinations = new ArrayList<>();
        for (String first : urls) {
            combinations.add(List.of(first));
            for (String second : urls) {
                combinations.add(List.of(first, second));
            }
        }
        for (List<String> combination : combinations) {
            ArrayNode context = JSON.arrayNode();
            combination.forEach(context::add);
            boolean ours;
            try {
                compiler.process(compiler.initial(), context, null, false, true);
                ours = true;
            } catch (OutsideSubset e) {
                ours = false;
            }
            if (ours) {
                compiled++;
                try {
                    new com.apicatalog.jsonld.context.ActiveContext(null, null, runtime).newContext()
                            .create(jakarta.json.Json.createArrayBuilder(combination).build(), null);
                } catch (com.apicatalog.jsonld.JsonLdError e) {
                    throw new AssertionError("compiled but Titanium refuses " + combination + ": " + e.getMessage(), e);
                }
            }
        }
        assertThat(compiled).as("combinations the direct path can take").isGreaterThan(urls.size());
        ArrayNode openBadges = JSON.arrayNode().add("https://www.w3.org/ns/credentials/v2")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json");
        assertThat(compiler.process(compiler.initial(), openBadges, null, false, true).hasTerm("Achievement")).isTrue();
    }

    @Test
    void theProjectsOwnFixturesGiveTheSameOutcomeBothWays() throws IOException {
        int directCount = 0;
        for (JsonNode document : projectDocuments()) {
            directCount += compare(document) ? 1 : 0;
        }
        assertThat(directCount).as("fixtures canonicalized without Titanium").isGreaterThanOrEqualTo(10);
    }

    static Stream<Path> sharedFiles() {
        return SharedSpec.jsonFilesOrAbsent("examples/ob30/spec", "examples/ob30/validator", "examples/ob20/spec",
                "examples/ob20/validator", "test-vectors/ob-v3p0-eddsa-rdfc-2022", "test-vectors/vc-di-eddsa/eddsa-rdfc-2022",
                "test-vectors/vc-di-eddsa/Ed25519Signature2020", "test-vectors/vc-di-eddsa/proof-set-chain");
    }

    @ParameterizedTest
    @MethodSource("sharedFiles")
    void everySharedExampleGivesTheSameOutcomeBothWays(Path file) throws IOException {
        SharedSpec.assumePresent(file);
        JsonNode document = parse(Files.readAllBytes(file));
        if (document != null) {
            for (JsonNode variant : variants(document)) {
                compare(variant);
            }
        }
    }

    @Test
    void thousandsOfRandomMutationsGiveTheSameOutcomeBothWays() throws IOException {
        List<JsonNode> bases = new ArrayList<>(projectDocuments());
        if (SharedSpec.present()) {
            for (Path file : sharedFiles().collect(Collectors.toList())) {
                JsonNode document = parse(Files.readAllBytes(file));
                if (document != null) {
                    bases.add(document);
                }
            }
        }
        // a deeper run: -Dbadgekit.fuzz.cases=100000 -Dbadgekit.fuzz.seed=N
        Random random = new Random(Long.getLong("badgekit.fuzz.seed", 20261128L));
        int directCount = 0;
        int cases = Integer.getInteger("badgekit.fuzz.cases", 3000);
        for (int i = 0; i < cases; i++) {
            JsonNode mutated = bases.get(random.nextInt(bases.size())).deepCopy();
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                mutate(mutated, random);
            }
            directCount += compare(mutated) ? 1 : 0;
        }
        // the mutations must exercise the direct path, not only the fallback
        assertThat(directCount).as("mutated documents canonicalized without Titanium").isGreaterThan(cases / 5);
        System.out.printf("DirectToRdf equivalence: %d of %d mutated documents took the direct path%n", directCount, cases);
    }

    @Test
    void theAbsoluteIriCheckAgreesWithTitaniumsOnTrickyAndRandomStrings() {
        List<String> tricky = List.of("http://", "http:///x", "ab:", "ab:#f", "a:b", "urn:uuid:1", "did:key:z6Mk#z6Mk",
                "https://a#b#c", "https://a b", "https://a%zz", "https://a%20", "http://[::1]/", "http://a:b@c:d:e/x", "x://?",
                "data:image/png;base64,iVBOR+/=", "mailto:a@b.c", "_:b0", "1ab:c", "a+b.c-d:x", "http://ex.org/{x}",
                "https://ex.org/é", "http://a/\\b", "tag:x,2026:y", "http://a:80", "http://a:80x/", "https://a/?q=1&r=[2]");
        for (String value : tricky) {
            assertThat(Iris.isAbsolute(value)).as(value).isEqualTo(UriUtils.isAbsoluteUri(value, UriValidationPolicy.Full));
        }
        Random random = new Random(7);
        String alphabet = "ab:/#?%2Fz_-.~!$&'()*+,;=@[] \"<>{}|\\^`é0";
        for (int i = 0; i < 20000; i++) {
            StringBuilder value = new StringBuilder(random.nextBoolean() ? "http" : "u");
            int length = random.nextInt(12);
            for (int c = 0; c < length; c++) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String candidate = value.toString();
            assertThat(Iris.isAbsolute(candidate)).as(candidate)
                    .isEqualTo(UriUtils.isAbsoluteUri(candidate, UriValidationPolicy.Full));
        }
    }

    /** Canonicalizes both ways (safe and unsafe); returns whether the direct path was taken. */
    private boolean compare(JsonNode document) {
        long before = direct.directDocuments();
        assertThat(outcome(direct, document)).as(document.toString()).isEqualTo(outcome(titanium, document));
        assertThat(outcome(directUnsafe, document)).as(document.toString()).isEqualTo(outcome(titaniumUnsafe, document));
        return direct.directDocuments() > before;
    }

    private static String outcome(Canonicalizer canonicalizer, JsonNode document) {
        try {
            return canonicalizer.canonicalize(document);
        } catch (BadgeException e) {
            return "error " + e.code() + ": " + e.getMessage();
        } catch (RuntimeException e) {
            return "runtime " + e;
        }
    }

    /** A document, the document without its proof, and each proof as a proof configuration under the document's context. */
    private static List<JsonNode> variants(JsonNode document) {
        List<JsonNode> variants = new ArrayList<>(List.of(document));
        if (document.isObject() && document.has("proof")) {
            ObjectNode unsecured = document.deepCopy();
            unsecured.remove("proof");
            variants.add(unsecured);
            JsonNode proofs = document.get("proof");
            for (JsonNode proof : proofs.isArray() ? proofs : List.of(proofs)) {
                if (proof.isObject()) {
                    ObjectNode config = proof.deepCopy();
                    config.remove("proofValue");
                    if (!config.has("@context") && document.has("@context")) {
                        config.set("@context", document.get("@context"));
                    }
                    variants.add(config);
                }
            }
        }
        return variants;
    }

    private List<JsonNode> projectDocuments() throws IOException {
        Path resources = Path.of(System.getProperty("badgekit.projectRoot", ".")).resolve("badge-core/src/test/resources");
        if (!Files.isDirectory(resources)) {
            resources = Path.of("src/test/resources");
        }
        List<JsonNode> documents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".jsonld"))
                    .sorted().collect(Collectors.toList())) {
                JsonNode document = parse(Files.readAllBytes(file));
                if (document != null && document.isObject() && document.has("@context")) {
                    documents.addAll(variants(document));
                }
            }
        }
        return documents;
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return JsonCodec.parse("test", bytes);
        } catch (BadgeException e) {
            return null;
        }
    }

    private static JsonNode resource(String name) throws IOException, BadgeException {
        try (InputStream in = DirectToRdfEquivalenceTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return JsonCodec.parse(name, in.readAllBytes());
        }
    }

    // --- mutations ---------------------------------------------------------------------------------------------------

    private static final List<String> KEYS = List.of("name", "description", "id", "type", "@id", "@type", "foo", "schema:name",
            "https://example.org/p", "_:b", "@value", "@language", "@context", "@graph", "@list", "@set", "achievement",
            "evidence", "proof", "credentialSubject", "narrative", "image", "alignment", "tag", "endorsement",
            "creditsAvailable", "validFrom", "xsd:foo", "targetType", "proofPurpose", "verificationMethod", "identifier",
            "hashed", "resultDescription", "credentialStatus", "issuer", "url", "cryptosuite", "created", "ext:x");
    private static final List<String> STRINGS = List.of("x", "https://example.org/x", "urn:uuid:1234", "_:b0", "_:b1",
            "relative/path", "#frag", "Achievement", "Profile", "OpenBadgeCredential", "VerifiableCredential",
            "AchievementSubject", "DataIntegrityProof", "Evidence", "2026-01-01T00:00:00Z", "ext:EQFLevel", "did:key:z6Mk#a",
            "a b", "assertionMethod", "Image", "IdentityObject", "xsd:string", "http://a/{b}", "", "@id", "@json", "Badge");

    /** Numbers in every Jackson representation, integral or not, around the 10^21 and long boundaries. */
    private static final List<JsonNode> NUMBERS = List.of(JSON.numberNode(2.5), JSON.numberNode(2.0), JSON.numberNode(1e3),
            JSON.numberNode(-7L), JSON.numberNode(new java.math.BigInteger("123456789012345678901234")),
            JSON.numberNode(new java.math.BigInteger("-123456789012345678901234")), JSON.numberNode(new java.math.BigDecimal("2")),
            JSON.numberNode(new java.math.BigDecimal("2.0")), JSON.numberNode(new java.math.BigDecimal("2.50")),
            JSON.numberNode(new java.math.BigDecimal("1E+3")), JSON.numberNode(new java.math.BigDecimal("999999999999999999999")),
            JSON.numberNode(new java.math.BigDecimal("1000000000000000000000")), JSON.numberNode(Long.MAX_VALUE),
            JSON.numberNode(1.5f), JSON.numberNode(1e300));

    private static void mutate(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ArrayNode) {
            ArrayNode array = (ArrayNode) target;
            switch (random.nextInt(3)) {
                case 0:
                    array.add(randomValue(random, 0));
                    break;
                case 1:
                    if (array.size() > 0) {
                        array.remove(random.nextInt(array.size()));
                    }
                    break;
                default:
                    if (array.size() > 0) {
                        array.set(random.nextInt(array.size()), randomValue(random, 0));
                    }
            }
            return;
        }
        ObjectNode object = (ObjectNode) target;
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String existing = names.isEmpty() ? null : names.get(random.nextInt(names.size()));
        switch (random.nextInt(6)) {
            case 0:
                if (existing != null && !(object == root && "@context".equals(existing))) {
                    object.remove(existing);
                }
                break;
            case 1:
                object.set(KEYS.get(random.nextInt(KEYS.size())), randomValue(random, 0));
                break;
            case 2:
                if (existing != null) {
                    object.set(existing, randomValue(random, 0));
                }
                break;
            case 3:
                if (existing != null) {
                    object.set(existing, JSON.arrayNode().add(object.get(existing)));
                }
                break;
            case 4:
                object.set(random.nextBoolean() ? "type" : "id", JSON.textNode(STRINGS.get(random.nextInt(STRINGS.size()))));
                break;
            default:
                if (existing != null && object.get(existing).isArray() && object.get(existing).size() == 1) {
                    object.set(existing, object.get(existing).get(0));
                }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                JsonNode child = it.next();
                // leave the top-level @context alone: every mutation there simply leaves the subset
                if (!(node.isObject() && child == node.get("@context"))) {
                    collect(child, out);
                }
            }
        }
    }

    private static JsonNode randomValue(Random random, int depth) {
        switch (random.nextInt(depth > 1 ? 9 : 12)) {
            case 0: case 1: case 2:
                return JSON.textNode(STRINGS.get(random.nextInt(STRINGS.size())));
            case 3:
                return JSON.numberNode(random.nextInt(200) - 100);
            case 4:
                return NUMBERS.get(random.nextInt(NUMBERS.size()));
            case 5:
                return JSON.booleanNode(random.nextBoolean());
            case 6:
                return JSON.nullNode();
            case 7:
                return JSON.arrayNode();
            case 8:
                return JSON.objectNode().put("@value", "v").put("@language", "en");
            case 9:
                return JSON.arrayNode().add(randomValue(random, depth + 1)).add(randomValue(random, depth + 1));
            case 10: {
                ObjectNode node = JSON.objectNode();
                node.put("type", STRINGS.get(random.nextInt(STRINGS.size())));
                node.set(KEYS.get(random.nextInt(KEYS.size())), randomValue(random, depth + 1));
                return node;
            }
            default:
                return JSON.objectNode().put("id", random.nextBoolean() ? "_:b1" : "https://example.org/n");
        }
    }

}
