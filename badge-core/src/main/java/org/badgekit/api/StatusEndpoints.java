package org.badgekit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.status.StatusListKey;
import org.badgekit.status.StatusPurpose;

/**
 * {@code POST /credentials/status} (revoke a credential by id, through the ledger and the status store) and
 * {@code GET /status/{purpose}/{n}} (the signed status list credential).
 *
 * <p>This issuer gives each OB 3.0 credential one revocation entry, so {@code revoked} is the change that applies;
 * {@code active} is accepted for a credential that is not revoked (nothing to do) and refused for a revoked one (revocation
 * is irreversible); {@code suspended} is refused because no credential carries a suspension entry.
 */
final class StatusEndpoints {
    private static final Pattern LIST_PATH = Pattern.compile("/status/([a-z]+)(?:/|-)([1-9][0-9]{0,8})(?:\\.json)?");
    private static final int MAX_REASON = 500;

    private final IssuanceStore issued;
    private final StatusLists lists;

    StatusEndpoints(IssuanceStore issued, StatusLists lists) {
        this.issued = issued;
        this.lists = lists;
    }

    ApiResponse change(ApiRequest request) throws BadgeException {
        ObjectNode body = request.jsonObject();
        JsonNode idNode = body.get("credentialId");
        if (idNode == null || !idNode.isTextual() || idNode.asText().isBlank()) {
            throw CredentialRules.invalid("/credentialId", "credentialId must be the id of a credential this issuer issued");
        }
        String id = idNode.asText();
        JsonNode entries = body.get("credentialStatus");
        if (entries != null && entries.isObject()) {
            entries = JsonCodec.mapper().createArrayNode().add(entries);
        }
        if (entries == null || !entries.isArray() || entries.size() != 1 || !entries.get(0).isObject()) {
            throw CredentialRules.invalid("/credentialStatus", "credentialStatus must be one entry like "
                    + "[{\"type\": \"BitstringStatusListEntry\", \"status\": \"revoked\"}]");
        }
        JsonNode entry = entries.get(0);
        String type = entry.path("type").asText("BitstringStatusListEntry");
        if (!List.of("BitstringStatusListEntry", "BitstringStatusListCredential").contains(type)) {
            throw CredentialRules.invalid("/credentialStatus/0/type", "type '" + type
                    + "' is not BitstringStatusListEntry (the only status type this issuer uses)");
        }
        String status = entry.path("status").asText("");
        String reason = entry.path("reason").asText("changed through the API");
        if (reason.length() > MAX_REASON) {
            throw CredentialRules.invalid("/credentialStatus/0/reason", "reason is longer than " + MAX_REASON + " characters");
        }
        if (!issued.contains(id)) {
            throw new BadgeException(BadgeException.Code.NOT_FOUND, "credential " + id + " is not in this issuer's ledger",
                    "/credentialId", null);
        }
        IssuanceStore.StatusPosition position = issued.statusPosition(id).orElseThrow(() -> CredentialRules.invalid(
                "/credentialId", "credential " + id + " was issued without a status entry (OB 2.0, or no status lists)"));
        StatusListKey key = revocationList(id, position);
        boolean changed;
        switch (status) {
            case "revoked" -> changed = lists.store().set(key, position.index(), id, reason);
            case "active" -> {
                if (lists.store().isSet(key, position.index())) {
                    throw CredentialRules.invalid("/credentialStatus/0/status", "credential " + id
                            + " is revoked, and revocation is irreversible; it cannot become active again");
                }
                changed = false;
            }
            case "suspended" -> throw CredentialRules.invalid("/credentialStatus/0/status", "credential " + id
                    + " has no suspension entry; this issuer gives credentials a revocation entry only");
            default -> throw CredentialRules.invalid("/credentialStatus/0/status", "status '" + status
                    + "' is not one of revoked, active, suspended");
        }
        ObjectNode answer = JsonCodec.mapper().createObjectNode();
        answer.put("credentialId", id);
        answer.put("status", status);
        answer.put("changed", changed);
        answer.put("statusPurpose", StatusPurpose.REVOCATION.value());
        answer.put("statusListCredential", lists.url(key));
        answer.put("statusListIndex", Integer.toString(position.index()));
        return ApiResponse.json(200, answer);
    }

    private StatusListKey revocationList(String id, IssuanceStore.StatusPosition position) throws BadgeException {
        if (position.list() != null) {
            return lists.allocated(StatusPurpose.REVOCATION, position.list()).orElseThrow(() -> new BadgeException(
                    BadgeException.Code.INTERNAL, "revocation list " + position.list() + " of credential " + id + " is unknown"));
        }
        List<StatusListKey> candidates = lists.lists(StatusPurpose.REVOCATION);
        if (candidates.size() != 1) {
            throw CredentialRules.invalid("/credentialId", "credential " + id + " was issued outside the API and this issuer has "
                    + candidates.size() + " revocation lists, so its list is unknown; revoke it with the CLI");
        }
        return candidates.get(0);
    }

    ApiResponse list(ApiRequest request) throws BadgeException {
        Matcher matcher = LIST_PATH.matcher(request.path());
        Optional<StatusPurpose> purpose = matcher.matches() ? StatusPurpose.parse(matcher.group(1)) : Optional.empty();
        if (purpose.isEmpty()) {
            throw new BadgeException(BadgeException.Code.NOT_FOUND, request.path()
                    + " is not a status list; expected /status/revocation/N or /status/suspension/N");
        }
        int number = Integer.parseInt(matcher.group(2));
        StatusListKey key = lists.allocated(purpose.get(), number).orElseThrow(() -> new BadgeException(
                BadgeException.Code.NOT_FOUND, "this issuer has no " + purpose.get().value() + " list " + number));
        return ApiResponse.json(200, lists.signed(key));
    }
}
