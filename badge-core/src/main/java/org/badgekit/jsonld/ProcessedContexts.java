package org.badgekit.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.expansion.Expansion;
import com.apicatalog.jsonld.json.JsonUtils;
import com.apicatalog.jsonld.lang.Keywords;
import com.apicatalog.jsonld.processor.ExpansionProcessor;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON-LD expansion that processes each top-level {@code @context} once and keeps the resulting Titanium active context, so
 * that the 10-25 kB VC and OB contexts are not processed again for every document (about half the cost of canonicalizing a
 * typical OB 3.0 credential).
 *
 * <p>Only a top-level {@code @context} that is one URL or an array of URLs is cached, which covers the credentials this project
 * writes and those it meets in practice; every other document goes through Titanium's own entry point unchanged. Expanding the
 * document minus its top-level {@code @context} under the cached context is what Titanium does itself: the
 * <a href="https://www.w3.org/TR/json-ld11-api/#expansion-algorithm">expansion algorithm</a> builds that same context from the
 * same value and (absent) base IRI in step 9, before anything else reads it, and skips the {@code @context} entry in step 13.1.
 * A context with {@code @propagate: false} at the top is not cached (step 7 would see it differently). Titanium copies an
 * active context before any change, so the cached ones are never modified and may be shared between threads; their runtime
 * has Titanium's non-thread-safe LRU caches switched off (the loader already serves parsed documents from memory).
 */
final class ProcessedContexts {
    /** At most this many distinct {@code @context} values are kept, so hostile input cannot grow memory. */
    static final int MAX_ENTRIES = 64;
    // one ServiceLoader lookup per JVM; the provider is stateless
    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private final JsonLdOptions options;
    private final int maxEntries;
    private final Map<List<String>, ActiveContext> cache = new ConcurrentHashMap<>();

    /** @param options loader and undefined-term policy for every expansion; not modified afterwards */
    ProcessedContexts(JsonLdOptions options) {
        this(options, MAX_ENTRIES);
    }

    ProcessedContexts(JsonLdOptions options, int maxEntries) {
        options.setContextCache(null);
        options.setDocumentCache(null);
        this.options = options;
        this.maxEntries = maxEntries;
    }

    /** The expanded form of {@code input}, as {@code JsonLd.expand(JsonDocument.of(input)).options(options).get()} gives it. */
    JsonArray expand(JsonStructure input) throws JsonLdError {
        ActiveContext context = input instanceof JsonObject ? contextOf((JsonObject) input) : null;
        if (context == null) {
            return ExpansionProcessor.expand(JsonDocument.of(input), options, false);
        }
        JsonObject body = withoutContext((JsonObject) input);
        JsonValue expanded = Expansion.with(context, body, null, null).frameExpansion(false).ordered(false).compute();
        // the tail of ExpansionProcessor.expand (JSON-LD 1.1 API, expand() steps 8.1 to 8.3)
        if (JsonUtils.isObject(expanded) && expanded.asJsonObject().size() == 1
                && expanded.asJsonObject().containsKey(Keywords.GRAPH)) {
            expanded = expanded.asJsonObject().get(Keywords.GRAPH);
        }
        return JsonUtils.isNull(expanded) ? JsonValue.EMPTY_JSON_ARRAY : JsonUtils.toJsonArray(expanded);
    }

    /** Number of cached contexts (for tests). */
    int size() {
        return cache.size();
    }

    private ActiveContext contextOf(JsonObject input) throws JsonLdError {
        List<String> key = urls(input.get(Keywords.CONTEXT));
        if (key == null) {
            return null;
        }
        ActiveContext cached = cache.get(key);
        if (cached == null) {
            cached = new ActiveContext(null, null, ProcessingRuntime.of(options)).newContext()
                    .create(input.get(Keywords.CONTEXT), null);
            if (cached.getPreviousContext() != null) {
                return null;
            }
            if (cache.size() < maxEntries) {
                cache.putIfAbsent(key, cached);
            }
        }
        return cached;
    }

    /** The URLs of a top-level {@code @context} that is a string or an array of strings, else null. */
    private static List<String> urls(JsonValue context) {
        if (context instanceof JsonString) {
            return List.of(((JsonString) context).getString());
        }
        if (!(context instanceof JsonArray) || ((JsonArray) context).isEmpty()) {
            return null;
        }
        List<String> urls = new ArrayList<>(((JsonArray) context).size());
        for (JsonValue item : (JsonArray) context) {
            if (!(item instanceof JsonString)) {
                return null;
            }
            urls.add(((JsonString) item).getString());
        }
        return List.copyOf(urls);
    }

    private static JsonObject withoutContext(JsonObject input) {
        JsonObjectBuilder builder = PROVIDER.createObjectBuilder();
        for (Map.Entry<String, JsonValue> entry : input.entrySet()) {
            if (!Keywords.CONTEXT.equals(entry.getKey())) {
                builder.add(entry.getKey(), entry.getValue());
            }
        }
        return builder.build();
    }
}
