package org.badgekit.issue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;

/**
 * One line of the ledger: a credential that was issued, with what is needed to find it again and to refuse issuing it twice.
 *
 * <p>The plain e-mail address is never stored. {@code recipientHash} is the credential's own salted hash (useless for
 * matching), so the ledger also keeps {@code emailKey}, an unsalted keyed hash of the normalized address (see
 * {@link Ledger#emailKey(String)}), which is what duplicate detection across batches compares.
 *
 * @param id the credential id ({@code urn:uuid:...})
 * @param batch the batch id the credential was issued in ({@code "single"} or similar for one-off issuance)
 * @param rowKey the row's key inside its batch ({@code ref:...} or {@code email:...})
 * @param row the spreadsheet row number, 0 when not issued from a file
 * @param ref the coordinator's own row key, or null
 * @param recipientHash the recipient identity hash as written into the credential
 * @param emailKey the unsalted keyed hash of the normalized e-mail address
 * @param badge the badge (criteria) id
 * @param version the criteria version the credential was built from
 * @param statusIndex the credential's index in the status list, or null
 * @param issuedAt when the ledger line was written
 * @param files the files written, relative to the output directory
 */
public record LedgerEntry(String id, String batch, String rowKey, int row, String ref, String recipientHash, String emailKey,
        String badge, String version, Integer statusIndex, Instant issuedAt, List<String> files) {

    public LedgerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(rowKey, "rowKey");
        Objects.requireNonNull(recipientHash, "recipientHash");
        Objects.requireNonNull(emailKey, "emailKey");
        Objects.requireNonNull(badge, "badge");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(issuedAt, "issuedAt");
        files = List.copyOf(files);
    }

    /** The entry as one compact JSON object (one ledger line without its newline). */
    public ObjectNode toJson() {
        ObjectNode node = JsonCodec.mapper().createObjectNode();
        node.put("id", id).put("batch", batch).put("rowKey", rowKey).put("row", row);
        if (ref != null) {
            node.put("ref", ref);
        }
        node.put("recipientHash", recipientHash).put("emailKey", emailKey).put("badge", badge).put("version", version);
        if (statusIndex != null) {
            node.put("statusIndex", statusIndex.intValue());
        }
        node.put("issuedAt", issuedAt.toString());
        ArrayNode list = node.putArray("files");
        files.forEach(list::add);
        return node;
    }

    /**
     * Reads an entry written by {@link #toJson()}.
     *
     * @param source names the line in messages, e.g. {@code state/ledger.jsonl:12}
     * @throws BadgeException {@code MALFORMED_INPUT} naming the source and the missing or bad member
     */
    public static LedgerEntry parse(String source, JsonNode node) throws BadgeException {
        if (!node.isObject()) {
            throw malformed(source, "expected a JSON object");
        }
        List<String> files = new ArrayList<>();
        JsonNode list = node.path("files");
        if (!list.isArray()) {
            throw malformed(source, "member 'files' must be an array");
        }
        for (JsonNode file : list) {
            files.add(file.asText());
        }
        JsonNode index = node.get("statusIndex");
        JsonNode ref = node.get("ref");
        try {
            return new LedgerEntry(text(source, node, "id"), text(source, node, "batch"), text(source, node, "rowKey"),
                    node.path("row").asInt(0), ref == null || ref.isNull() ? null : ref.asText(),
                    text(source, node, "recipientHash"), text(source, node, "emailKey"), text(source, node, "badge"),
                    text(source, node, "version"), index == null || index.isNull() ? null : index.asInt(),
                    Instant.parse(text(source, node, "issuedAt")), files);
        } catch (DateTimeParseException e) {
            throw malformed(source, "member 'issuedAt' is not an ISO-8601 instant");
        }
    }

    private static String text(String source, JsonNode node, String name) throws BadgeException {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual()) {
            throw malformed(source, "member '" + name + "' must be a string");
        }
        return value.asText();
    }

    private static BadgeException malformed(String source, String message) {
        return new BadgeException(BadgeException.Code.MALFORMED_INPUT, source + ": ledger entry: " + message, source, null);
    }
}
