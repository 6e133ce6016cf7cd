package org.badgekit.jsonld;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable JSON-LD active context built by {@link ContextCompiler}: term definitions, the vocabulary mapping and, for a
 * type-scoped context, the context to revert to in nested node objects.
 *
 * <p>The contexts derived from it by a scoped context (a type's or a property's) are memoized here, keyed by the term object
 * that carries the scoped context, so each is processed once per canonicalizer instead of once per typed node, which is where
 * Titanium spends a third of its time on Open Badges credentials. The memo is bounded per context and per compiler (see
 * {@link ContextCompiler#MAX_MEMOIZED}); past the bound a derived context is simply rebuilt each time.
 */
final class CompiledContext {
    /** Derived contexts kept per context and kind; the bundled contexts need a few dozen. */
    static final int MAX_DERIVED = 256;

    private final Map<String, CompiledTerm> terms;
    private final String vocab;
    private final CompiledContext previous;
    private final Map<CompiledTerm, CompiledContext> typeScoped = new ConcurrentHashMap<>();
    private final Map<CompiledTerm, CompiledContext> propertyScoped = new ConcurrentHashMap<>();

    CompiledContext(Map<String, CompiledTerm> terms, String vocab, CompiledContext previous) {
        this.terms = terms;
        this.vocab = vocab;
        this.previous = previous;
    }

    CompiledTerm term(String name) {
        return terms.get(name);
    }

    boolean hasTerm(String name) {
        return terms.containsKey(name);
    }

    Map<String, CompiledTerm> terms() {
        return terms;
    }

    String vocab() {
        return vocab;
    }

    /** The context nested node objects revert to (this one came from a type-scoped context), or null. */
    CompiledContext previous() {
        return previous;
    }

    boolean hasProtectedTerm() {
        for (CompiledTerm term : terms.values()) {
            if (term.isProtected) {
                return true;
            }
        }
        return false;
    }

    /** This context with {@code term}'s scoped context applied as a type-scoped context (not propagated, protection kept). */
    CompiledContext withTypeScoped(CompiledTerm term, ContextCompiler compiler) {
        return derived(typeScoped, term, compiler, false);
    }

    /** This context with {@code term}'s scoped context applied as a property-scoped context (may override protected terms). */
    CompiledContext withPropertyScoped(CompiledTerm term, ContextCompiler compiler) {
        return derived(propertyScoped, term, compiler, true);
    }

    private CompiledContext derived(Map<CompiledTerm, CompiledContext> memo, CompiledTerm term, ContextCompiler compiler,
            boolean propertyScope) {
        CompiledContext known = memo.get(term);
        if (known != null) {
            return known;
        }
        CompiledContext made = compiler.process(this, term.scoped, term.baseUrl, propertyScope, propertyScope);
        // two bounds: per context, and per compiler (nested types could otherwise chain ever new derived contexts)
        if (memo.size() < MAX_DERIVED && compiler.reserveMemoSlot()) {
            memo.putIfAbsent(term, made);
        }
        return made;
    }
}
