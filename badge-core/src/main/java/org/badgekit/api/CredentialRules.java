package org.badgekit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.badgekit.BadgeException;

/**
 * The VC 2.0 data model rules an unsigned credential must meet before it is signed: {@code @context} starting with the VC 2.0
 * context, {@code type} including {@code VerifiableCredential}, a {@code credentialSubject}, an {@code id} that is a URL, and
 * {@code validFrom}/{@code validUntil} that are date-time stamps with a time zone, in order. JSON-LD safe mode (undefined
 * terms, redefined protected terms) is checked by the canonicalizer when the credential is signed.
 *
 * @see <a href="https://www.w3.org/TR/vc-data-model-2.0/#basic-concepts">VC Data Model 2.0, basic concepts</a>
 */
final class CredentialRules {
    static final String VC2_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    /** xsd:dateTimeStamp: an xsd:dateTime with a mandatory time zone. */
    private static final Pattern DATE_TIME_STAMP = Pattern.compile(
            "-?\\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d+)?"
                    + "(Z|[+-](0\\d|1[0-3]):[0-5]\\d|[+-]14:00)");
    private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");

    private CredentialRules() {}

    /**
     * Checks {@code credential}; {@code base} is its pointer in the request (e.g. {@code /credential}).
     *
     * @throws BadgeException {@code INVALID_INPUT} naming the first rule broken and its JSON pointer
     */
    static void check(ObjectNode credential, String base) throws BadgeException {
        JsonNode context = credential.get("@context");
        JsonNode first = context == null ? null : context.isArray() ? context.get(0) : context;
        if (first == null || !first.isTextual() || !VC2_CONTEXT.equals(first.asText())) {
            throw invalid(base + "/@context", "@context must be an array whose first entry is '" + VC2_CONTEXT + "', found "
                    + (context == null ? "none" : context.toString()));
        }
        JsonNode type = credential.get("type");
        boolean vc = type != null && (type.isTextual() ? "VerifiableCredential".equals(type.asText())
                : type.isArray() && hasText(type, "VerifiableCredential"));
        if (!vc) {
            throw invalid(base + "/type", "type must include 'VerifiableCredential', found " + (type == null ? "none" : type));
        }
        JsonNode id = credential.get("id");
        if (id != null && (!id.isTextual() || !URL.matcher(id.asText()).matches())) {
            throw invalid(base + "/id", "id " + id + " is not a URL (e.g. urn:uuid:...)");
        }
        JsonNode subject = credential.get("credentialSubject");
        if (subject == null || !(subject.isObject() && !subject.isEmpty()
                || subject.isArray() && !subject.isEmpty() && allNonEmptyObjects(subject))) {
            throw invalid(base + "/credentialSubject", "credentialSubject must be a non-empty object (or an array of them), found "
                    + (subject == null ? "none" : subject.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        Instant from = date(credential, "validFrom", base);
        Instant until = date(credential, "validUntil", base);
        if (from != null && until != null && !until.isAfter(from)) {
            throw invalid(base + "/validUntil", "validUntil " + credential.get("validUntil").asText() + " is not after validFrom "
                    + credential.get("validFrom").asText());
        }
        for (String legacy : new String[] {"issuanceDate", "expirationDate"}) {
            if (credential.has(legacy)) {
                throw invalid(base + "/" + legacy, legacy + " is VC 1.1; VC 2.0 credentials use validFrom and validUntil");
            }
        }
    }

    private static Instant date(ObjectNode credential, String name, String base) throws BadgeException {
        JsonNode value = credential.get(name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual() || !DATE_TIME_STAMP.matcher(value.asText()).matches()) {
            throw invalid(base + "/" + name, name + " " + value + " is not a date-time with a time zone like 2026-01-31T12:00:00Z");
        }
        try {
            return OffsetDateTime.parse(value.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(base + "/" + name, name + " " + value + " is not a real date-time (" + e.getMessage() + ")");
        }
    }

    private static boolean hasText(JsonNode array, String text) {
        for (JsonNode item : array) {
            if (item.isTextual() && text.equals(item.asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean allNonEmptyObjects(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isObject() || item.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    static boolean hasType(JsonNode credential, String name) {
        JsonNode type = credential.get("type");
        return type != null && (type.isTextual() ? name.equals(type.asText()) : type.isArray() && hasText(type, name));
    }

    static BadgeException invalid(String pointer, String message) {
        return new BadgeException(BadgeException.Code.INVALID_INPUT, message, pointer, null);
    }
}
