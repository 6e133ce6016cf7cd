package org.badgekit.model.ob3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.model.Fixtures;
import org.junit.jupiter.api.Test;

/** Bad input is a BadgeException naming the JSON pointer and the expectation, never an unchecked exception. */
class Ob3JsonErrorsTest {

    private static BadgeException readMutated(Consumer<ObjectNode> mutation) throws Exception {
        ObjectNode document = (ObjectNode) JsonCodec.parse("c", Fixtures.bytes("ob3/learning-ambassador-complete.json"));
        mutation.accept(document);
        byte[] bytes = JsonCodec.write(document).getBytes(StandardCharsets.UTF_8);
        return catchThrowableOfType(BadgeException.class, () -> Ob3Json.readCredential("badge.json", bytes));
    }

    private static ObjectNode at(JsonNode node, String pointer) {
        return (ObjectNode) node.at(pointer);
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() {
        byte[] bytes = "{\"id\": \"x\",\n  \"type\": [}".getBytes(StandardCharsets.UTF_8);

        BadgeException e = catchThrowableOfType(BadgeException.class, () -> Ob3Json.readCredential("badge.json", bytes));

        assertThat(e.code()).isEqualTo(BadgeException.Code.MALFORMED_INPUT);
        assertThat(e.getMessage()).startsWith("badge.json:2:").contains("malformed JSON");
    }

    @Test
    void reportsEmptyInputAsMalformed() {
        BadgeException e = catchThrowableOfType(BadgeException.class, () -> Ob3Json.readCredential("empty.json", new byte[0]));

        assertThat(e.code()).isEqualTo(BadgeException.Code.MALFORMED_INPUT);
    }

    @Test
    void reportsADocumentThatIsNotAnObject() {
        byte[] bytes = "[1, 2]".getBytes(StandardCharsets.UTF_8);

        BadgeException e = catchThrowableOfType(BadgeException.class, () -> Ob3Json.readCredential("list.json", bytes));

        assertThat(e.code()).isEqualTo(BadgeException.Code.INVALID_INPUT);
        assertThat(e.getMessage()).isEqualTo("list.json: expected a JSON object (AchievementCredential), found an array");
    }

    @Test
    void namesThePointerOfAMissingRequiredProperty() throws Exception {
        BadgeException e = readMutated(d -> at(d, "/credentialSubject/achievement").remove("name"));

        assertThat(e.code()).isEqualTo(BadgeException.Code.INVALID_INPUT);
        assertThat(e.getMessage()).isEqualTo("badge.json: /credentialSubject/achievement/name: required property missing");
        assertThat(e.location()).contains("/credentialSubject/achievement/name");
    }

    @Test
    void namesThePointerOfAMissingPropertyInsideAnArray() throws Exception {
        BadgeException e = readMutated(d -> at(d, "/credentialSubject/achievement/alignment/0").remove("targetUrl"));

        assertThat(e.getMessage())
                .isEqualTo("badge.json: /credentialSubject/achievement/alignment/0/targetUrl: required property missing");
    }

    @Test
    void namesThePointerAndTheExpectedTypeOfAWrongType() throws Exception {
        BadgeException e = readMutated(d -> at(d, "/credentialSubject/achievement").put("name", 42));

        assertThat(e.code()).isEqualTo(BadgeException.Code.INVALID_INPUT);
        assertThat(e.getMessage())
                .isEqualTo("badge.json: /credentialSubject/achievement/name: expected a string, found the number 42");
    }

    @Test
    void refusesAStringWhereABooleanBelongs() throws Exception {
        BadgeException e = readMutated(d -> at(d, "/credentialSubject/identifier/0").put("hashed", "true"));

        assertThat(e.getMessage())
                .isEqualTo("badge.json: /credentialSubject/identifier/0/hashed: expected a boolean, found the string \"true\"");
    }

    @Test
    void refusesAStringWhereANumberBelongs() throws Exception {
        BadgeException e = readMutated(d -> at(d, "/credentialSubject/achievement").put("creditsAvailable", "3"));

        assertThat(e.getMessage()).contains("/credentialSubject/achievement/creditsAvailable: expected a number");
    }

    @Test
    void refusesAStringWhereAnObjectBelongs() throws Exception {
        BadgeException e = readMutated(d -> at(d, "/credentialSubject/achievement").put("criteria", "https://x"));

        assertThat(e.getMessage()).isEqualTo(
                "badge.json: /credentialSubject/achievement/criteria: expected an object (Criteria), found the string \"https://x\"");
    }

    @Test
    void refusesANumberAsIssuer() throws Exception {
        BadgeException e = readMutated(d -> d.put("issuer", 7));

        assertThat(e.getMessage()).startsWith("badge.json: /issuer: ");
    }

    @Test
    void refusesATimestampThatIsNotADateTime() throws Exception {
        BadgeException e = readMutated(d -> d.put("validFrom", "yesterday"));

        assertThat(e.getMessage()).isEqualTo(
                "badge.json: /validFrom: \"yesterday\" is not an ISO 8601 date-time such as 2010-01-01T00:00:00Z");
    }

    @Test
    void refusesANullEntryInAnArray() throws Exception {
        BadgeException e = readMutated(d -> ((com.fasterxml.jackson.databind.node.ArrayNode) d.get("proof")).addNull());

        assertThat(e.getMessage()).isEqualTo("badge.json: /proof: null entry in array");
    }

    @Test
    void refusesAMissingValidFromUnlessTheLegacyIssuanceDateIsThere() throws Exception {
        BadgeException e = readMutated(d -> d.remove("validFrom"));

        assertThat(e.getMessage()).isEqualTo("badge.json: /validFrom: required property missing");
    }

    @Test
    void refusesAnEmptyVocabularyTerm() throws Exception {
        BadgeException e = readMutated(d -> at(d, "/credentialSubject/achievement").put("achievementType", " "));

        assertThat(e.getMessage()).startsWith("badge.json: /credentialSubject/achievement/achievementType: ")
                .contains("is blank");
    }

    @Test
    void refusesDuplicateKeys() {
        byte[] bytes = "{\"id\": \"a\", \"id\": \"b\"}".getBytes(StandardCharsets.UTF_8);

        BadgeException e = catchThrowableOfType(BadgeException.class, () -> Ob3Json.readCredential("dup.json", bytes));

        assertThat(e.code()).isEqualTo(BadgeException.Code.MALFORMED_INPUT);
    }

    @Test
    void readsAnUnknownAchievementTypeSoThatTheSchemaCheckCanReportIt() throws Exception {
        ObjectNode document = (ObjectNode) JsonCodec.parse("c", Fixtures.bytes("ob3/learning-ambassador-complete.json"));
        at(document, "/credentialSubject/achievement").put("achievementType", "Trophy");

        AchievementCredential credential = Ob3Json.readCredential("c", document);

        assertThat(credential.credentialSubject().achievement().achievementType().isValid()).isFalse();
        assertThat(Ob3SchemaValidator.create().validate(document)).extracting(SchemaProblem::pointer)
                .containsExactly("/credentialSubject/achievement/achievementType");
    }

    @Test
    void readsAnAchievementWithoutTypeSoThatTheSchemaCheckCanReportIt() throws Exception {
        ObjectNode document = (ObjectNode) JsonCodec.parse("c", Fixtures.bytes("ob3/learning-ambassador-complete.json"));
        at(document, "/credentialSubject/achievement").remove("type");

        AchievementCredential credential = Ob3Json.readCredential("c", document);

        assertThat(credential.credentialSubject().achievement().type()).isEmpty();
        assertThat(Ob3SchemaValidator.create().validate(document))
                .containsExactly(new SchemaProblem("/credentialSubject/achievement/type", "required property missing"));
    }
}
