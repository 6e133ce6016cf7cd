package org.badgekit.verify;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads the facts a report shows (issuer, badge name, dates) from either version's JSON. */
final class Summary {
    private Summary() {}

    /** The issuer's id: OB 3.0 {@code issuer} (IRI or Profile), OB 2.0 the BadgeClass's issuer; null when unknown. */
    static String issuerId(Verification v) {
        if (v.document == null) {
            return null;
        }
        if (v.format().ob2()) {
            if (v.ob2Issuer != null) {
                return Json.id(v.ob2Issuer);
            }
            JsonNode badge = v.record().get("badge");
            return badge != null && badge.isObject() ? Json.id(badge.get("issuer")) : null;
        }
        return Json.id(v.document.get("issuer"));
    }

    /** The issuer's display name when the JSON carries it; null otherwise. */
    static String issuerName(Verification v) {
        if (v.document == null) {
            return null;
        }
        JsonNode issuer;
        if (v.format().ob2()) {
            JsonNode badge = v.record().get("badge");
            issuer = v.ob2Issuer != null ? v.ob2Issuer : badge != null && badge.isObject() ? badge.get("issuer") : null;
        } else {
            issuer = v.document.get("issuer");
        }
        return issuer != null && issuer.isObject() ? Json.text(issuer.get("name")) : null;
    }

    /** The badge's name: OB 3.0 the achievement's name (else the credential's), OB 2.0 the BadgeClass name. */
    static String achievement(Verification v) {
        if (v.document == null) {
            return null;
        }
        if (v.format().ob2()) {
            JsonNode badge = v.ob2Badge != null ? v.ob2Badge : v.record().get("badge");
            return badge != null && badge.isObject() ? Json.text(badge.get("name")) : null;
        }
        JsonNode subject = Json.values(v.document.get("credentialSubject")).stream().findFirst().orElse(null);
        JsonNode achievement = subject == null ? null : subject.get("achievement");
        String name = achievement != null && achievement.isObject() ? Json.text(achievement.get("name")) : null;
        return name != null ? name : Json.text(v.document.get("name"));
    }

    static String issued(Verification v) {
        Dates.Found found = v.document == null || !v.format().recognized() ? null : Dates.issued(v);
        return found == null ? null : found.text();
    }

    static String expires(Verification v) {
        Dates.Found found = v.document == null || !v.format().recognized() ? null : Dates.expires(v);
        return found == null ? null : found.text();
    }
}
