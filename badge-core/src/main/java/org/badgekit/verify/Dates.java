package org.badgekit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reading the date properties of both versions: which property holds the date, and parsing it strictly with a time zone. */
final class Dates {
    private Dates() {}

    /** A date property as found: its name, pointer, raw text, and the parsed instant (null when it did not parse). */
    record Found(String name, String pointer, JsonNode raw, Instant instant) {
        String text() {
            return raw.isTextual() ? raw.asText() : raw.toString();
        }
    }

    /** The issue date: validFrom (VC 2.0), issuanceDate (VC 1.1), issuedOn (OB 2.0); null when absent. */
    static Found issued(Verification v) {
        JsonNode doc = v.record();
        if (v.format().ob2()) {
            return find(doc, "issuedOn");
        }
        Found found = find(doc, "1.1".equals(v.vcVersion) ? "issuanceDate" : "validFrom");
        return found != null ? found : find(doc, "1.1".equals(v.vcVersion) ? "validFrom" : "issuanceDate");
    }

    /** The expiry date: validUntil, expirationDate, expires; null when absent. */
    static Found expires(Verification v) {
        JsonNode doc = v.record();
        if (v.format().ob2()) {
            return find(doc, "expires");
        }
        Found found = find(doc, "1.1".equals(v.vcVersion) ? "expirationDate" : "validUntil");
        return found != null ? found : find(doc, "1.1".equals(v.vcVersion) ? "validUntil" : "expirationDate");
    }

    private static Found find(JsonNode doc, String name) {
        JsonNode raw = doc.get(name);
        if (raw == null || raw.isNull()) {
            return null;
        }
        return new Found(name, "/" + name, raw, raw.isTextual() ? parse(raw.asText()) : null);
    }

    /** Parses an ISO 8601 date-time that carries a time zone ({@code Z} or an offset); null otherwise. */
    static Instant parse(String text) {
        if (text.length() > 64) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
