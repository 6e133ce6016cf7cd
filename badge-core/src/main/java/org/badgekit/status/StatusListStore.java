package org.badgekit.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;

/**
 * The workspace's record of revoked and suspended credentials: one file per status list under {@code state/status/lists/}
 * (the current bits as an {@code encodedList} plus who/why/when for every set bit), and {@code state/status/ob2-revoked.json}
 * for revoked OB 2.0 assertions.
 *
 * <p>Every change is a read-modify-write under an OS file lock, written with temp file + fsync + atomic rename, so a crash
 * leaves the old or the new state and concurrent processes do not lose each other's changes. Revocation is irreversible:
 * clearing a revocation bit is refused; suspension bits may be cleared. Thread-safe.
 */
public final class StatusListStore {
    private static final int FORMAT_VERSION = 1;

    private final Path dir;
    private final Path stateDir;
    private final WorkspaceLock lock;
    private final Clock clock;
    private final int listSize;

    private StatusListStore(Path stateDir, Clock clock, int listSize) {
        this.dir = stateDir.resolve(StatusListAllocator.STATUS_DIR);
        this.stateDir = stateDir;
        this.lock = new WorkspaceLock(dir.resolve("lists.lock"));
        this.clock = clock;
        this.listSize = listSize;
    }

    /** Opens the store of the workspace {@code state/} directory, with lists of 131,072 entries. */
    public static StatusListStore open(Path stateDir, Clock clock) {
        return new StatusListStore(Objects.requireNonNull(stateDir, "stateDir"), Objects.requireNonNull(clock, "clock"),
                Bitstring.MIN_BITS);
    }

    /**
     * Opens the store with {@code listSize} entries for lists that the allocator has no record of (lists it allocated from
     * keep the size recorded there).
     *
     * @throws BadgeException {@code INVALID_ARGUMENT} unless a multiple of 8 of at least 131,072
     */
    public static StatusListStore open(Path stateDir, Clock clock, int listSize) throws BadgeException {
        Bitstring.ofSize(listSize);
        return new StatusListStore(Objects.requireNonNull(stateDir, "stateDir"), Objects.requireNonNull(clock, "clock"),
                listSize);
    }

    /**
     * Sets bit {@code index} of the list (revokes or suspends), recording the credential and reason.
     *
     * @return true when the bit was clear before, false when it was already set (the first record is kept)
     * @throws BadgeException {@code INVALID_ARGUMENT} for an index outside the list; {@code IO_ERROR} when it cannot be saved
     */
    public synchronized boolean set(StatusListKey key, int index, String credentialId, String reason) throws BadgeException {
        return update(key, index, true, credentialId, reason);
    }

    /**
     * Clears bit {@code index} of a suspension list (lifts a suspension).
     *
     * @return true when the bit was set before
     * @throws BadgeException {@code INVALID_ARGUMENT} for a revocation list (revocation is irreversible) or a bad index
     */
    public synchronized boolean clear(StatusListKey key, int index) throws BadgeException {
        if (!key.purpose().reversible()) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "index " + index + " of revocation list "
                    + key.listNumber() + " cannot be cleared: revocation is irreversible (use a suspension list to undo)");
        }
        return update(key, index, false, null, null);
    }

    /** Whether bit {@code index} of the list is set. */
    public synchronized boolean isSet(StatusListKey key, int index) throws BadgeException {
        Bitstring bits = bits(key);
        checkIndex(key, index, bits);
        return bits.get(index);
    }

    /** A copy of the list's current bits (all clear when nothing was recorded yet). */
    public synchronized Bitstring bits(StatusListKey key) throws BadgeException {
        ObjectNode list = read(key);
        return list == null ? Bitstring.ofSize(sizeOf(key)) : Bitstring.decode(list.get("encodedList").asText());
    }

    /** Who and why for every set bit of the list, in the order they were set. */
    public synchronized List<StatusRecord> records(StatusListKey key) throws BadgeException {
        ObjectNode list = read(key);
        List<StatusRecord> records = new ArrayList<>();
        if (list != null) {
            for (JsonNode entry : list.get("entries")) {
                records.add(new StatusRecord(entry.get("index").asInt(), text(entry, "credential"), text(entry, "reason"),
                        instant(listFile(key), entry, "at")));
            }
        }
        return List.copyOf(records);
    }

    /** The unsigned {@code BitstringStatusListCredential} for the list's current bits, valid from now (the injected clock). */
    public synchronized ObjectNode listCredential(StatusListKey key, String listUrl) throws BadgeException {
        return BitstringStatusListCredential.newBuilder(listUrl, key.issuer(), key.purpose(), bits(key))
                .validFrom(clock.instant())
                .toJson();
    }

    /**
     * Records an OB 2.0 assertion of {@code issuer} as revoked (irreversible).
     *
     * @return true when it was not revoked before
     */
    public synchronized boolean revokeAssertion(String issuer, String assertionId, String reason) throws BadgeException {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(assertionId, "assertionId");
        Path file = dir.resolve("ob2-revoked.json");
        return locked(() -> {
            ObjectNode state = readOb2(file);
            ArrayNode revoked = (ArrayNode) state.get("revoked");
            for (JsonNode entry : revoked) {
                if (entry.get("issuer").asText().equals(issuer) && entry.get("id").asText().equals(assertionId)) {
                    return false;
                }
            }
            ObjectNode entry = revoked.addObject();
            entry.put("issuer", issuer);
            entry.put("id", assertionId);
            if (reason != null) {
                entry.put("reason", reason);
            }
            entry.put("at", now().toString());
            AtomicFile.write(file, JsonCodec.writePretty(state).getBytes(StandardCharsets.UTF_8));
            return true;
        });
    }

    /** The revoked OB 2.0 assertions of {@code issuer}, in the order they were revoked. */
    public synchronized List<RevokedAssertion> revokedAssertions(String issuer) throws BadgeException {
        Path file = dir.resolve("ob2-revoked.json");
        List<RevokedAssertion> result = new ArrayList<>();
        for (JsonNode entry : readOb2(file).get("revoked")) {
            if (entry.get("issuer").asText().equals(issuer)) {
                result.add(new RevokedAssertion(entry.get("id").asText(), text(entry, "reason"), instant(file, entry, "at")));
            }
        }
        return List.copyOf(result);
    }

    /** The OB 2.0 {@code RevocationList} document of {@code issuer}, to publish at {@code listUrl}. */
    public synchronized ObjectNode ob2RevocationList(String issuer, String listUrl) throws BadgeException {
        return Ob2RevocationList.toJson(listUrl, issuer, revokedAssertions(issuer));
    }

    private boolean update(StatusListKey key, int index, boolean value, String credentialId, String reason)
            throws BadgeException {
        Path file = listFile(key);
        return locked(() -> {
            ObjectNode list = read(key);
            if (list == null) {
                list = JsonCodec.mapper().createObjectNode();
                list.put("version", FORMAT_VERSION);
                list.put("issuer", key.issuer());
                list.put("purpose", key.purpose().value());
                list.put("list", key.listNumber());
                list.put("encodedList", Bitstring.ofSize(sizeOf(key)).encode());
                list.putArray("entries");
            }
            Bitstring bits = Bitstring.decode(list.get("encodedList").asText());
            checkIndex(key, index, bits);
            ArrayNode entries = (ArrayNode) list.get("entries");
            boolean changed;
            if (value) {
                changed = bits.set(index);
                if (changed) {
                    ObjectNode entry = entries.addObject();
                    entry.put("index", index);
                    if (credentialId != null) {
                        entry.put("credential", credentialId);
                    }
                    if (reason != null) {
                        entry.put("reason", reason);
                    }
                    entry.put("at", now().toString());
                }
            } else {
                changed = bits.clear(index);
                for (int i = entries.size() - 1; i >= 0; i--) {
                    if (entries.get(i).get("index").asInt() == index) {
                        entries.remove(i);
                    }
                }
            }
            if (changed) {
                list.put("encodedList", bits.encode());
                AtomicFile.write(file, JsonCodec.writePretty(list).getBytes(StandardCharsets.UTF_8));
            }
            return changed;
        });
    }

    private ObjectNode read(StatusListKey key) throws BadgeException {
        Path file = listFile(key);
        if (!Files.exists(file)) {
            return null;
        }
        JsonNode node = JsonCodec.parse(file.toString(), readBytes(file));
        boolean ok = node.isObject() && node.path("version").asInt() == FORMAT_VERSION
                && key.issuer().equals(node.path("issuer").asText()) && key.purpose().value().equals(node.path("purpose").asText())
                && node.path("list").asInt() == key.listNumber() && node.path("encodedList").isTextual()
                && node.path("entries").isArray();
        if (!ok) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, file + ": status list state is damaged: expected "
                    + "version " + FORMAT_VERSION + ", issuer " + key.issuer() + ", purpose " + key.purpose().value() + ", list "
                    + key.listNumber() + ", encodedList and entries", file.toString(), null);
        }
        for (JsonNode entry : node.get("entries")) {
            if (!entry.path("index").canConvertToInt()) {
                throw new BadgeException(BadgeException.Code.MALFORMED_INPUT,
                        file + ": status list state is damaged: every entry needs an integer index", file.toString(), null);
            }
        }
        return (ObjectNode) node;
    }

    private ObjectNode readOb2(Path file) throws BadgeException {
        if (!Files.exists(file)) {
            ObjectNode state = JsonCodec.mapper().createObjectNode();
            state.put("version", FORMAT_VERSION);
            state.putArray("revoked");
            return state;
        }
        JsonNode node = JsonCodec.parse(file.toString(), readBytes(file));
        if (!node.isObject() || node.path("version").asInt() != FORMAT_VERSION || !node.path("revoked").isArray()) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, file + ": OB 2.0 revocation state is damaged: "
                    + "expected version " + FORMAT_VERSION + " and a revoked array", file.toString(), null);
        }
        for (JsonNode entry : node.get("revoked")) {
            if (!entry.path("issuer").isTextual() || !entry.path("id").isTextual()) {
                throw new BadgeException(BadgeException.Code.MALFORMED_INPUT,
                        file + ": OB 2.0 revocation state is damaged: every entry needs issuer and id", file.toString(), null);
            }
        }
        return (ObjectNode) node;
    }

    /** A new list gets the size the allocator recorded for it, so that every allocated index fits; else the default. */
    private int sizeOf(StatusListKey key) throws BadgeException {
        return StatusListAllocator.recordedListSize(stateDir, key).orElse(listSize);
    }

    private Path listFile(StatusListKey key) {
        return dir.resolve("lists").resolve(issuerSlug(key.issuer()) + "-" + key.purpose().value() + "-" + key.listNumber()
                + ".json");
    }

    private void checkIndex(StatusListKey key, int index, Bitstring bits) throws BadgeException {
        if (index < 0 || index >= bits.size()) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "status index " + index + " is outside "
                    + key.purpose().value() + " list " + key.listNumber() + " of " + bits.size() + " entries");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private <T> T locked(WorkspaceLock.Action<T> action) throws BadgeException {
        return lock.run(action);
    }

    private static byte[] readBytes(Path file) throws BadgeException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, file + ": cannot read: " + e.getMessage(), file.toString(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Instant instant(Path file, JsonNode node, String field) throws BadgeException {
        try {
            return Instant.parse(node.path(field).asText());
        } catch (DateTimeParseException e) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT,
                    file + ": status state entry has no valid '" + field + "' timestamp", file.toString(), e);
        }
    }

    /** File names must not carry raw issuer URLs or DIDs (slashes, colons); a short hash keeps issuers apart. */
    private static String issuerSlug(String issuer) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(issuer.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
