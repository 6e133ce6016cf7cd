package org.badgekit.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON-LD expansion and "deserialize to RDF" fused into one walk over the Jackson tree, for documents inside the subset the
 * Verifiable Credentials and Open Badges contexts need: node objects, {@code @id}/{@code @type} (with type-scoped contexts),
 * property-scoped contexts, IRI, {@code @vocab} and datatype coercion, {@code @list} and {@code @graph} containers, strings,
 * integers and booleans. The quads equal those of Titanium's expansion + toRdf (up to blank node labels, which RDFC-1.0
 * replaces); {@code DirectToRdfEquivalenceTest} checks that over every shared example and thousands of mutations.
 *
 * <p>Everything else (value objects, {@code @json}, doubles, embedded contexts, relative IRIs, terms only the {@code @vocab}
 * defines, ...) throws {@link OutsideSubset} before anything is trusted, and the caller runs Titanium instead, so errors and
 * safe-mode verdicts always come from the full processor. One instance per document; not thread-safe.
 *
 * @see <a href="https://www.w3.org/TR/json-ld11-api/#expansion-algorithm">JSON-LD 1.1 expansion</a>
 * @see <a href="https://www.w3.org/TR/json-ld11-api/#deserialize-json-ld-to-rdf-algorithm">JSON-LD 1.1 to RDF</a>
 */
final class DirectToRdf {
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String RDF_TYPE = RDF + "type";
    private static final String RDF_FIRST = RDF + "first";
    private static final String RDF_REST = RDF + "rest";
    private static final String RDF_NIL = RDF + "nil";
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final String XSD_STRING = XSD + "string";
    private static final String XSD_INTEGER = XSD + "integer";
    private static final String XSD_BOOLEAN = XSD + "boolean";
    private static final String XSD_DOUBLE = XSD + "double";
    private static final String XSD_FLOAT = XSD + "float";
    private static final BigDecimal TEN_TO_21 = BigDecimal.ONE.movePointRight(21);

    /** An RDF object: an IRI or blank node ({@code datatype} null) or a literal. */
    private record Term(String value, String datatype) {}

    private final ContextCompiler compiler;
    private final Rdfc10 out;
    private final Map<String, String> documentBlankNodes = new HashMap<>();
    private int blankNodes;

    private DirectToRdf(ContextCompiler compiler, Rdfc10 out) {
        this.compiler = compiler;
        this.out = out;
    }

    /**
     * Emits the quads of {@code document} (a JSON object whose top-level {@code @context} was compiled into {@code context}).
     *
     * @throws OutsideSubset when the document needs JSON-LD this class does not implement; quads may already have been emitted
     */
    static void emit(CompiledContext context, ObjectNode document, ContextCompiler compiler, Rdfc10 out) {
        new DirectToRdf(compiler, out).node(context, null, document, null, true);
    }

    /** Expansion steps 7-13 for a node object, then its quads; returns its subject. */
    private String node(CompiledContext incoming, CompiledTerm property, ObjectNode element, String graph, boolean top) {
        CompiledContext active = incoming;
        // step 7: a type-scoped context does not reach into nested node objects (unless the element is a lone reference)
        if (active.previous() != null && !isLoneReference(active, element)) {
            active = active.previous();
        }
        // step 8: the property's scoped context, looked up in the context the property was expanded with
        if (property != null && property.scoped != null) {
            active = active.withPropertyScoped(property, compiler);
        }
        String typeKey = null;
        String idKey = null;
        for (Map.Entry<String, JsonNode> field : element.properties()) {
            String key = field.getKey();
            if ("@context".equals(key)) {
                if (!top) {
                    throw new OutsideSubset("embedded @context");
                }
                continue;
            }
            String keyword = keywordOf(active, key);
            if ("@type".equals(keyword)) {
                if (typeKey != null) {
                    throw new OutsideSubset("two @type entries");
                }
                typeKey = key;
            } else if ("@id".equals(keyword)) {
                if (idKey != null) {
                    throw new OutsideSubset("two @id entries");
                }
                idKey = key;
            }
        }
        // steps 10-11: type-scoped contexts in lexical order of the (compact) types; types expand in the context before them
        CompiledContext typeScoped = active;
        String[] types = typeKey == null ? new String[0] : strings(element.get(typeKey));
        String[] sorted = types.clone();
        Arrays.sort(sorted);
        for (String type : sorted) {
            CompiledTerm term = typeScoped.term(type);
            if (term != null && term.scoped != null) {
                active = active.withTypeScoped(term, compiler);
            }
        }
        String subject = idKey == null ? freshBlankNode() : reference(active, element.get(idKey), false);
        for (String type : types) {
            String iri = expandIri(typeScoped, type, true);
            if (Iris.isBlankNode(iri) || Keywords.is(iri)) {
                throw new OutsideSubset("blank node or keyword type");
            }
            out.quad(subject, RDF_TYPE, iri, null, null, null, graph);
        }
        for (Map.Entry<String, JsonNode> field : element.properties()) {
            String key = field.getKey();
            if ("@context".equals(key) || key.equals(typeKey) || key.equals(idKey)) {
                continue;
            }
            String predicate = expandIri(active, key, true);
            if (Keywords.is(predicate) || Iris.isBlankNode(predicate)) {
                throw new OutsideSubset("keyword or blank node property " + key);
            }
            property(active, key, active.term(key), field.getValue(), subject, predicate, graph);
        }
        return subject;
    }

    private void property(CompiledContext active, String key, CompiledTerm term, JsonNode value, String subject,
            String predicate, String graph) {
        if (term != null && term.isList()) {
            if (value.isNull()) {
                throw new OutsideSubset("null list");
            }
            Term head = list(active, key, term, value, graph);
            out.quad(subject, predicate, head.value(), null, null, null, graph);
            return;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                property(active, key, term, item, subject, predicate, graph);
            }
            return;
        }
        if (value.isNull()) {
            return;
        }
        if (term != null && term.isGraph()) {
            if (!value.isObject()) {
                throw new OutsideSubset("non-object in a @graph container");
            }
            String name = freshBlankNode();
            out.quad(subject, predicate, name, null, null, null, graph);
            node(active, term, (ObjectNode) value, name, false);
            return;
        }
        Term object = item(active, key, term, value, graph);
        out.quad(subject, predicate, object.value(), object.datatype(), null, null, graph);
    }

    /** A list container's value: rdf:first/rdf:rest nodes, or rdf:nil when empty. */
    private Term list(CompiledContext active, String key, CompiledTerm term, JsonNode value, String graph) {
        List<Term> items = new ArrayList<>();
        for (JsonNode item : value.isArray() ? value : List.of(value)) {
            if (item.isArray()) {
                throw new OutsideSubset("list of lists");
            }
            if (!item.isNull()) {
                items.add(item(active, key, term, item, graph));
            }
        }
        if (items.isEmpty()) {
            return new Term(RDF_NIL, null);
        }
        String head = freshBlankNode();
        String current = head;
        for (int i = 0; i < items.size(); i++) {
            Term item = items.get(i);
            out.quad(current, RDF_FIRST, item.value(), item.datatype(), null, null, graph);
            String next = i + 1 < items.size() ? freshBlankNode() : RDF_NIL;
            out.quad(current, RDF_REST, next, null, null, null, graph);
            current = next;
        }
        return new Term(head, null);
    }

    /** One non-array value: a nested node object (its quads emitted) or a scalar after value expansion. */
    private Term item(CompiledContext active, String key, CompiledTerm term, JsonNode value, String graph) {
        if (value.isObject()) {
            return new Term(node(active, term, (ObjectNode) value, graph, false), null);
        }
        CompiledContext scope = active;
        CompiledTerm coercion = term;
        if (term != null && term.scoped != null) {
            // expansion step 4: a scalar is expanded in the property-scoped context, with the term as defined there
            scope = active.withPropertyScoped(term, compiler);
            coercion = scope.term(key);
        }
        String type = coercion == null ? null : coercion.type;
        if (value.isTextual()) {
            String text = value.textValue();
            if ("@id".equals(type)) {
                return new Term(reference(scope, value, false), null);
            }
            if ("@vocab".equals(type)) {
                return new Term(reference(scope, value, true), null);
            }
            if ("@json".equals(type)) {
                throw new OutsideSubset("@json value");
            }
            return new Term(text, type == null ? XSD_STRING : type);
        }
        if ("@json".equals(type)) {
            throw new OutsideSubset("@json value");
        }
        // to RDF steps 10-13: @id/@vocab coercion leaves numbers and booleans alone, a datatype keeps its IRI
        String datatype = "@id".equals(type) || "@vocab".equals(type) ? null : type;
        if (value.isBoolean()) {
            return new Term(value.booleanValue() ? "true" : "false", datatype == null ? XSD_BOOLEAN : datatype);
        }
        if (value.isNumber()) {
            return new Term(integerLexical(value, datatype), datatype == null ? XSD_INTEGER : datatype);
        }
        throw new OutsideSubset("value of type " + value.getNodeType());
    }

    /**
     * A number's xsd:integer form, decided as Titanium's {@code JsonLdToRdf} decides it (for the JSON-P number
     * {@code JakartaJson} makes of the Jackson node): integral (or with a zero fraction), below 10^21, and not typed
     * {@code xsd:double} or {@code xsd:float}. The xsd:double form is left to Titanium.
     */
    private static String integerLexical(JsonNode value, String datatype) {
        boolean integral = value.isIntegralNumber();
        BigDecimal number = integral ? new BigDecimal(value.bigIntegerValue()) : value.decimalValue();
        boolean parssonIntegral = integral || number.scale() == 0;
        if (!parssonIntegral && number.doubleValue() % -1.0 != 0 || XSD_DOUBLE.equals(datatype) || XSD_FLOAT.equals(datatype)
                || number.compareTo(TEN_TO_21) >= 0) {
            throw new OutsideSubset("number in xsd:double form");
        }
        return number.toBigInteger().toString();
    }

    /** An {@code @id} value or an IRI-coerced string: an absolute IRI or a (relabelled) blank node. */
    private String reference(CompiledContext active, JsonNode value, boolean vocab) {
        if (!value.isTextual()) {
            throw new OutsideSubset("@id that is not a string");
        }
        String iri = expandIri(active, value.textValue(), vocab);
        if (Keywords.is(iri)) {
            throw new OutsideSubset("keyword as a reference: " + iri);
        }
        if (Iris.isBlankNode(iri)) {
            if (iri.length() == 2) {
                throw new OutsideSubset("empty blank node label");
            }
            return documentBlankNodes.computeIfAbsent(iri, label -> "_:d" + documentBlankNodes.size());
        }
        return iri;
    }

    /**
     * IRI expansion of a document value: terms (when {@code vocab}), compact IRIs with a prefix term, absolute IRIs and blank
     * nodes. What would need the {@code @vocab} mapping or a base IRI is left to Titanium (safe mode decides about it there).
     */
    private static String expandIri(CompiledContext active, String value, boolean vocab) {
        if (Keywords.is(value)) {
            return value;
        }
        if (Keywords.looksLikeKeyword(value)) {
            throw new OutsideSubset("keyword-like value " + value);
        }
        if (vocab) {
            CompiledTerm term = active.term(value);
            if (term != null) {
                if (term.iri == null) {
                    throw new OutsideSubset("term mapped to null: " + value);
                }
                return term.iri;
            }
        }
        int colon = value.indexOf(':', 1);
        if (colon > 0) {
            String prefix = value.substring(0, colon);
            if ("_".equals(prefix)) {
                return value;
            }
            String suffix = value.substring(colon + 1);
            CompiledTerm prefixTerm = suffix.startsWith("//") ? null : active.term(prefix);
            String iri = prefixTerm != null && prefixTerm.iri != null && prefixTerm.prefix ? prefixTerm.iri + suffix : value;
            if (Iris.isAbsolute(iri)) {
                return iri;
            }
        }
        throw new OutsideSubset("not an absolute IRI without @vocab or a base: " + value);
    }

    /** The keyword a key stands for ({@code @id}, {@code @type}, ...) in {@code active}, or null for a property. */
    private static String keywordOf(CompiledContext active, String key) {
        if (key.startsWith("@")) {
            if (!Keywords.is(key)) {
                throw new OutsideSubset("keyword-like key " + key);
            }
            return key;
        }
        CompiledTerm term = active.term(key);
        return term != null && Keywords.is(term.iri) ? term.iri : null;
    }

    /** Expansion step 7's exception: an object with exactly one entry, which expands to {@code @id}. */
    private static boolean isLoneReference(CompiledContext active, ObjectNode element) {
        if (element.size() != 1) {
            return false;
        }
        return "@id".equals(keywordOf(active, element.fieldNames().next()));
    }

    private static String[] strings(JsonNode types) {
        if (types.isTextual()) {
            return new String[] {types.textValue()};
        }
        if (!types.isArray()) {
            throw new OutsideSubset("@type that is not a string or an array");
        }
        String[] values = new String[types.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode type = types.get(i);
            if (!type.isTextual()) {
                throw new OutsideSubset("@type entry that is not a string");
            }
            values[i] = type.textValue();
        }
        return values;
    }

    private String freshBlankNode() {
        return "_:g" + blankNodes++;
    }
}
