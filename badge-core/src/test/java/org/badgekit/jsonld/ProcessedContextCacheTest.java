package org.badgekit.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonStructure;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.junit.jupiter.api.Test;

/**
 * The canonicalizer processes a top-level {@code @context} once and reuses it; these tests hold its output to Titanium's own,
 * uncached pipeline (expand + toRdf per call) byte for byte.
 */
class ProcessedContextCacheTest {
    private static final String VECTORS = "/org/badgekit/sign/vectors/";

    private static String reference(JsonNode document) throws Exception {
        JsonLdOptions options = new JsonLdOptions(new OfflineDocumentLoader(BundledContexts.instance(), TestContexts.examples()));
        Rdfc10 canon = new Rdfc10();
        JsonLd.toRdf(JsonDocument.of((JsonStructure) JakartaJson.of(document))).options(options).provide(canon);
        return canon.canonicalNQuads();
    }

    private static List<JsonNode> documents() throws BadgeException {
        List<JsonNode> documents = new ArrayList<>();
        documents.add(TestContexts.json(VECTORS + "ob3-teamwork-unsigned.json"));
        documents.add(TestContexts.json(VECTORS + "w3c-alumni-unsigned.json"));
        ObjectNode second = TestContexts.json(VECTORS + "ob3-teamwork-unsigned.json");
        second.put("id", "urn:uuid:7bdcbd2c-0d0b-4d4c-8d1f-3f9c3b1f0a11");
        second.put("name", "Another credential, same context");
        documents.add(second);
        documents.add(json("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"type\":[\"VerifiableCredential\"],"
                + "\"issuer\":\"did:example:1\",\"credentialSubject\":{\"id\":\"did:example:2\"},"
                + "\"proof\":{\"type\":\"DataIntegrityProof\",\"cryptosuite\":\"eddsa-rdfc-2022\","
                + "\"created\":\"2026-01-01T00:00:00Z\",\"verificationMethod\":\"did:example:1#k\",\"proofPurpose\":\"assertionMethod\"}}"));
        // a context that does not propagate: expansion must revert to the initial context for nested nodes
        documents.add(json("{\"@context\":{\"@propagate\":false,\"@vocab\":\"https://vocab.example/\"},\"@id\":\"https://a.example/\","
                + "\"name\":\"outer\",\"child\":{\"@id\":\"https://b.example/\",\"https://vocab.example/name\":\"inner\"}}"));
        // an inline context with a base and a type-scoped context
        documents.add(json("{\"@context\":{\"@base\":\"https://base.example/\",\"@vocab\":\"https://vocab.example/\","
                + "\"Thing\":{\"@id\":\"https://vocab.example/Thing\",\"@context\":{\"label\":\"https://other.example/label\"}}},"
                + "\"@id\":\"item/1\",\"@type\":\"Thing\",\"label\":\"scoped\",\"size\":3}"));
        // a top-level array, no cached context
        documents.add(json("[{\"@context\":{\"@vocab\":\"https://vocab.example/\"},\"@id\":\"https://a.example/x\",\"n\":1}]"));
        return documents;
    }

    private static JsonNode json(String text) throws BadgeException {
        return JsonCodec.parse("test", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void matchesTitaniumsUncachedPipelineForEveryDocumentWhateverTheOrder() throws Exception {
        Canonicalizer unsafe = Canonicalizer.rdfcUnsafe(TestContexts.examples());
        List<JsonNode> documents = documents();
        for (int round = 0; round < 3; round++) {
            for (JsonNode document : documents) {
                assertThat(unsafe.canonicalize(document)).as(document.toString()).isEqualTo(reference(document));
            }
        }
    }

    @Test
    void safeModeMatchesTooForTheCredentials() throws Exception {
        Canonicalizer safe = Canonicalizer.rdfc(TestContexts.examples());
        for (JsonNode document : documents().subList(0, 4)) {
            assertThat(safe.canonicalize(document)).isEqualTo(safe.canonicalize(document)).isEqualTo(reference(document));
        }
    }

    @Test
    void aWarmCacheStillRejectsAnUndefinedTerm() throws BadgeException {
        Canonicalizer safe = Canonicalizer.rdfc(TestContexts.examples());
        ObjectNode doc = TestContexts.json(VECTORS + "ob3-teamwork-unsigned.json");
        safe.canonicalize(doc);
        ((ObjectNode) doc.get("credentialSubject")).put("favouriteColour", "green");
        assertThatThrownBy(() -> safe.canonicalize(doc)).isInstanceOf(BadgeException.class)
                .hasMessageContaining("/credentialSubject/favouriteColour");
    }

    @Test
    void threadsSharingOneCanonicalizerAllGetTheReferenceResult() throws Exception {
        Canonicalizer safe = Canonicalizer.rdfc(TestContexts.examples());
        List<JsonNode> documents = documents().subList(0, 4);
        List<String> expected = new ArrayList<>();
        for (JsonNode document : documents) {
            expected.add(reference(document));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 16; task++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        int which = i % documents.size();
                        if (!safe.canonicalize(documents.get(which)).equals(expected.get(which))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
