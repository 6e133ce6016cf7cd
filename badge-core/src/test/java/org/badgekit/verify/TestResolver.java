package org.badgekit.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.resolve.ResolvedDocument;

/**
 * An in-memory resolver for tests: serves mapped documents and records every lookup of an unmapped URI, so a test can assert
 * that verification asked for nothing it was not given (and so could never have reached the network).
 */
final class TestResolver implements DocumentResolver {
    private final Map<String, ResolvedDocument> documents = new LinkedHashMap<>();
    private final Map<String, Path> folders = new LinkedHashMap<>();
    private final List<String> unmapped = Collections.synchronizedList(new ArrayList<>());

    /** Resolver for the example issuers that the 1EdTech samples name, with controller documents from test resources. */
    static TestResolver withExampleIssuers() {
        return new TestResolver()
                .file("https://example.com/issuers/876543", resource("verify/issuers/example-com-876543.json"))
                .file("https://1edtech.edu/issuers/565049", resource("verify/issuers/1edtech-edu-565049.json"))
                .file("https://example.edu/issuers/565049", resource("verify/issuers/example-edu-565049.json"))
                .file("https://state.gov/issuers/565049", resource("verify/issuers/state-gov-565049.json"));
    }

    static Path resource(String name) {
        try {
            return Path.of(TestResolver.class.getClassLoader().getResource(name).toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource " + name + " is missing", e);
        }
    }

    TestResolver file(String uri, Path file) {
        try {
            return bytes(uri, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestResolver bytes(String uri, byte[] content) {
        documents.put(uri, ResolvedDocument.of(URI.create(uri), content, "application/json"));
        return this;
    }

    /** Serves {@code prefix + NAME} from {@code folder/NAME} when that file exists. */
    TestResolver folder(String prefix, Path folder) {
        folders.put(prefix, folder);
        return this;
    }

    TestResolver status(String uri, int status) {
        documents.put(uri, new ResolvedDocument(URI.create(uri), new byte[0], null, status));
        return this;
    }

    @Override
    public Optional<ResolvedDocument> resolve(URI uri) {
        String key = uri.toString();
        int hash = key.indexOf('#');
        key = hash < 0 ? key : key.substring(0, hash);
        ResolvedDocument document = documents.get(key);
        for (Map.Entry<String, Path> folder : folders.entrySet()) {
            if (document == null && key.startsWith(folder.getKey())) {
                Path file = folder.getValue().resolve(key.substring(folder.getKey().length())).normalize();
                if (file.startsWith(folder.getValue()) && Files.isRegularFile(file)) {
                    try {
                        document = ResolvedDocument.of(uri, Files.readAllBytes(file), "application/ld+json");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        if (document == null) {
            unmapped.add(uri.toString());
        }
        return Optional.ofNullable(document);
    }

    /** The URIs asked for that were not mapped, in order. */
    List<String> unmappedLookups() {
        return List.copyOf(unmapped);
    }
}
