package org.badgekit.model.ob2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.model.JsonEquivalence;
import org.badgekit.testing.SharedSpec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every OB 2.0 example of the spec and the 1EdTech validator that is a whole document of a known class (Assertion, BadgeClass,
 * Issuer/Profile, CryptographicKey, RevocationList, Endorsement, ...) reads into that record and writes back as the same JSON.
 * Fragments of the spec text (an "evidence" snippet) and documents of unknown classes are skipped with the reason.
 */
class Ob2ExamplesRoundTripTest {

    static Stream<Path> examples() {
        return SharedSpec.jsonFilesOrAbsent("examples/ob20/spec", "examples/ob20/validator");
    }

    @Test
    void findsTheSharedExamplesWhenTheyArePresent() {
        SharedSpec.spec();
        assertThat(examples()).hasSizeGreaterThan(60);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void readsAndWritesBackEveryWholeDocumentAsTheSameJson(Path file) throws Exception {
        SharedSpec.assumePresent(file);
        byte[] bytes = Files.readAllBytes(file);
        JsonNode original;
        try {
            original = JsonCodec.parse(file.toString(), bytes);
        } catch (BadgeException notJson) {
            assertThatThrownBy(() -> Ob2Json.readAssertion(file.toString(), bytes))
                    .isInstanceOf(BadgeException.class)
                    .extracting(e -> ((BadgeException) e).code()).isEqualTo(BadgeException.Code.MALFORMED_INPUT);
            return;
        }
        Optional<Class<? extends Record>> type = Ob2Types.classOf(original);
        Assumptions.assumeTrue(type.isPresent(), file.getFileName() + " is a fragment or of an unknown class: "
                + original.path("type"));

        Record model = Ob2Json.read(file.toString(), original, type.get());
        String written = Ob2Json.write(model);

        assertThat(JsonEquivalence.difference(original, JsonCodec.parse("written", written))).isEmpty();
        Record again = Ob2Json.read("written", JsonCodec.parse("written", written.getBytes(StandardCharsets.UTF_8)), type.get());
        assertThat(again).isEqualTo(model);
        assertThat(Ob2Json.write(again)).isEqualTo(written);
    }
}
