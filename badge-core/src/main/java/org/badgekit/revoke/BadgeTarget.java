package org.badgekit.revoke;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.badgekit.BadgeException;
import org.badgekit.status.StatusPurpose;

/**
 * A badge to revoke, suspend or look up: its id, whether it is an OB 3.0 credential (status in Bitstring Status Lists) or an
 * OB 2.0 assertion (status in the issuer's RevocationList), and the status bits it names.
 *
 * @param id the credential or assertion id
 * @param ob3 true for an OB 3.0 credential, false for an OB 2.0 assertion
 * @param issuer the issuer id the badge names (OB 3.0), or null when unknown
 * @param slots the Bitstring Status List entries of an OB 3.0 credential, in document order
 * @param source where the badge was found, for messages (a file name or {@code ledger})
 */
public record BadgeTarget(String id, boolean ob3, String issuer, List<StatusSlot> slots, String source) {
    /** Checks that id and source are given and copies the slots. */
    public BadgeTarget {
        Objects.requireNonNull(id, "id");
        slots = List.copyOf(slots);
        Objects.requireNonNull(source, "source");
    }

    /** The slot of {@code purpose}, if the badge has one. */
    public Optional<StatusSlot> slot(StatusPurpose purpose) {
        return slots.stream().filter(slot -> slot.purpose() == purpose).findFirst();
    }

    /**
     * Reads the target from a credential or assertion document.
     *
     * @throws BadgeException {@code MALFORMED_INPUT} naming the source when the document has no id or a bad status entry
     */
    public static BadgeTarget fromDocument(JsonNode document, String source) throws BadgeException {
        if (!document.isObject()) {
            throw malformed(source, "the badge is not a JSON object");
        }
        String id = document.path("id").asText("");
        if (id.isEmpty()) {
            throw malformed(source, "the badge has no id, so it cannot be revoked or looked up");
        }
        boolean ob3 = document.has("credentialSubject");
        if (!ob3) {
            if (!document.has("badge") || !document.has("recipient")) {
                throw malformed(source, "neither an OB 3.0 credential (credentialSubject) nor an OB 2.0 assertion (badge, "
                        + "recipient)");
            }
            return new BadgeTarget(id, false, null, List.of(), source);
        }
        JsonNode issuer = document.path("issuer");
        String issuerId = issuer.isTextual() ? issuer.asText() : issuer.path("id").asText(null);
        JsonNode status = document.path("credentialStatus");
        List<JsonNode> entries = new ArrayList<>();
        if (status.isArray()) {
            status.forEach(entries::add);
        } else if (status.isObject()) {
            entries.add(status);
        }
        List<StatusSlot> slots = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String pointer = status.isArray() ? "/credentialStatus/" + i : "/credentialStatus";
            if (!typeOf(entry).contains("BitstringStatusListEntry")) {
                continue;
            }
            Optional<StatusPurpose> purpose = StatusPurpose.parse(entry.path("statusPurpose").asText(null));
            String list = entry.path("statusListCredential").asText("");
            if (purpose.isEmpty() || list.isEmpty()) {
                continue;
            }
            slots.add(new StatusSlot(purpose.get(), list, index(entry.get("statusListIndex"), source, pointer)));
        }
        return new BadgeTarget(id, true, issuerId, slots, source);
    }

    private static List<String> typeOf(JsonNode entry) {
        JsonNode type = entry.path("type");
        List<String> types = new ArrayList<>();
        if (type.isTextual()) {
            types.add(type.asText());
        } else if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        }
        return types;
    }

    private static int index(JsonNode value, String source, String pointer) throws BadgeException {
        String text = value == null ? "" : value.isIntegralNumber() ? value.asText() : value.isTextual() ? value.asText() : "";
        if (!text.matches("[0-9]{1,10}") || Long.parseLong(text) > Integer.MAX_VALUE) {
            throw malformed(source, pointer + "/statusListIndex '" + (value == null ? "" : value.asText())
                    + "' is not a non-negative base-10 integer");
        }
        return Integer.parseInt(text);
    }

    private static BadgeException malformed(String source, String message) {
        return new BadgeException(BadgeException.Code.MALFORMED_INPUT, source + ": " + message, source, null);
    }
}
