package org.badgekit.model.ob2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.badgekit.BadgeException;
import org.junit.jupiter.api.Test;

/** Bad OB 2.0 input is a BadgeException naming the JSON pointer. */
class Ob2JsonErrorsTest {

    private static BadgeException read(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return catchThrowableOfType(BadgeException.class, () -> Ob2Json.readAssertion("assertion.json", bytes));
    }

    @Test
    void reportsMalformedJson() {
        BadgeException e = read("{\"id\": ");

        assertThat(e.code()).isEqualTo(BadgeException.Code.MALFORMED_INPUT);
        assertThat(e.getMessage()).startsWith("assertion.json:1:");
    }

    @Test
    void requiresTheRecipientOfAnAssertionThatIsNotRevoked() {
        BadgeException e = read("{\"id\": \"urn:x\", \"type\": \"Assertion\", \"badge\": \"https://x\","
                + " \"verification\": {\"type\": \"hosted\"}, \"issuedOn\": \"2016-12-31T23:59:59Z\"}");

        assertThat(e.code()).isEqualTo(BadgeException.Code.INVALID_INPUT);
        assertThat(e.getMessage()).isEqualTo("assertion.json: /recipient: required property missing");
    }

    @Test
    void namesThePointerInsideAnEmbeddedBadgeClass() {
        BadgeException e = read("{\"id\": \"urn:x\", \"type\": \"Assertion\", \"recipient\": {\"type\": \"email\","
                + " \"identity\": \"a@example.org\", \"hashed\": false}, \"verification\": {\"type\": \"hosted\"},"
                + " \"issuedOn\": \"2016-12-31T23:59:59Z\", \"badge\": {\"id\": \"https://x\", \"type\": \"BadgeClass\","
                + " \"name\": \"n\", \"criteria\": \"https://c\", \"issuer\": \"https://i\"}}");

        assertThat(e.getMessage()).isEqualTo("assertion.json: /badge/description: required property missing");
    }

    @Test
    void refusesANumberWhereAnIriOrObjectBelongs() {
        BadgeException e = read("{\"id\": \"urn:x\", \"revoked\": true, \"image\": 5}");

        assertThat(e.getMessage()).startsWith("assertion.json: /image: ");
    }

    @Test
    void refusesIssuedOnAsUnixTimeLikeOb1() {
        BadgeException e = read("{\"id\": \"urn:x\", \"type\": \"Assertion\", \"recipient\": {\"type\": \"email\","
                + " \"identity\": \"a@example.org\", \"hashed\": false}, \"verification\": {\"type\": \"hosted\"},"
                + " \"badge\": \"https://b\", \"issuedOn\": 1480000000}");

        assertThat(e.getMessage()).startsWith("assertion.json: /issuedOn: ");
    }
}
