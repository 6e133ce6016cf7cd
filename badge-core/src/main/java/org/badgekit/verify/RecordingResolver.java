package org.badgekit.verify;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.badgekit.BadgeException;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.resolve.ResolvedDocument;

/**
 * Wraps the verifier's resolver for one verification and remembers which documents it could not supply, so that a failed
 * check can tell the user exactly which URL to map with {@code --resolve} (or to allow with {@code --online}).
 */
final class RecordingResolver implements DocumentResolver {
    private final DocumentResolver delegate;
    private final Set<String> misses = Collections.synchronizedSet(new LinkedHashSet<>());

    RecordingResolver(DocumentResolver delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<ResolvedDocument> resolve(URI uri) throws BadgeException {
        Optional<ResolvedDocument> found = delegate.resolve(uri);
        if (found.isEmpty()) {
            String text = uri.toString();
            int hash = text.indexOf('#');
            misses.add(hash < 0 ? text : text.substring(0, hash));
        }
        return found;
    }

    /** The documents asked for and not found so far, in order, without fragments. */
    List<String> misses() {
        synchronized (misses) {
            return List.copyOf(new ArrayList<>(misses));
        }
    }

    /** A hint naming the documents that could not be looked up since {@code before} misses, or "" when there were none. */
    String hintSince(int before) {
        List<String> all = misses();
        if (all.size() <= before) {
            return "";
        }
        List<String> recent = all.subList(before, all.size());
        String first = recent.get(0);
        return " (not available offline: " + String.join(", ", recent) + "; use --online, or --resolve " + first + "=FILE)";
    }
}
