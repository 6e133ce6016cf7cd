package org.badgekit.resolve;

import java.net.URI;
import java.util.Objects;

/**
 * A document fetched or looked up for a URI: an issuer profile, a DID document, a key, a status list.
 *
 * @param uri the URI that was asked for
 * @param content the raw bytes (never null; may be empty for a 410)
 * @param contentType the media type when known, else {@code null}
 * @param status the HTTP status, or 200 for documents that came from local files or memory
 */
public record ResolvedDocument(URI uri, byte[] content, String contentType, int status) {
    /** Validates the components. */
    public ResolvedDocument {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(content, "content");
        content = content.clone();
    }

    /** A document that came from memory or a local file. */
    public static ResolvedDocument of(URI uri, byte[] content, String contentType) {
        return new ResolvedDocument(uri, content, contentType, 200);
    }

    /** The document's bytes (a copy, so that the record stays immutable). */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** True for HTTP 410 Gone: OB 2.0 hosts answer a revoked hosted assertion this way. */
    public boolean gone() {
        return status == 410;
    }
}
