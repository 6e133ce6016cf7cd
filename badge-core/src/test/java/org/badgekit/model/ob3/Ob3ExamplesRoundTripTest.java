package org.badgekit.model.ob3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.badgekit.json.JsonCodec;
import org.badgekit.model.JsonEquivalence;
import org.badgekit.testing.SharedSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every OB 3.0 example of the spec and the 1EdTech validator reads into the model and writes back as the same JSON. */
class Ob3ExamplesRoundTripTest {

    static Stream<Path> examples() {
        return SharedSpec.jsonFilesOrAbsent("examples/ob30/spec", "examples/ob30/validator");
    }

    @Test
    void findsTheSharedExamplesWhenTheyArePresent() {
        SharedSpec.spec();
        assertThat(examples()).hasSizeGreaterThan(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void readsAndWritesBackEveryExampleAsTheSameJson(Path file) throws Exception {
        SharedSpec.assumePresent(file);
        byte[] bytes = Files.readAllBytes(file);
        JsonNode original = JsonCodec.parse(file.toString(), bytes);
        Record model = isEndorsement(original)
                ? Ob3Json.readEndorsement(file.toString(), bytes)
                : Ob3Json.readCredential(file.toString(), bytes);

        String written = Ob3Json.write(model);

        assertThat(JsonEquivalence.difference(original, JsonCodec.parse("written", written))).isEmpty();
        Record again = model instanceof EndorsementCredential
                ? Ob3Json.readEndorsement("written", written.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                : Ob3Json.readCredential("written", written.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(again).isEqualTo(model);
        assertThat(Ob3Json.write(again)).isEqualTo(written);
    }

    private static boolean isEndorsement(JsonNode document) {
        for (JsonNode type : document.path("type")) {
            if (type.asText().equals("EndorsementCredential")) {
                return true;
            }
        }
        return document.path("type").asText().equals("EndorsementCredential");
    }
}
