package org.badgekit.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.badgekit.json.JsonCodec;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.resolve.ResolvedDocument;
import org.badgekit.testing.SharedSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our bundled copies must canonicalize exactly like the reference copies in {@code shared/spec/contexts}: each sample is
 * canonicalized once with the bundled contexts and once with every context URL rewritten to a test URL that serves the
 * reference file. Context URLs never appear in N-Quads, so any difference comes from the term definitions.
 */
class ReferenceContextsTest {
    private static final String TEST_PREFIX = "https://reference.test/";
    private static final Map<String, String> REFERENCE_FILES = Map.ofEntries(
            Map.entry("https://www.w3.org/2018/credentials/v1", "credentials-v1.jsonld"),
            Map.entry("https://www.w3.org/ns/credentials/v2", "credentials-v2.jsonld"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/context.json", "ob-v3p0-context.json"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json", "ob-v3p0-context-3.0.1.json"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json", "ob-v3p0-context-3.0.2.json"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "ob-v3p0-context-3.0.3.json"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json", "ob-v3p0-extensions.json"),
            Map.entry("https://w3id.org/openbadges/v2", "ob-v2.context.json"),
            Map.entry("https://w3id.org/security/data-integrity/v1", "data-integrity-v1.jsonld"),
            Map.entry("https://w3id.org/security/data-integrity/v2", "data-integrity-v2.jsonld"),
            Map.entry("https://w3id.org/security/suites/ed25519-2020/v1", "security-suites-ed25519-2020-v1.jsonld"),
            Map.entry("https://www.w3.org/ns/credentials/status/v1", "credentials-status-v1.jsonld"),
            Map.entry("https://w3id.org/security/multikey/v1", "multikey-v1.jsonld"),
            Map.entry("https://w3id.org/security/jwk/v1", "jwk-v1.jsonld"),
            Map.entry("https://www.w3.org/ns/did/v1", "did-v1.jsonld"),
            Map.entry("https://w3id.org/security/v2", "security-v2.jsonld"));

    private static DocumentResolver references(Path contexts) {
        return uri -> {
            String key = uri.toString();
            if (!key.startsWith(TEST_PREFIX)) {
                return Optional.empty();
            }
            try {
                Path file = contexts.resolve(key.substring(TEST_PREFIX.length()));
                return Optional.of(ResolvedDocument.of(URI.create(key), Files.readAllBytes(file), null));
            } catch (java.io.IOException e) {
                throw new org.badgekit.BadgeException(org.badgekit.BadgeException.Code.IO_ERROR, e.getMessage(), e);
            }
        };
    }

    private static JsonNode rewrite(JsonNode node) {
        if (node.isTextual() && REFERENCE_FILES.containsKey(node.textValue())) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(TEST_PREFIX + REFERENCE_FILES.get(node.textValue()));
        }
        if (node.isArray()) {
            ArrayNode copy = ((ArrayNode) node).arrayNode();
            node.forEach(item -> copy.add(rewrite(item)));
            return copy;
        }
        return node;
    }

    /** Rewrites every {@code @context} in the document, including those of embedded credentials (endorsements). */
    private static void rewriteAll(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.has("@context")) {
                object.set("@context", rewrite(object.get("@context")));
            }
            object.forEach(ReferenceContextsTest::rewriteAll);
        } else if (node.isArray()) {
            node.forEach(ReferenceContextsTest::rewriteAll);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/ob30/validator/simple.json", "examples/ob30/validator/simple_v1.json",
        "examples/ob30/validator/simple-eddsa-2022.json", "examples/ob30/validator/simple-context-version.json",
        "examples/ob30/validator/simple-did-key-method.json", "examples/ob30/validator/complete.json",
        "examples/ob30/validator/complete_v1.json", "examples/ob30/validator/bit-string-list/testlist",
        "examples/ob20/spec/Assertion.json", "examples/ob20/spec/BadgeClass.json",
        "test-vectors/ob-v3p0-eddsa-rdfc-2022/unsigned.json"})
    void bundledAndReferenceContextsGiveTheSameCanonicalNQuads(String sample) throws Exception {
        Path file = SharedSpec.spec(sample);
        ObjectNode doc = (ObjectNode) JsonCodec.parse(file.toString(), Files.readAllBytes(file));
        ObjectNode viaReference = doc.deepCopy();
        rewriteAll(viaReference);
        Canonicalizer unsafe = Canonicalizer.rdfcUnsafe(DocumentResolver.offline());
        Canonicalizer reference = Canonicalizer.rdfcUnsafe(references(SharedSpec.spec("contexts")));
        String bundled = unsafe.canonicalize(doc);
        assertThat(bundled).isNotEmpty();
        assertThat(reference.canonicalize(viaReference)).isEqualTo(bundled);
    }
}
