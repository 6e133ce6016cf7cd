package org.badgekit.verify;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds an OB 2.0 assertion's BadgeClass and issuer Profile: embedded objects are taken as issued, IRIs are looked up. The
 * issuer profile used for keys and policy is always the one looked up by id (DIGEST §2.2: never trust keys from an embedded
 * profile alone).
 */
final class Ob2Documents {
    private Ob2Documents() {}

    /** Sets {@code v.ob2Badge} and {@code v.ob2Issuer}; returns a problem sentence, or null when both were found. */
    static String load(Verification v) {
        JsonNode assertion = v.record();
        JsonNode badge = assertion.get("badge");
        if (badge == null) {
            return "the assertion has no badge";
        }
        if (badge.isObject()) {
            v.ob2Badge = badge;
        } else if (badge.isTextual()) {
            Fetch.Result fetched = Fetch.json(v, badge.asText());
            if (!fetched.ok()) {
                return "BadgeClass " + fetched.problem();
            }
            v.ob2Badge = fetched.json();
        } else {
            return "badge is " + Json.quote(badge) + ", expected a BadgeClass IRI or object";
        }
        String issuerId = Json.id(v.ob2Badge.get("issuer"));
        if (issuerId == null) {
            return "the BadgeClass has no issuer";
        }
        Fetch.Result issuer = Fetch.json(v, issuerId);
        if (!issuer.ok()) {
            JsonNode embedded = v.ob2Badge.get("issuer");
            if (embedded != null && embedded.isObject()) {
                v.ob2Issuer = embedded;
            }
            return "issuer profile " + issuer.problem();
        }
        v.ob2Issuer = issuer.json();
        return null;
    }
}
