package org.badgekit.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.processor.ToRdfProcessor;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.JsonArray;
import jakarta.json.JsonStructure;
import java.util.Objects;
import org.badgekit.BadgeException;
import org.badgekit.resolve.DocumentResolver;

/**
 * RDFC-1.0 with SHA-256 ({@link Rdfc10}) over Titanium's expansion and toRdf, contexts from an {@link OfflineDocumentLoader}.
 *
 * <p>Stateless apart from the loader's cache of parsed resolver-supplied contexts and the {@link ProcessedContexts} of top-level
 * {@code @context}s, both concurrent; safe to share (and worth sharing: the first document with a given context pays for
 * processing it).
 */
final class RdfcCanonicalizer implements Canonicalizer {
    private final OfflineDocumentLoader loader;
    private final boolean safe;
    private final ProcessedContexts contexts;

    private RdfcCanonicalizer(OfflineDocumentLoader loader, boolean safe) {
        this.loader = loader;
        this.safe = safe;
        this.contexts = new ProcessedContexts(options(safe));
    }

    static RdfcCanonicalizer create(DocumentResolver extraContexts, boolean safe) {
        Objects.requireNonNull(extraContexts, "extraContexts");
        return new RdfcCanonicalizer(new OfflineDocumentLoader(BundledContexts.instance(), extraContexts), safe);
    }

    @Override
    public String canonicalize(JsonNode document) throws BadgeException {
        Objects.requireNonNull(document, "document");
        if (!document.isObject() && !document.isArray()) {
            throw new BadgeException(BadgeException.Code.INVALID_INPUT,
                    "JSON-LD document is a " + document.getNodeType() + ", expected a JSON object or array");
        }
        JsonStructure input = (JsonStructure) JakartaJson.of(document);
        try {
            Rdfc10 canon = new Rdfc10();
            // expansion fails on undefined terms in safe mode, so it equals the Ignore-policy expansion Titanium's toRdf
            // would repeat; the dataset is made straight from it
            JsonArray expanded = contexts.expand(input);
            if (safe) {
                SafeMode.check(expanded, document);
            }
            ToRdfProcessor.toRdf(canon, expanded, options(false));
            return canon.canonicalNQuads();
        } catch (JsonLdError e) {
            throw translate(e, document);
        } catch (IllegalStateException e) {
            // RDFC-1.0 aborts on "poisoned" datasets whose blank-node hashing would explode
            throw new BadgeException(BadgeException.Code.INVALID_INPUT,
                    "JSON-LD document cannot be canonicalized with RDFC-1.0: " + e.getMessage(), e);
        }
    }

    private JsonLdOptions options(boolean failOnUndefinedTerms) {
        // a fresh options object per call: Titanium's default caches are not thread-safe, and ours live in the loader
        JsonLdOptions options = new JsonLdOptions(loader);
        options.setUndefinedTermsPolicy(failOnUndefinedTerms ? JsonLdOptions.ProcessingPolicy.Fail
                : JsonLdOptions.ProcessingPolicy.Ignore);
        return options;
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
