package org.badgekit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.badgekit.BadgeException;
import org.junit.jupiter.api.Test;

class JsonCodecTest {

    @Test
    void rejectsDuplicateKeysNamingTheKeyAndPosition() {
        assertThatThrownBy(() -> JsonCodec.parse("cred.json", "{\"id\":\"a\",\n\"id\":\"b\"}"))
                .isInstanceOfSatisfying(BadgeException.class, e -> {
                    assertThat(e.code()).isEqualTo(BadgeException.Code.MALFORMED_INPUT);
                    assertThat(e.getMessage()).startsWith("cred.json:2:").contains("id");
                });
    }

    @Test
    void rejectsNestingDeeperThanTheLimit() {
        String deep = "[".repeat(JsonCodec.MAX_DEPTH + 5) + "]".repeat(JsonCodec.MAX_DEPTH + 5);
        assertThatThrownBy(() -> JsonCodec.parse("deep.json", deep))
                .isInstanceOfSatisfying(BadgeException.class,
                        e -> assertThat(e.code()).isEqualTo(BadgeException.Code.LIMIT_EXCEEDED));
    }

    @Test
    void rejectsHugeNumbers() {
        String huge = "{\"n\":" + "9".repeat(5000) + "}";
        assertThatThrownBy(() -> JsonCodec.parse("n.json", huge))
                .isInstanceOfSatisfying(BadgeException.class,
                        e -> assertThat(e.code()).isEqualTo(BadgeException.Code.LIMIT_EXCEEDED));
    }

    @Test
    void rejectsTrailingGarbageAndEmptyInput() {
        assertThatThrownBy(() -> JsonCodec.parse("a.json", "{} {}")).isInstanceOf(BadgeException.class);
        assertThatThrownBy(() -> JsonCodec.parse("a.json", "  ")).isInstanceOf(BadgeException.class);
    }

    @Test
    void writesTheSameBytesForTheSameTreeKeepingKeyOrder() throws BadgeException {
        String json = "{\"z\":1,\"a\":[true,null,\"x\"],\"m\":{\"b\":2.50,\"a\":1}}";
        assertThat(JsonCodec.write(JsonCodec.parse("a", json))).isEqualTo(json);
    }
}
