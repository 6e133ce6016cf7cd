package org.badgekit.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The JSON-LD 1.1 Context Processing and Create Term Definition algorithms for the subset the bundled contexts use: remote
 * contexts that are bundled, {@code @version}, {@code @vocab} (absolute), {@code @protected}, terms whose {@code @id} is an
 * absolute or compact IRI or an {@code @id}/{@code @type} alias, type mappings, {@code @set}/{@code @list}/{@code @graph}
 * containers, scoped contexts and {@code "@context": null}. Anything else ({@code @base}, {@code @language},
 * {@code @import}, {@code @propagate}, {@code @reverse}, {@code @nest}, index/language/id/type maps, protected-term
 * conflicts, ...) throws {@link OutsideSubset} so Titanium handles the document.
 *
 * @see <a href="https://www.w3.org/TR/json-ld11-api/#context-processing-algorithm">JSON-LD 1.1 context processing</a>
 */
final class ContextCompiler {
    private static final Set<String> TERM_KEYS = Set.of("@id", "@type", "@container", "@context", "@protected");
    private static final List<Set<String>> CONTAINERS = List.of(Set.of("@set"), Set.of("@list"), Set.of("@graph"),
            Set.of("@graph", "@set"));
    private static final BigDecimal VERSION_1_1 = new BigDecimal("1.1");
    /** Nested remote contexts beyond this depth are left to Titanium (its own limit reports the error). */
    private static final int MAX_REMOTE_DEPTH = 8;

    /**
     * Derived contexts memoized per compiler, all contexts together. Real credentials need a few dozen; hostile documents
     * nesting ever other types would otherwise grow the memo without end in a long-running verifier.
     */
    static final int MAX_MEMOIZED = 4096;

    private final Function<String, Optional<JsonNode>> remote;
    private final AtomicInteger memoized = new AtomicInteger();

    /** @param remote the parsed context document for a URL, or empty when the URL is not available offline */
    ContextCompiler(Function<String, Optional<JsonNode>> remote) {
        this.remote = Objects.requireNonNull(remote, "remote");
    }

    /** Takes one of the {@link #MAX_MEMOIZED} memo slots; false when they are all taken. */
    boolean reserveMemoSlot() {
        return memoized.getAndUpdate(n -> n < MAX_MEMOIZED ? n + 1 : n) < MAX_MEMOIZED;
    }

    /** Memo slots taken so far. */
    int memoizedContexts() {
        return memoized.get();
    }

    /** The initial (empty) active context. */
    CompiledContext initial() {
        return new CompiledContext(Map.of(), null, null);
    }

    /** Processes {@code local} on top of {@code active} (JSON-LD 1.1 Context Processing, base URL of {@code local}). */
    CompiledContext process(CompiledContext active, JsonNode local, String baseUrl, boolean overrideProtected, boolean propagate) {
        return process(active, local, baseUrl, overrideProtected, propagate, new ArrayDeque<>());
    }

    private CompiledContext process(CompiledContext active, JsonNode local, String baseUrl, boolean overrideProtected,
            boolean propagate, Deque<String> remoteChain) {
        if (local.isObject() && local.has("@propagate")) {
            throw new OutsideSubset("@propagate");
        }
        Draft result = new Draft(active);
        if (!propagate && result.previous == null) {
            result.previous = active;
        }
        Iterable<JsonNode> items = local.isArray() ? local : List.of(local);
        for (JsonNode item : items) {
            switch (item.getNodeType()) {
                case NULL:
                    if (!propagate) {
                        throw new OutsideSubset("non-propagated null context");
                    }
                    if (!overrideProtected && result.hasProtectedTerm()) {
                        throw new OutsideSubset("null context over protected terms");
                    }
                    result = new Draft(initial());
                    break;
                case STRING:
                    result = new Draft(remoteContext(result.freeze(), item.textValue(), remoteChain));
                    break;
                case OBJECT:
                    definitions(result, item, baseUrl, overrideProtected);
                    break;
                default:
                    throw new OutsideSubset("context of type " + item.getNodeType());
            }
        }
        return result.freeze();
    }

    private CompiledContext remoteContext(CompiledContext active, String url, Deque<String> remoteChain) {
        if (remoteChain.contains(url) || remoteChain.size() >= MAX_REMOTE_DEPTH) {
            throw new OutsideSubset("remote context cycle or depth at " + url);
        }
        JsonNode document = remote.apply(url).orElseThrow(() -> new OutsideSubset("context not bundled: " + url));
        if (!document.isObject() || !document.has("@context")) {
            throw new OutsideSubset("context document without @context: " + url);
        }
        remoteChain.push(url);
        try {
            return process(active, document.get("@context"), url, false, true, remoteChain);
        } finally {
            remoteChain.pop();
        }
    }

    private void definitions(Draft result, JsonNode context, String baseUrl, boolean overrideProtected) {
        boolean protectedDefault = false;
        for (Map.Entry<String, JsonNode> entry : context.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            switch (key) {
                case "@version":
                    if (!value.isNumber() || value.decimalValue().compareTo(VERSION_1_1) != 0) {
                        throw new OutsideSubset("@version " + value);
                    }
                    break;
                case "@vocab":
                    result.vocab = vocabulary(result, value);
                    break;
                case "@protected":
                    protectedDefault = bool(value, "@protected");
                    break;
                default:
                    if (key.startsWith("@")) {
                        throw new OutsideSubset("context keyword " + key);
                    }
            }
        }
        Local scope = new Local(result, context, new HashMap<>(), baseUrl, protectedDefault, overrideProtected);
        for (Iterator<String> keys = context.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!key.startsWith("@")) {
                define(scope, key);
            }
        }
    }

    /** One local context object being defined into {@code result}, with the algorithm's "defined" map. */
    private record Local(Draft result, JsonNode context, Map<String, Boolean> defined, String baseUrl,
            boolean protectedDefault, boolean overrideProtected) {}

    private static String vocabulary(Draft result, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new OutsideSubset("@vocab " + value);
        }
        String vocab = value.textValue();
        if (!Iris.isAbsolute(vocab) || result.terms.containsKey(vocab)) {
            throw new OutsideSubset("@vocab " + vocab);
        }
        return vocab;
    }

    /** Create Term Definition (JSON-LD 1.1 section 4.2.2) for the supported subset. */
    private void define(Local scope, String term) {
        Draft result = scope.result();
        Map<String, Boolean> defined = scope.defined();
        Boolean state = defined.get(term);
        if (Boolean.TRUE.equals(state)) {
            return;
        }
        if (state != null || term.isEmpty() || term.startsWith("@")) {
            throw new OutsideSubset("term '" + term + "'");
        }
        defined.put(term, Boolean.FALSE);
        JsonNode value = scope.context().get(term);
        CompiledTerm previous = result.terms.remove(term);
        boolean simple = value.isTextual();
        JsonNode definition;
        if (simple) {
            definition = null;
        } else if (value.isObject()) {
            definition = value;
            for (Iterator<String> keys = definition.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!TERM_KEYS.contains(key)) {
                    throw new OutsideSubset("term definition key " + key);
                }
            }
        } else {
            throw new OutsideSubset("term definition of type " + value.getNodeType());
        }
        boolean isProtected = definition != null && definition.has("@protected")
                ? bool(definition.get("@protected"), "@protected") : scope.protectedDefault();
        String type = null;
        if (definition != null && definition.has("@type")) {
            type = expand(scope, string(definition.get("@type"), "@type"));
            if (!"@id".equals(type) && !"@vocab".equals(type) && !"@json".equals(type) && !Iris.isAbsolute(type)) {
                throw new OutsideSubset("type mapping " + type);
            }
        }
        JsonNode idValue = simple ? value : definition.get("@id");
        String iri;
        boolean prefix = false;
        if (idValue != null && !(idValue.isTextual() && idValue.textValue().equals(term))) {
            String id = string(idValue, "@id");
            if (term.indexOf(':') >= 0 || term.indexOf('/') >= 0) {
                throw new OutsideSubset("term that looks like an IRI: " + term);
            }
            iri = expand(scope, id);
            if (Keywords.is(iri)) {
                if (!"@id".equals(iri) && !"@type".equals(iri)) {
                    throw new OutsideSubset("alias of " + iri);
                }
            } else if (!Iris.isAbsolute(iri)) {
                throw new OutsideSubset("IRI mapping " + iri);
            } else {
                prefix = simple && Iris.endsWithGenDelim(iri);
            }
        } else if (term.indexOf(':') >= 0 || term.indexOf('/') >= 0 || result.vocab == null) {
            throw new OutsideSubset("term without @id: " + term);
        } else {
            iri = result.vocab + term;
        }
        Set<String> container = definition == null ? Set.of() : container(definition.get("@container"));
        JsonNode scoped = definition == null ? null : definition.get("@context");
        CompiledTerm made = new CompiledTerm(iri, type, container, scoped, scoped == null ? null : scope.baseUrl(), prefix,
                isProtected);
        if (!scope.overrideProtected() && previous != null && previous.isProtected) {
            if (!made.sameExceptProtected(previous)) {
                throw new OutsideSubset("protected term redefinition: " + term);
            }
            made = previous;
        }
        result.terms.put(term, made);
        defined.put(term, Boolean.TRUE);
    }

    /** IRI expansion inside a context: vocab-relative, never document-relative (contexts here have no @base). */
    private String expand(Local scope, String value) {
        Draft result = scope.result();
        JsonNode local = scope.context();
        Map<String, Boolean> defined = scope.defined();
        if (Keywords.is(value)) {
            return value;
        }
        if (Keywords.looksLikeKeyword(value)) {
            throw new OutsideSubset("keyword-like value " + value);
        }
        if (local.has(value) && !Boolean.TRUE.equals(defined.get(value))) {
            define(scope, value);
        }
        CompiledTerm term = result.terms.get(value);
        if (term != null) {
            return term.iri;
        }
        int colon = value.indexOf(':', 1);
        if (colon > 0) {
            String prefix = value.substring(0, colon);
            String suffix = value.substring(colon + 1);
            if ("_".equals(prefix) || suffix.startsWith("//")) {
                return value;
            }
            if (local.has(prefix) && !Boolean.TRUE.equals(defined.get(prefix))) {
                define(scope, prefix);
            }
            CompiledTerm prefixTerm = result.terms.get(prefix);
            if (prefixTerm != null && prefixTerm.iri != null && prefixTerm.prefix) {
                return prefixTerm.iri + suffix;
            }
            if (Iris.isAbsolute(value)) {
                return value;
            }
        }
        if (result.vocab != null) {
            return result.vocab + value;
        }
        throw new OutsideSubset("relative IRI in a context: " + value);
    }

    private static Set<String> container(JsonNode value) {
        if (value == null) {
            return Set.of();
        }
        Set<String> values = new HashSet<>();
        if (value.isArray()) {
            for (JsonNode item : value) {
                values.add(string(item, "@container"));
            }
        } else {
            values.add(string(value, "@container"));
        }
        if (!CONTAINERS.contains(values)) {
            throw new OutsideSubset("@container " + values);
        }
        return values;
    }

    private static String string(JsonNode value, String what) {
        if (value == null || !value.isTextual()) {
            throw new OutsideSubset(what + " is not a string");
        }
        return value.textValue();
    }

    private static boolean bool(JsonNode value, String what) {
        if (!value.isBoolean()) {
            throw new OutsideSubset(what + " is not a boolean");
        }
        return value.booleanValue();
    }

    /** The context being built: a copy of the active one's terms, changed in place, then frozen. */
    private static final class Draft {
        final Map<String, CompiledTerm> terms;
        String vocab;
        CompiledContext previous;

        Draft(CompiledContext from) {
            this.terms = new HashMap<>(from.terms());
            this.vocab = from.vocab();
            this.previous = from.previous();
        }

        boolean hasProtectedTerm() {
            return terms.values().stream().anyMatch(term -> term.isProtected);
        }

        CompiledContext freeze() {
            return new CompiledContext(Map.copyOf(terms), vocab, previous);
        }
    }
}
