package org.badgekit.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.resolve.ResolvedDocument;

/** Test-only contexts (the W3C credentials examples contexts) served through a {@link DocumentResolver}, and resource loading. */
public final class TestContexts {
    private static final Map<String, String> EXAMPLES = Map.of(
            "https://www.w3.org/ns/credentials/examples/v2", "/org/badgekit/jsonld/contexts/credentials-examples-v2.jsonld",
            "https://www.w3.org/2018/credentials/examples/v1", "/org/badgekit/jsonld/contexts/credentials-examples-v1.jsonld");

    private TestContexts() {}

    /** Resolves the credentials examples contexts v1 and v2 from test resources. */
    public static DocumentResolver examples() {
        return uri -> {
            String resource = EXAMPLES.get(uri.toString());
            return resource == null ? Optional.empty() : Optional.of(ResolvedDocument.of(uri, bytes(resource), null));
        };
    }

    /** A resolver answering from an in-memory map of URL to JSON. */
    public static DocumentResolver of(Map<String, JsonNode> documents) {
        return uri -> {
            String key = uri.toString();
            int hash = key.indexOf('#');
            JsonNode doc = documents.get(hash < 0 ? key : key.substring(0, hash));
            return doc == null ? Optional.empty()
                    : Optional.of(ResolvedDocument.of(URI.create(key), JsonCodec.write(doc).getBytes(), null));
        };
    }

    /** A classpath resource as bytes. */
    public static byte[] bytes(String resource) {
        try (InputStream in = TestContexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("test resource " + resource + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A classpath JSON object resource. */
    public static ObjectNode json(String resource) throws BadgeException {
        return (ObjectNode) JsonCodec.parse(resource, bytes(resource));
    }
}
