package org.badgekit.jsonld;

import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.JsonStructure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;

/**
 * The JSON-LD contexts shipped inside the library, keyed by the URL they are normally served from.
 *
 * <p>The index resource {@code contexts/index.tsv} lists {@code url, file, sha256}; every file is checked against its pinned
 * hash when first loaded, so a tampered or corrupted jar fails loudly instead of canonicalizing with different definitions.
 * Each document is parsed once per JVM, when first needed, and shared: as a Jackson tree for the {@link ContextCompiler} and
 * as JSON-P for Titanium, which treats loaded documents as read-only.
 */
public final class BundledContexts {
    private static final String FOLDER = "contexts/";

    /** One bundled context: the URL it answers for, its resource file name and the pinned SHA-256 of its bytes. */
    public record Entry(String url, String file, String sha256) {}

    private final Map<String, Entry> entries;
    /** Parsed on first use, per file: a verify touches three of the contexts, and each parse and hash costs a cold start. */
    private final Map<String, JsonNode> jackson = new ConcurrentHashMap<>();
    private final Map<String, JsonStructure> jakarta = new ConcurrentHashMap<>();

    private BundledContexts(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** The library's contexts, indexed once; each file is read, hash-checked and parsed when first asked for. */
    public static BundledContexts instance() {
        return Holder.INSTANCE;
    }

    /** The URLs answered offline. */
    public Set<String> urls() {
        return entries.keySet();
    }

    /** The index entry for {@code url}, if bundled. */
    public Optional<Entry> entry(String url) {
        return Optional.ofNullable(entries.get(url));
    }

    /** The raw bytes of a bundled context, re-read from the jar (for hashing and comparison). */
    public Optional<byte[]> bytes(String url) {
        Entry entry = entries.get(url);
        return entry == null ? Optional.empty() : Optional.of(readResource(entry.file()));
    }

    /** The shared parsed JSON of a bundled context, for the {@link ContextCompiler} (never modify it). */
    Optional<JsonNode> json(String url) {
        Entry entry = entries.get(url);
        return entry == null ? Optional.empty() : Optional.of(jackson.computeIfAbsent(entry.file(), file -> {
            try {
                return JsonCodec.parse(file, verifiedBytes(entry));
            } catch (BadgeException e) {
                throw new IllegalStateException("bundled context " + file + " is not valid JSON: " + e.getMessage(), e);
            }
        }));
    }

    /** A fresh document wrapper around the shared, immutable parsed JSON (Titanium may set fields on the wrapper). */
    Optional<JsonDocument> document(String url) {
        Entry entry = entries.get(url);
        if (entry == null) {
            return Optional.empty();
        }
        JsonDocument document = JsonDocument.of(jakarta.computeIfAbsent(entry.file(), file -> parseJakarta(entry)));
        document.setDocumentUrl(URI.create(url));
        return Optional.of(document);
    }

    private static final class Holder {
        static final BundledContexts INSTANCE = load();
    }

    private static BundledContexts load() {
        String index = new String(readResource("index.tsv"), StandardCharsets.UTF_8);
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String line : index.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new IllegalStateException("contexts/index.tsv line '" + line + "' does not have 3 tab-separated columns");
            }
            Entry entry = new Entry(cols[0], cols[1], cols[2]);
            entries.put(entry.url(), entry);
        }
        return new BundledContexts(entries);
    }

    private static byte[] verifiedBytes(Entry entry) {
        byte[] bytes = readResource(entry.file());
        String actual = sha256Hex(bytes);
        if (!actual.equals(entry.sha256())) {
            // a broken build or a tampered jar: nothing could be verified reliably, so this is not recoverable
            throw new IllegalStateException("bundled context " + entry.file() + " has SHA-256 " + actual + ", expected "
                    + entry.sha256());
        }
        return bytes;
    }

    private static JsonStructure parseJakarta(Entry entry) {
        try {
            return JsonDocument.of(new ByteArrayInputStream(verifiedBytes(entry))).getJsonContent().orElseThrow(
                    () -> new IllegalStateException("bundled context " + entry.file() + " is empty"));
        } catch (com.apicatalog.jsonld.JsonLdError e) {
            throw new IllegalStateException("bundled context " + entry.file() + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static byte[] readResource(String name) {
        try (InputStream in = BundledContexts.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled context resource " + FOLDER + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled context " + name, e);
        }
    }
}
