package org.badgekit.jsonld;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.expansion.Expansion;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import com.apicatalog.jsonld.processor.ToRdfProcessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.badgekit.BadgeException;
import org.badgekit.resolve.DocumentResolver;

/**
 * RDFC-1.0 with SHA-256 ({@link Rdfc10}) over Titanium's expansion and toRdf, contexts from an {@link OfflineDocumentLoader}.
 *
 * <p>Stateless apart from two concurrent caches (the loader's parsed resolver-supplied contexts and the processed active
 * context per distinct top-level {@code @context}, which Titanium never mutates once built: scoped contexts copy it); safe to
 * share.
 */
final class RdfcCanonicalizer implements Canonicalizer {
    /** At most this many distinct top-level {@code @context} values keep their processed form, so hostile input cannot grow memory. */
    static final int MAX_CACHED_CONTEXTS = 64;

    private final boolean safe;
    private final JsonLdOptions options;
    private final ProcessingRuntime runtime;
    private final Map<JsonNode, ActiveContext> contexts = new ConcurrentHashMap<>();
    /** Compiled contexts for {@link DirectToRdf}, per distinct top-level {@code @context}; {@link #NOT_DIRECT} when outside it. */
    private final Map<JsonNode, CompiledContext> compiled = new ConcurrentHashMap<>();
    private final ContextCompiler compiler = new ContextCompiler(BundledContexts.instance()::json);
    private final boolean direct;
    private final LongAdder directDocuments = new LongAdder();

    private RdfcCanonicalizer(OfflineDocumentLoader loader, boolean safe, boolean direct) {
        this.safe = safe;
        this.direct = direct;
        JsonLdOptions opts = new JsonLdOptions(loader);
        // Titanium's default caches are not thread-safe; the loader keeps parsed contexts, this class the processed ones
        opts.setContextCache(null);
        opts.setDocumentCache(null);
        opts.setUndefinedTermsPolicy(safe ? JsonLdOptions.ProcessingPolicy.Fail : JsonLdOptions.ProcessingPolicy.Ignore);
        this.options = opts;
        this.runtime = ProcessingRuntime.of(opts);
    }

    /**
     * A canonicalizer that takes {@link DirectToRdf}'s path where it can, unless the system property
     * {@value #DIRECT_PROPERTY} is {@code false} (every document then goes through Titanium: for A/B benchmarks, and as an
     * escape hatch should the two ever disagree).
     */
    static RdfcCanonicalizer create(DocumentResolver extraContexts, boolean safe) {
        return create(extraContexts, safe, !"false".equalsIgnoreCase(System.getProperty(DIRECT_PROPERTY)));
    }

    /** The system property that switches the direct path off. */
    static final String DIRECT_PROPERTY = "badgekit.jsonld.direct";

    /** @param direct whether documents inside {@link DirectToRdf}'s subset skip Titanium (false only to compare the two) */
    static RdfcCanonicalizer create(DocumentResolver extraContexts, boolean safe, boolean direct) {
        Objects.requireNonNull(extraContexts, "extraContexts");
        return new RdfcCanonicalizer(new OfflineDocumentLoader(BundledContexts.instance(), extraContexts), safe, direct);
    }

    /** How many documents were canonicalized without Titanium so far (tests and benchmarks check the fast path is taken). */
    long directDocuments() {
        return directDocuments.sum();
    }

    @Override
    public String canonicalize(JsonNode document) throws BadgeException {
        Objects.requireNonNull(document, "document");
        if (!document.isObject() && !document.isArray()) {
            throw new BadgeException(BadgeException.Code.INVALID_INPUT,
                    "JSON-LD document is a " + document.getNodeType() + ", expected a JSON object or array");
        }
        if (direct && document.isObject()) {
            String canonical = canonicalizeDirect((ObjectNode) document);
            if (canonical != null) {
                return canonical;
            }
        }
        try {
            JsonArray expanded = expand(document);
            if (safe) {
                SafeMode.check(expanded, document);
            }
            Rdfc10 canon = new Rdfc10();
            // toRdf straight from the expanded form: no second expansion
            ToRdfProcessor.toRdf(canon, expanded, options);
            return canon.canonicalNQuads();
        } catch (JsonLdError e) {
            throw translate(e, document);
        } catch (IllegalStateException e) {
            // RDFC-1.0 aborts on "poisoned" datasets whose blank-node hashing would explode
            throw new BadgeException(BadgeException.Code.INVALID_INPUT,
                    "JSON-LD document cannot be canonicalized with RDFC-1.0: " + e.getMessage(), e);
        }
    }

    /**
     * The canonical form through {@link DirectToRdf}, or null when the document (or its context) is outside its subset; any
     * error is then Titanium's to report. A top-level context qualifies when it is one or more bundled context URLs that the
     * {@link ContextCompiler} accepts.
     */
    private String canonicalizeDirect(ObjectNode document) {
        JsonNode context = document.get("@context");
        if (context == null) {
            return null;
        }
        CompiledContext root = compiled.get(context);
        if (root == null) {
            root = compile(context);
            if (compiled.size() < MAX_CACHED_CONTEXTS) {
                compiled.putIfAbsent(context.deepCopy(), root);
            }
        }
        if (root == NOT_DIRECT) {
            return null;
        }
        Rdfc10 canon = new Rdfc10();
        try {
            DirectToRdf.emit(root, document, compiler, canon);
            String canonical = canon.canonicalNQuads();
            directDocuments.increment();
            return canonical;
        } catch (OutsideSubset | IllegalStateException e) {
            // outside the subset, or an RDFC-1.0 abort: Titanium's path decides and words the error
            return null;
        }
    }

    /** Why {@code document} is not canonicalized directly, or null when it is (for tests and diagnostics). */
    String whyNotDirect(ObjectNode document) {
        JsonNode context = document.get("@context");
        CompiledContext root = context == null ? NOT_DIRECT : compile(context);
        if (root == NOT_DIRECT) {
            return "top-level @context outside the subset";
        }
        try {
            DirectToRdf.emit(root, document, compiler, new Rdfc10());
            return null;
        } catch (OutsideSubset e) {
            return e.getMessage();
        }
    }

    private static final CompiledContext NOT_DIRECT = new CompiledContext(Map.of(), null, null);

    private CompiledContext compile(JsonNode context) {
        boolean urls = context.isTextual() || context.isArray() && context.size() > 0;
        for (JsonNode url : context.isArray() ? context : java.util.List.of(context)) {
            urls &= url.isTextual() && BundledContexts.instance().entry(url.textValue()).isPresent();
        }
        if (!urls) {
            return NOT_DIRECT;
        }
        // no Titanium run here (it would load and warm its whole context machinery on every cold start): the compiler refuses
        // what it cannot mirror, and DirectToRdfEquivalenceTest checks every pair of bundled contexts against Titanium
        try {
            return compiler.process(compiler.initial(), context, null, false, true);
        } catch (OutsideSubset e) {
            return NOT_DIRECT;
        }
    }

    /**
     * JSON-LD expansion. A top-level object's {@code @context} is processed once per distinct value (the processed active
     * context is cached) and the rest of the object is expanded against it, exactly as the expansion algorithm's step 9 would;
     * anything else (arrays, no or non-propagating contexts) goes through Titanium's ordinary expansion.
     */
    private JsonArray expand(JsonNode document) throws JsonLdError {
        JsonNode context = document.get("@context");
        if (!document.isObject() || context == null) {
            return JsonLd.expand(JsonDocument.of((JsonStructure) JakartaJson.of(document))).options(options).get();
        }
        ActiveContext active = contexts.get(context);
        if (active == null) {
            active = new ActiveContext(null, null, runtime).newContext().create(JakartaJson.of(context), null);
            if (contexts.size() < MAX_CACHED_CONTEXTS) {
                contexts.putIfAbsent(context.deepCopy(), active);
            }
        }
        if (active.getPreviousContext() != null) {
            // "@propagate": false: expansion step 7 would see the initial context, not this one; keep Titanium's own order
            return JsonLd.expand(JsonDocument.of((JsonStructure) JakartaJson.of(document))).options(options).get();
        }
        JsonValue expanded = Expansion.with(active, JakartaJson.withoutContext(document), null, null)
                .frameExpansion(false).ordered(false).compute();
        if (expanded instanceof JsonObject && expanded.asJsonObject().size() == 1 && expanded.asJsonObject().containsKey("@graph")) {
            expanded = expanded.asJsonObject().get("@graph");
        }
        if (expanded == null || expanded.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        return expanded.getValueType() == JsonValue.ValueType.ARRAY ? expanded.asJsonArray()
                : JakartaJson.arrayOf(expanded);
    }

    private static BadgeException translate(JsonLdError e, JsonNode document) {
        String message = e.getMessage() == null ? e.getCode().toMessage() : e.getMessage();
        if (e.getCode() == JsonLdErrorCode.UNDEFINED_TERM) {
            String term = between(message, "[", "]");
            String pointer = term == null ? null : JsonPointers.ofKey(document, term);
            return new BadgeException(BadgeException.Code.INVALID_INPUT,
                    "property '" + term + "'" + (pointer == null ? "" : " at " + pointer)
                            + " is not defined by the @context (it would be dropped from the signed data)", pointer, e);
        }
        if (e.getCode() == JsonLdErrorCode.PROTECTED_TERM_REDEFINITION) {
            return new BadgeException(BadgeException.Code.INVALID_INPUT,
                    "the @context redefines a protected term: " + message, e);
        }
        if (e.getCode() == JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED
                || e.getCode() == JsonLdErrorCode.LOADING_DOCUMENT_FAILED) {
            // Titanium wraps the loader's error; the innermost one names the URL and the reason
            Throwable inner = e;
            while (inner.getCause() instanceof JsonLdError) {
                inner = inner.getCause();
            }
            if (inner.getCause() instanceof BadgeException) {
                BadgeException badge = (BadgeException) inner.getCause();
                return new BadgeException(badge.code(), inner.getMessage(), badge.location().orElse(null), e);
            }
            return new BadgeException(BadgeException.Code.INVALID_INPUT, inner.getMessage(), "/@context", e);
        }
        return new BadgeException(BadgeException.Code.INVALID_INPUT, "invalid JSON-LD (" + e.getCode() + "): " + message, e);
    }

    private static String between(String text, String open, String close) {
        int start = text.indexOf(open);
        int end = start < 0 ? -1 : text.indexOf(close, start + 1);
        return start < 0 || end < 0 ? null : text.substring(start + 1, end);
    }
}
