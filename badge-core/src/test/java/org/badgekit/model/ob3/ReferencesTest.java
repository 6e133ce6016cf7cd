package org.badgekit.model.ob3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Values that are one of two JSON forms remember which one they are. */
class ReferencesTest {

    @Test
    void aProfileRefIsEitherAUriOrAProfile() {
        ProfileRef uri = ProfileRef.of("https://example.org/issuer");
        ProfileRef embedded = ProfileRef.of(Profile.of("https://example.org/issuer", "Example"));

        assertThat(uri.json()).isEqualTo("https://example.org/issuer");
        assertThat(embedded.json()).isInstanceOf(Profile.class);
        assertThat(uri.id()).isEqualTo(embedded.id());
        assertThat(uri.embedded()).isEmpty();
        assertThatThrownBy(() -> new ProfileRef(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProfileRef("u", Profile.of("u", "n"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aContextEntryIsEitherAUrlOrAnInlineContextThatCannotBeChangedFromOutside() {
        ObjectNode inline = JsonNodeFactory.instance.objectNode().put("ex", "https://example.org/ns#");
        ContextEntry entry = ContextEntry.of(inline);

        inline.put("ex", "changed");

        assertThat(entry.isUrl()).isFalse();
        assertThat(entry.json().get("ex").asText()).isEqualTo("https://example.org/ns#");
        assertThat(ContextEntry.VC_V2.json().asText()).isEqualTo("https://www.w3.org/ns/credentials/v2");
        assertThat(ContextEntry.OB3_DEFAULT).containsExactly(ContextEntry.VC_V2, ContextEntry.OB_V3P0_3_0_3);
    }

    @Test
    void readsAnInlineContextAndWritesItBackInPlace() throws Exception {
        String json = "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\","
                + "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\",{\"ex\":\"https://example.org/ns#\"}],"
                + "\"id\":\"urn:x\",\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],\"issuer\":\"https://i\","
                + "\"validFrom\":\"2026-01-01T00:00:00Z\",\"credentialSubject\":{\"type\":[\"AchievementSubject\"],"
                + "\"id\":\"did:example:1\"}}";

        AchievementCredential credential = Ob3Json.readCredential("c", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(credential.context().get(2).inline().get("ex").asText()).isEqualTo("https://example.org/ns#");
        assertThat(Ob3Json.toTree(credential).get("@context").get(2).isObject()).isTrue();
    }
}
