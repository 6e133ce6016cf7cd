package org.badgekit.sign;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.badgekit.json.JsonCodec;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.resolve.ResolvedDocument;

/** An in-memory resolver for tests: URL (without fragment) to JSON document. */
final class MapResolver implements DocumentResolver {
    private final Map<String, String> documents = new HashMap<>();

    MapResolver put(String url, JsonNode document) {
        documents.put(url, JsonCodec.write(document));
        return this;
    }

    @Override
    public Optional<ResolvedDocument> resolve(URI uri) {
        String key = uri.toString();
        int hash = key.indexOf('#');
        String body = documents.get(hash < 0 ? key : key.substring(0, hash));
        return Optional.ofNullable(body).map(b -> ResolvedDocument.of(uri, b.getBytes(StandardCharsets.UTF_8), "application/json"));
    }
}
