package org.badgekit.resolve;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.badgekit.BadgeException;

/**
 * Resolves URIs to local files: exact URI mappings ({@code https://example.org/issuer=issuer.json}) and prefix mappings to a
 * folder ({@code https://example.org/=published/}), as {@code badge verify --resolve URL=FILE} takes them.
 */
public final class MappedFileResolver implements DocumentResolver {
    /** Largest file served, so a mapping to a huge file cannot exhaust memory. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private final Map<String, Path> exact;
    private final Map<String, Path> prefixes;

    private MappedFileResolver(Map<String, Path> exact, Map<String, Path> prefixes) {
        this.exact = Map.copyOf(exact);
        this.prefixes = Map.copyOf(prefixes);
    }

    /**
     * Builds a resolver from {@code URL=PATH} mappings. A URL ending in {@code /} mapped to a directory serves the files below it.
     *
     * @throws BadgeException {@code INVALID_ARGUMENT} for a mapping without {@code =} or with a URL that does not parse
     */
    public static MappedFileResolver of(Iterable<String> mappings) throws BadgeException {
        Map<String, Path> exact = new LinkedHashMap<>();
        Map<String, Path> prefixes = new LinkedHashMap<>();
        for (String mapping : mappings) {
            int eq = mapping.indexOf('=');
            if (eq <= 0 || eq == mapping.length() - 1) {
                throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT,
                        "resolve mapping '" + mapping + "' is not of the form URL=FILE");
            }
            String url = mapping.substring(0, eq);
            try {
                URI.create(url);
            } catch (IllegalArgumentException e) {
                throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "resolve mapping URL '" + url + "' is not a URI", e);
            }
            Path path = Path.of(mapping.substring(eq + 1));
            if (url.endsWith("/") && Files.isDirectory(path)) {
                prefixes.put(url, path);
            } else {
                exact.put(stripFragment(url), path);
            }
        }
        return new MappedFileResolver(exact, prefixes);
    }

    @Override
    public Optional<ResolvedDocument> resolve(URI uri) throws BadgeException {
        String key = stripFragment(uri.toString());
        Path path = exact.get(key);
        if (path == null) {
            for (Map.Entry<String, Path> prefix : prefixes.entrySet()) {
                if (key.startsWith(prefix.getKey())) {
                    Path candidate = prefix.getValue().resolve(key.substring(prefix.getKey().length())).normalize();
                    // never serve files outside the mapped folder ("../" in a URL)
                    if (candidate.startsWith(prefix.getValue().normalize())) {
                        path = Files.isDirectory(candidate) ? candidate.resolve("index.json") : candidate;
                    }
                    break;
                }
            }
        }
        if (path == null || !Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new BadgeException(BadgeException.Code.LIMIT_EXCEEDED,
                        path + ": " + size + " bytes exceeds the resolver limit of " + MAX_BYTES + " bytes", path.toString(), null);
            }
            return Optional.of(ResolvedDocument.of(uri, Files.readAllBytes(path), null));
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, path + ": cannot read: " + e.getMessage(), path.toString(), e);
        }
    }

    private static String stripFragment(String uri) {
        int hash = uri.indexOf('#');
        return hash < 0 ? uri : uri.substring(0, hash);
    }
}
