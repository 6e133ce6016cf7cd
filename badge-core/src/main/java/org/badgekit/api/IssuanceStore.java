package org.badgekit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.badgekit.BadgeException;
import org.badgekit.issue.AtomicFiles;
import org.badgekit.issue.Ledger;
import org.badgekit.issue.LedgerEntry;
import org.badgekit.json.JsonCodec;

/**
 * Makes API issuance exactly-once: every credential is recorded in the workspace ledger (batch {@code api}) like the CLI's,
 * and its answer is archived under {@code state/api/credentials/} <em>before</em> the ledger line is written, so a ledger line
 * always has its archived answer. A request with an {@code Idempotency-Key} gets ledger row key {@code idem:SHA256(endpoint,
 * key)}; a retry with the same key finds it (in memory, rebuilt from the ledger on start) and gets the archived answer
 * instead of a second credential. Requests with the same key are serialized; a key reused for a different body is refused.
 */
final class IssuanceStore {
    static final String BATCH = "api";
    private static final int STRIPES = 64;

    private final Ledger ledger;
    private final Path archiveDir;
    private final Map<String, String> idByRowKey = new ConcurrentHashMap<>();
    private final Map<String, Integer> statusIndexById = new ConcurrentHashMap<>();
    private final Map<String, Boolean> inFlight = new ConcurrentHashMap<>();
    private final Object[] stripes = new Object[STRIPES];

    /** What an issuing endpoint produced, ready to be recorded. */
    record Issued(String id, int status, ObjectNode response, LedgerEntry entry, Integer statusList) {
        Issued {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(response, "response");
            Objects.requireNonNull(entry, "entry");
        }
    }

    /** Issues one credential, given the ledger row key to record it under. */
    @FunctionalInterface
    interface Issuance {
        Issued run(String rowKey) throws BadgeException;
    }

    /** Where a credential's status bit is: list number (null when unknown) and index. */
    record StatusPosition(Integer list, int index) {}

    private IssuanceStore(Ledger ledger, Path archiveDir) {
        this.ledger = ledger;
        this.archiveDir = archiveDir;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    /**
     * Opens the store over an open ledger, reading every ledger entry once.
     *
     * @throws BadgeException {@code MALFORMED_INPUT}/{@code IO_ERROR} when the ledger cannot be read
     */
    static IssuanceStore open(Ledger ledger, Path archiveDir) throws BadgeException {
        IssuanceStore store = new IssuanceStore(ledger, archiveDir);
        ledger.forEach(entry -> store.remember(entry));
        return store;
    }

    private void remember(LedgerEntry entry) {
        statusIndexById.put(entry.id(), entry.statusIndex() == null ? -1 : entry.statusIndex());
        if (BATCH.equals(entry.batch())) {
            idByRowKey.putIfAbsent(entry.rowKey(), entry.id());
        }
    }

    /** The ledger, for e-mail keys. */
    Ledger ledger() {
        return ledger;
    }

    /** Whether the ledger records a credential with this id. */
    boolean contains(String id) {
        return statusIndexById.containsKey(id);
    }

    /**
     * Runs {@code issuance} once per idempotency key: a repeated key answers the archived response (with header
     * {@code Idempotency-Replayed: true}); without a key every call issues.
     *
     * @throws BadgeException {@code INVALID_INPUT} (422) when the key was used for a different request body;
     *     {@code ALREADY_EXISTS} (409) when the new credential's id is already in the ledger
     */
    ApiResponse issueOnce(String endpoint, String idempotencyKey, byte[] requestBody, Issuance issuance) throws BadgeException {
        String requestHash = sha256(requestBody);
        if (idempotencyKey == null) {
            return record(issuance.run(null), null, requestHash);
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 256) {
            throw new BadgeException(BadgeException.Code.INVALID_INPUT, "Idempotency-Key must be 1 to 256 characters", null, null);
        }
        String rowKey = "idem:" + sha256((endpoint + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
        synchronized (stripes[Math.floorMod(rowKey.hashCode(), STRIPES)]) {
            String existing = idByRowKey.get(rowKey);
            if (existing != null) {
                ObjectNode archived = archived(existing).orElseThrow(() -> new BadgeException(BadgeException.Code.INTERNAL,
                        "the archived answer of credential " + existing + " is missing from " + archiveDir));
                if (!requestHash.equals(archived.path("requestSha256").asText())) {
                    throw new BadgeException(BadgeException.Code.INVALID_INPUT, "Idempotency-Key '" + idempotencyKey
                            + "' was already used for a different request; use a new key for a new credential", null, null);
                }
                return ApiResponse.json(archived.path("status").asInt(201), archived.get("response"))
                        .withHeader("Idempotency-Replayed", "true");
            }
            return record(issuance.run(rowKey), rowKey, requestHash);
        }
    }

    private ApiResponse record(Issued issued, String rowKey, String requestHash) throws BadgeException {
        if (contains(issued.id()) || inFlight.putIfAbsent(issued.id(), Boolean.TRUE) != null) {
            throw new BadgeException(BadgeException.Code.ALREADY_EXISTS, "credential " + issued.id()
                    + " was already issued (it is in the ledger); give a new id or none", "/credential/id", null);
        }
        try {
            return write(issued, rowKey, requestHash);
        } finally {
            inFlight.remove(issued.id());
        }
    }

    private ApiResponse write(Issued issued, String rowKey, String requestHash) throws BadgeException {
        ObjectNode archive = JsonCodec.mapper().createObjectNode();
        archive.put("id", issued.id());
        archive.put("requestSha256", requestHash);
        archive.put("status", issued.status());
        if (issued.statusList() != null) {
            archive.put("statusList", issued.statusList().intValue());
        }
        if (issued.entry().statusIndex() != null) {
            archive.put("statusIndex", issued.entry().statusIndex().intValue());
        }
        archive.set("response", issued.response());
        AtomicFiles.write(archiveFile(issued.id()), JsonCodec.write(archive).getBytes(StandardCharsets.UTF_8));
        ledger.append(issued.entry());
        remember(issued.entry());
        if (rowKey != null) {
            idByRowKey.put(rowKey, issued.id());
        }
        return ApiResponse.json(issued.status(), issued.response());
    }

    /** The ledger row key for a request: its idempotency row key, or {@code api:ID} without one. */
    static String rowKey(String idempotencyRowKey, String id) {
        return idempotencyRowKey != null ? idempotencyRowKey : "api:" + id;
    }

    /** The archive file of a credential issued over the API. */
    Path archiveFile(String id) {
        return archiveDir.resolve(sha256(id.getBytes(StandardCharsets.UTF_8)) + ".json");
    }

    /** Where the credential's revocation bit is, if the ledger has it with a status index. */
    Optional<StatusPosition> statusPosition(String id) throws BadgeException {
        Integer index = statusIndexById.get(id);
        if (index == null || index < 0) {
            return Optional.empty();
        }
        Optional<ObjectNode> archived = archived(id);
        JsonNode list = archived.map(node -> node.get("statusList")).orElse(null);
        return Optional.of(new StatusPosition(list == null || !list.isInt() ? null : list.asInt(), index));
    }

    private Optional<ObjectNode> archived(String id) throws BadgeException {
        Path file = archiveFile(id);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = JsonCodec.parse(file.toString(), Files.readAllBytes(file));
            return node.isObject() ? Optional.of((ObjectNode) node) : Optional.empty();
        } catch (java.io.IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, file + ": cannot read: " + e.getMessage(), file.toString(), e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java platform", e);
        }
    }
}
