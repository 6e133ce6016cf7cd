package org.badgekit.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonStructure;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.badgekit.BadgeException;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.resolve.ResolvedDocument;

/**
 * Serves bundled contexts from memory and, only when the caller supplied a {@link DocumentResolver}, extra contexts through it.
 * Anything else fails with an error naming the URL: verification never fetches a context from the network by itself.
 */
final class OfflineDocumentLoader implements DocumentLoader {
    /** At most this many extra (resolver-supplied) contexts are kept parsed, so a hostile input cannot grow memory. */
    static final int MAX_EXTRA_CONTEXTS = 256;

    private final BundledContexts bundled;
    private final DocumentResolver extra;
    private final Map<String, JsonStructure> extraCache = new ConcurrentHashMap<>();

    OfflineDocumentLoader(BundledContexts bundled, DocumentResolver extra) {
        this.bundled = Objects.requireNonNull(bundled, "bundled");
        this.extra = Objects.requireNonNull(extra, "extra");
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String key = url.toString();
        Optional<JsonDocument> known = bundled.document(key);
        if (known.isPresent()) {
            return known.get();
        }
        JsonStructure cached = extraCache.get(key);
        if (cached == null) {
            cached = resolve(url);
            if (extraCache.size() < MAX_EXTRA_CONTEXTS) {
                extraCache.putIfAbsent(key, cached);
            }
        }
        JsonDocument document = JsonDocument.of(cached);
        document.setDocumentUrl(url);
        return document;
    }

    private JsonStructure resolve(URI url) throws JsonLdError {
        Optional<ResolvedDocument> found;
        try {
            found = extra.resolve(url);
        } catch (BadgeException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "context " + url + " could not be resolved: " + e.getMessage(), e);
        }
        if (found.isEmpty()) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "context " + url + " is not bundled and no resolver supplied it (contexts are never fetched from the network)");
        }
        try {
            return JsonDocument.of(new ByteArrayInputStream(found.get().content())).getJsonContent().orElseThrow(
                    () -> new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "context " + url + " is empty"));
        } catch (JsonLdError e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "context " + url + " is not a JSON document: " + e.getMessage(), e);
        }
    }
}
