package org.badgekit.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonArray;
import jakarta.json.JsonStructure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.resolve.DocumentResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProcessedContextsTest {
    private static final String TEAMWORK = "/org/badgekit/sign/vectors/ob3-teamwork-unsigned.json";

    private static JsonLdOptions options(DocumentResolver extra) {
        JsonLdOptions options = new JsonLdOptions(new OfflineDocumentLoader(BundledContexts.instance(), extra));
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        return options;
    }

    private static JsonArray titanium(JsonStructure input, DocumentResolver extra) throws JsonLdError {
        return JsonLd.expand(JsonDocument.of(input)).options(options(extra)).get();
    }

    @ParameterizedTest
    @ValueSource(strings = {TEAMWORK, "/org/badgekit/model/ob3/legacy-vc11-single-values.json",
            "/org/badgekit/model/ob3/chamber-endorsement.json", "/interop/node-didkey-credential-1.json",
            "/interop/node-didweb-credential.json", "/org/badgekit/sign/vectors/w3c-alumni-unsigned.json"})
    void expandsExactlyAsTitaniumDoesOnTheFirstAndOnLaterCalls(String resource) throws Exception {
        JsonStructure input = (JsonStructure) JakartaJson.of(TestContexts.json(resource));
        ProcessedContexts contexts = new ProcessedContexts(options(TestContexts.examples()));
        JsonArray expected = titanium(input, TestContexts.examples());
        assertThat(contexts.expand(input)).isEqualTo(expected);
        assertThat(contexts.expand(input)).isEqualTo(expected);
        assertThat(contexts.size()).isEqualTo(1);
    }

    @Test
    void aContextGivenAsOneUrlIsCachedToo() throws Exception {
        JsonStructure input = (JsonStructure) JakartaJson.of(minimalVc());
        ProcessedContexts contexts = new ProcessedContexts(options(DocumentResolver.offline()));
        assertThat(contexts.expand(input)).isEqualTo(titanium(input, DocumentResolver.offline()));
        assertThat(contexts.size()).isEqualTo(1);
    }

    @Test
    void anInlineContextIsLeftToTitaniumAndNotCached() throws Exception {
        ObjectNode doc = TestContexts.json(TEAMWORK);
        ((ArrayNode) doc.get("@context")).addObject().put("colour", "https://example.org/colour");
        doc.put("colour", "green");
        JsonStructure input = (JsonStructure) JakartaJson.of(doc);
        ProcessedContexts contexts = new ProcessedContexts(options(DocumentResolver.offline()));
        assertThat(contexts.expand(input)).isEqualTo(titanium(input, DocumentResolver.offline()));
        assertThat(contexts.size()).isZero();
    }

    @Test
    void keepsNoMoreContextsThanItsLimit() throws Exception {
        ProcessedContexts contexts = new ProcessedContexts(options(DocumentResolver.offline()), 1);
        JsonStructure second = (JsonStructure) JakartaJson.of(minimalVc());
        contexts.expand((JsonStructure) JakartaJson.of(TestContexts.json(TEAMWORK)));
        assertThat(contexts.expand(second)).isEqualTo(titanium(second, DocumentResolver.offline()));
        assertThat(contexts.size()).isEqualTo(1);
    }

    /** A VC 2.0 credential whose {@code @context} is the single v2 URL. */
    private static ObjectNode minimalVc() throws BadgeException {
        return (ObjectNode) JsonCodec.parse("minimal", "{\"@context\": \"https://www.w3.org/ns/credentials/v2\", "
                + "\"id\": \"urn:uuid:5f1c3a52-1b8e-4f0c-9a3e-0d3d0c1f9a01\", \"type\": [\"VerifiableCredential\"], "
                + "\"issuer\": \"https://example.org/issuer\", \"validFrom\": \"2026-01-01T00:00:00Z\", "
                + "\"credentialSubject\": {\"id\": \"did:example:1\"}}");
    }

    @Test
    void safeModeStillRejectsAnUndefinedPropertyOnceTheContextIsCached() throws BadgeException {
        Canonicalizer canonicalizer = Canonicalizer.rdfc();
        ObjectNode doc = TestContexts.json(TEAMWORK);
        canonicalizer.canonicalize(doc);
        ((ObjectNode) doc.get("credentialSubject")).put("favouriteColour", "green");
        assertThatThrownBy(() -> canonicalizer.canonicalize(doc))
                .isInstanceOf(BadgeException.class)
                .hasMessageContaining("/credentialSubject/favouriteColour");
        ObjectNode typed = TestContexts.json(TEAMWORK);
        ((ArrayNode) typed.get("type")).add("SecretCredential");
        assertThatThrownBy(() -> canonicalizer.canonicalize(typed))
                .isInstanceOf(BadgeException.class)
                .hasMessageContaining("SecretCredential");
    }

    @Test
    void safeModeStillRefusesAProtectedTermRedefinitionAfterTheContextIsCached() throws BadgeException {
        Canonicalizer canonicalizer = Canonicalizer.rdfc();
        ObjectNode doc = TestContexts.json(TEAMWORK);
        canonicalizer.canonicalize(doc);
        ((ArrayNode) doc.get("@context")).addObject().put("name", "https://evil.example/name");
        assertThatThrownBy(() -> canonicalizer.canonicalize(doc))
                .isInstanceOf(BadgeException.class)
                .hasMessageContaining("protected term");
    }

    @Test
    void oneCanonicalizerSharedByEightThreadsGivesEveryThreadTheSameResult() throws Exception {
        ObjectNode doc = TestContexts.json("/interop/node-didweb-credential.json");
        String expected = Canonicalizer.rdfc().canonicalize(doc);
        Canonicalizer shared = Canonicalizer.rdfc();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Callable<List<String>> task = () -> {
                    start.await();
                    List<String> results = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        results.add(shared.canonicalize(doc));
                    }
                    return results;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (Future<List<String>> future : futures) {
                assertThat(future.get(60, TimeUnit.SECONDS)).hasSize(20).containsOnly(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
