package org.badgekit.resolve;

import java.net.URI;
import java.util.Optional;
import org.badgekit.BadgeException;

/**
 * Looks up documents that verification needs (issuer profiles, DID documents, keys, status lists) by URI.
 *
 * <p>Offline by default: {@link #offline()} resolves nothing, so a verifier never touches the network unless a caller plugs in
 * a resolver that does. Implementations must be thread-safe. {@code did:key} needs no resolver: it is derived from the DID.
 */
@FunctionalInterface
public interface DocumentResolver {

    /**
     * Returns the document for {@code uri} (without its fragment), or empty when this resolver does not know it.
     *
     * @throws BadgeException when the document exists but cannot be read (I/O error, size limit, refused address)
     */
    Optional<ResolvedDocument> resolve(URI uri) throws BadgeException;

    /** A resolver that knows nothing: every lookup is empty. */
    static DocumentResolver offline() {
        return uri -> Optional.empty();
    }

    /** Tries this resolver, then {@code next} when this one answers empty. */
    default DocumentResolver orElse(DocumentResolver next) {
        return uri -> {
            Optional<ResolvedDocument> found = resolve(uri);
            return found.isPresent() ? found : next.resolve(uri);
        };
    }
}
