package org.badgekit.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks membership in an id-based revocation list: the OB 3.0 {@code 1EdTechRevocationList} status method (list of revoked
 * credentials) and the OB 2.0 {@code RevocationList} (list of revoked assertions).
 */
final class RevocationListCheck {
    static final String EDTECH_TYPE = "1EdTechRevocationList";
    static final String OB2_TYPE = "RevocationList";

    private final ListFetcher fetcher;

    RevocationListCheck(ListFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /**
     * {@code 1EdTechRevocationList}: the entry's {@code id} is the list URL; the credential is revoked when its id is listed
     * with {@code revoked} true or absent. Both {@code revokedCredentials} and {@code revokedCredential} are read, because
     * published lists and the 1EdTech validator disagree on the name.
     */
    StatusResult check1EdTech(JsonNode entry, String credentialId, String credentialIssuer, String pointer) {
        String url = JsonFields.text(entry, "id");
        JsonNode list = null;
        try {
            if (url == null) {
                throw new StatusProblem(EDTECH_TYPE + " at " + pointer + " has no id naming the revocation list URL");
            }
            if (credentialId == null) {
                throw new StatusProblem("the credential has no id, so revocation list " + url + " cannot be searched for it");
            }
            list = fetcher.fetch(url);
            fetcher.checkIssuer(url, list, credentialIssuer, false);
            fetcher.checkValidity(url, list);
            List<JsonNode> revoked = new ArrayList<>();
            boolean found = false;
            for (String field : List.of("revokedCredentials", "revokedCredential")) {
                JsonNode array = list.get(field);
                if (array != null) {
                    if (!array.isArray()) {
                        throw new StatusProblem("revocation list " + url + " has " + field + " that is not an array", list);
                    }
                    array.forEach(revoked::add);
                    found = true;
                }
            }
            if (!found) {
                throw new StatusProblem("revocation list " + url + " has neither a revokedCredentials nor a revokedCredential "
                        + "array", list);
            }
            for (JsonNode item : revoked) {
                String id = item.isTextual() ? item.asText() : JsonFields.text(item, "id");
                if (credentialId.equals(id)) {
                    if (item.path("revoked").isBoolean() && !item.get("revoked").asBoolean()) {
                        return new StatusResult(EDTECH_TYPE, "revocation", StatusResult.State.NOT_REVOKED, "not revoked: "
                                + "revocation list " + url + " lists " + credentialId + " with revoked false", pointer, url,
                                list, null);
                    }
                    return revoked(EDTECH_TYPE, url, credentialId, item, pointer, list);
                }
            }
            return new StatusResult(EDTECH_TYPE, "revocation", StatusResult.State.NOT_REVOKED, "not revoked: revocation list "
                    + url + " does not list " + credentialId, pointer, url, list, null);
        } catch (StatusProblem problem) {
            return StatusResult.unknown(EDTECH_TYPE, "revocation", problem.getMessage(), pointer, url,
                    problem.listDocument() != null ? problem.listDocument() : list);
        }
    }

    /**
     * OB 2.0 {@code RevocationList}: the assertion is revoked when {@code revokedAssertions} holds its id as a string, an
     * object with that {@code id}, or (legacy) an object with its {@code uid}.
     */
    StatusResult checkOb2(String url, String assertionId, String uid, String issuerId) {
        JsonNode list = null;
        try {
            if (assertionId == null && uid == null) {
                throw new StatusProblem("the assertion has neither id nor uid to look up in revocation list " + url);
            }
            list = fetcher.fetch(url);
            if (!JsonFields.strings(list.path("type")).contains(OB2_TYPE)) {
                throw new StatusProblem("revocation list " + url + " has type " + JsonFields.strings(list.path("type"))
                        + ", expected " + OB2_TYPE, list);
            }
            fetcher.checkIssuer(url, list, issuerId, false);
            JsonNode revoked = list.get("revokedAssertions");
            if (revoked == null || !revoked.isArray()) {
                throw new StatusProblem("revocation list " + url + " has no revokedAssertions array", list);
            }
            for (JsonNode item : revoked) {
                boolean match = item.isTextual() ? item.asText().equals(assertionId)
                        : assertionId != null && assertionId.equals(JsonFields.text(item, "id"))
                                || uid != null && uid.equals(JsonFields.text(item, "uid"));
                if (match) {
                    return revoked(OB2_TYPE, url, assertionId != null ? assertionId : uid, item, null, list);
                }
            }
            return new StatusResult(OB2_TYPE, "revocation", StatusResult.State.NOT_REVOKED, "not revoked: revocation list "
                    + url + " does not list " + (assertionId != null ? assertionId : uid), null, url, list, null);
        } catch (StatusProblem problem) {
            return StatusResult.unknown(OB2_TYPE, "revocation", problem.getMessage(), null, url,
                    problem.listDocument() != null ? problem.listDocument() : list);
        }
    }

    private static StatusResult revoked(String type, String url, String id, JsonNode item, String pointer, JsonNode list) {
        String reason = item.isObject() ? JsonFields.text(item, "revocationReason") : null;
        return new StatusResult(type, "revocation", StatusResult.State.REVOKED, "revoked: revocation list " + url + " lists "
                + id + (reason != null ? " (reason: " + reason + ")" : ""), pointer, url, list, reason);
    }
}
