package org.badgekit.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Set;

/**
 * One term definition of a {@link CompiledContext} (JSON-LD 1.1 "Create Term Definition"), restricted to what
 * {@link ContextCompiler} accepts: an IRI mapping (absolute IRI, or the keywords {@code @id}/{@code @type} for aliases), an
 * optional type mapping, a container of {@code @set}, {@code @list} or {@code @graph}, and an optional scoped context.
 *
 * <p>Identity matters: derived contexts are memoized per term object, so equal-looking terms from different contexts are
 * distinct keys. {@link #sameExceptProtected} mirrors Titanium's {@code TermDefinition.isNotSameExcept} (the scoped contexts are
 * Jackson trees here, JSON-P values there; both compare by value).
 */
final class CompiledTerm {
    final String iri;
    final String type;
    final Set<String> container;
    final JsonNode scoped;
    final String baseUrl;
    final boolean prefix;
    final boolean isProtected;

    CompiledTerm(String iri, String type, Set<String> container, JsonNode scoped, String baseUrl, boolean prefix,
            boolean isProtected) {
        this.iri = iri;
        this.type = type;
        this.container = Set.copyOf(container);
        this.scoped = scoped;
        this.baseUrl = baseUrl;
        this.prefix = prefix;
        this.isProtected = isProtected;
    }

    boolean isList() {
        return container.contains("@list");
    }

    boolean isGraph() {
        return container.contains("@graph");
    }

    /** Whether a protected redefinition with {@code other} is allowed: every field but "protected" equal. */
    boolean sameExceptProtected(CompiledTerm other) {
        return Objects.equals(iri, other.iri) && Objects.equals(type, other.type) && container.equals(other.container)
                && Objects.equals(scoped, other.scoped) && Objects.equals(baseUrl, other.baseUrl) && prefix == other.prefix;
    }
}
