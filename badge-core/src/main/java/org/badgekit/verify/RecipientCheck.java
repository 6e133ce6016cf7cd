package org.badgekit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.badgekit.model.IdentityHash;

/**
 * {@code recipient}: when the caller names the expected recipient's e-mail, the badge was awarded to it. OB 3.0 (DIGEST §7
 * step 5): {@code credentialSubject.id} = {@code mailto:} address, or an {@code identifier} of identityType
 * {@code emailAddress}, hashed ({@code sha256$...} / {@code md5$...} of address + salt) or plain. OB 2.0: {@code recipient} of
 * type {@code email}. The address is tried as typed and lower-cased.
 */
final class RecipientCheck implements Check {
    static final String ID = "recipient";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run(Verification v) {
        String email = v.settings.recipientEmail();
        if (email == null || v.depth > 0) {
            return CheckResult.skipped(ID, "no expected recipient given");
        }
        return v.format().ob2() ? ob2(v.record(), email) : ob3(v.document, email);
    }

    private CheckResult ob3(JsonNode credential, String email) {
        List<JsonNode> subjects = Json.values(credential.get("credentialSubject"));
        if (subjects.isEmpty()) {
            return CheckResult.failed(ID, "credentialSubject is missing, so the recipient cannot be matched", "/credentialSubject");
        }
        JsonNode subject = subjects.get(0);
        String id = Json.text(subject.get("id"));
        if (id != null && id.regionMatches(true, 0, "mailto:", 0, 7) && id.substring(7).equalsIgnoreCase(email)) {
            return CheckResult.passed(ID, "credentialSubject.id " + id + " matches " + email);
        }
        List<JsonNode> identifiers = Json.values(subject.get("identifier"));
        int considered = 0;
        for (int i = 0; i < identifiers.size(); i++) {
            JsonNode identifier = identifiers.get(i);
            if (!"emailAddress".equals(Json.text(identifier.get("identityType")))) {
                continue;
            }
            considered++;
            String value = Json.text(identifier.get("identityHash"));
            if (matches(value, identifier.path("hashed").asBoolean(false), Json.text(identifier.get("salt")), email)) {
                return CheckResult.passed(ID, "identifier " + i + " (" + describe(identifier) + ") matches " + email);
            }
        }
        String pointer = identifiers.isEmpty() ? "/credentialSubject" : "/credentialSubject/identifier";
        return CheckResult.failed(ID, "the expected recipient " + email + " matches neither credentialSubject.id "
                + Json.quote(id) + " nor any of " + considered + " emailAddress identifier" + (considered == 1 ? "" : "s"),
                pointer);
    }

    private CheckResult ob2(JsonNode assertion, String email) {
        JsonNode recipient = assertion.get("recipient");
        if (recipient == null || !recipient.isObject()) {
            return CheckResult.failed(ID, "recipient is missing, so it cannot be matched", "/recipient");
        }
        String type = Json.text(recipient.get("type"));
        if (type != null && !type.equals("email") && !type.endsWith("email")) {
            return CheckResult.failed(ID, "recipient type " + Json.quote(type) + " is not email, so " + email
                    + " cannot be matched", "/recipient/type");
        }
        String identity = Json.text(recipient.get("identity"));
        if (matches(identity, recipient.path("hashed").asBoolean(false), Json.text(recipient.get("salt")), email)) {
            return CheckResult.passed(ID, "recipient (" + describe(recipient) + ") matches " + email);
        }
        return CheckResult.failed(ID, "recipient identity " + Json.quote(identity) + " does not match " + email,
                "/recipient/identity");
    }

    private static boolean matches(String value, boolean hashed, String salt, String email) {
        if (value == null) {
            return false;
        }
        if (!hashed) {
            return value.equalsIgnoreCase(email);
        }
        return IdentityHash.matches(value, salt, email);
    }

    private static String describe(JsonNode identity) {
        return identity.path("hashed").asBoolean(false)
                ? "hashed" + (identity.hasNonNull("salt") ? ", salted" : ", unsalted")
                : "plain";
    }
}
