package org.badgekit.model.ob3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.model.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Thousands of randomly damaged credentials (a value removed or replaced by another JSON kind): reading either succeeds and
 * round-trips, or fails with a BadgeException naming a pointer; the schema check always answers with a list.
 */
class MutatedInputTest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final JsonNode[] REPLACEMENTS = {
        JSON.nullNode(), JSON.numberNode(7), JSON.numberNode(new java.math.BigDecimal("2.50")), JSON.textNode(""),
        JSON.textNode("text"), JSON.booleanNode(true), JSON.arrayNode(), JSON.arrayNode().add("x"), JSON.objectNode(),
        JSON.arrayNode().addNull()};

    @Test
    void neverThrowsAnythingButBadgeExceptionAndRoundTripsWhatItReads() throws Exception {
        JsonNode original = JsonCodec.parse("c", Fixtures.bytes("ob3/learning-ambassador-complete.json"));
        List<String> pointers = new ArrayList<>();
        collect(original, "", pointers);
        Ob3SchemaValidator schema = Ob3SchemaValidator.create();
        Random random = new Random(20261128L);
        int read = 0;
        int refused = 0;
        for (int i = 0; i < 3000; i++) {
            JsonNode document = original.deepCopy();
            String pointer = pointers.get(random.nextInt(pointers.size()));
            mutate(document, pointer, random.nextInt(REPLACEMENTS.length + 1));
            byte[] bytes = JsonCodec.write(document).getBytes(StandardCharsets.UTF_8);
            try {
                AchievementCredential credential = Ob3Json.readCredential("m", bytes);
                String written = Ob3Json.write(credential);
                assertThat(Ob3Json.readCredential("w", written.getBytes(StandardCharsets.UTF_8))).isEqualTo(credential);
                read++;
            } catch (BadgeException e) {
                assertThat(e.getMessage()).as(pointer).startsWith("m: /");
                assertThat(e.code()).isIn(BadgeException.Code.INVALID_INPUT, BadgeException.Code.MALFORMED_INPUT);
                refused++;
            }
            assertThat(schema.validate(document)).isNotNull();
        }
        assertThat(read).isPositive();
        assertThat(refused).isPositive();
    }

    @Test
    void treatsDamagedOb2AssertionsTheSameWay() throws Exception {
        JsonNode original = JsonCodec.parse("a", Fixtures.bytes("ob2/assertion-signed-embedded.json"));
        List<String> pointers = new ArrayList<>();
        collect(original, "", pointers);
        Random random = new Random(42L);
        for (int i = 0; i < 2000; i++) {
            JsonNode document = original.deepCopy();
            String pointer = pointers.get(random.nextInt(pointers.size()));
            mutate(document, pointer, random.nextInt(REPLACEMENTS.length + 1));
            byte[] bytes = JsonCodec.write(document).getBytes(StandardCharsets.UTF_8);
            try {
                org.badgekit.model.ob2.Assertion assertion = org.badgekit.model.ob2.Ob2Json.readAssertion("m", bytes);
                String written = org.badgekit.model.ob2.Ob2Json.write(assertion);
                assertThat(org.badgekit.model.ob2.Ob2Json.readAssertion("w", written.getBytes(StandardCharsets.UTF_8)))
                        .isEqualTo(assertion);
            } catch (BadgeException e) {
                assertThat(e.getMessage()).as(pointer).startsWith("m: /");
            }
        }
    }

    private static void collect(JsonNode node, String pointer, List<String> pointers) {
        if (!pointer.isEmpty()) {
            pointers.add(pointer);
        }
        if (node.isObject()) {
            node.properties().forEach(e -> collect(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0")
                    .replace("/", "~1"), pointers));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, pointers);
            }
        }
    }

    private static void mutate(JsonNode document, String pointer, int choice) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = document.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent.isObject()) {
            if (choice == REPLACEMENTS.length) {
                ((ObjectNode) parent).remove(last);
            } else {
                ((ObjectNode) parent).set(last, REPLACEMENTS[choice].deepCopy());
            }
        } else if (parent.isArray()) {
            int index = Integer.parseInt(last);
            if (choice == REPLACEMENTS.length) {
                ((ArrayNode) parent).remove(index);
            } else {
                ((ArrayNode) parent).set(index, REPLACEMENTS[choice].deepCopy());
            }
        }
    }
}
