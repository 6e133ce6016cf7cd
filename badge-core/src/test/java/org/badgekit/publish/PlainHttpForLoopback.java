package org.badgekit.publish;

import java.net.URI;
import java.util.Optional;
import org.badgekit.BadgeException;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.resolve.ResolvedDocument;

/**
 * Test decorator: did:web always maps to an https URL, and a local preview server speaks plain HTTP, so https requests to
 * that one loopback origin go out as http; everything else passes through unchanged.
 */
final class PlainHttpForLoopback implements DocumentResolver {
    private final String origin;
    private final DocumentResolver next;

    PlainHttpForLoopback(URI server, DocumentResolver next) {
        this.origin = server.getHost() + ":" + server.getPort();
        this.next = next;
    }

    @Override
    public Optional<ResolvedDocument> resolve(URI uri) throws BadgeException {
        if ("https".equals(uri.getScheme()) && (uri.getHost() + ":" + uri.getPort()).equals(origin)) {
            return next.resolve(URI.create("http://" + origin + uri.getRawPath()));
        }
        return next.resolve(uri);
    }
}
