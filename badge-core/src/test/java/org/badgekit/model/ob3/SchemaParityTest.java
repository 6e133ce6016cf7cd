package org.badgekit.model.ob3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.badgekit.json.JsonCodec;
import org.badgekit.testing.SharedSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The library's own OB 3.0 schema gives the same verdict (valid or not) as the official 1EdTech schema on every OB 3.0 JSON
 * example of the spec and the 1EdTech validator, and on mutations of a valid credential.
 */
class SchemaParityTest {
    private static final Ob3SchemaValidator OURS = Ob3SchemaValidator.create();

    static Stream<Path> examples() {
        return SharedSpec.jsonFilesOrAbsent("examples/ob30/spec", "examples/ob30/validator");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void givesTheOfficialVerdictOnEveryExample(Path file) throws Exception {
        SharedSpec.assumePresent(file);
        JsonNode document = JsonCodec.parse(file.toString(), Files.readAllBytes(file));
        boolean endorsement = Mutations.isEndorsement(document);
        List<SchemaProblem> official = endorsement ? Official.endorsement().validate(document)
                : Official.credential().validate(document);
        List<SchemaProblem> ours = endorsement ? OURS.validateEndorsement(document) : OURS.validate(document);

        assertThat(ours.isEmpty()).as("ours %s, official %s", ours, official).isEqualTo(official.isEmpty());
        if (!endorsement) {
            assertThat(Official.credentialJsonLdCopy().validate(document).isEmpty()).isEqualTo(official.isEmpty());
        }
    }

    @Test
    void acceptsEverySpecExample() throws Exception {
        List<Path> spec = SharedSpec.jsonFiles("examples/ob30/spec");
        SharedSpec.spec();
        assertThat(spec).isNotEmpty();
        for (Path file : spec) {
            JsonNode document = JsonCodec.parse(file.toString(), Files.readAllBytes(file));
            if (Mutations.isEndorsement(document)) {
                assertThat(OURS.validateEndorsement(document)).as(file.toString()).isEmpty();
                assertThat(Official.endorsement().validate(document)).as(file.toString()).isEmpty();
            } else {
                assertThat(OURS.validate(document)).as(file.toString()).isEmpty();
                assertThat(Official.credential().validate(document)).as(file.toString()).isEmpty();
            }
        }
    }

    static Stream<Arguments> mutations() {
        // the mutations start from a shared spec example; with the shared data absent they are skipped by SharedSpec.spec()
        return Mutations.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void givesTheOfficialVerdictOnMutatedCredentials(String name, Consumer<ObjectNode> mutation) throws Exception {
        Path base = SharedSpec.spec().resolve("examples/ob30/spec/complete-openbadgecredential.json");
        ObjectNode document = (ObjectNode) JsonCodec.parse(base.toString(), Files.readAllBytes(base));
        mutation.accept(document);

        List<SchemaProblem> official = Official.credential().validate(document);
        List<SchemaProblem> ours = OURS.validate(document);

        assertThat(ours.isEmpty()).as("ours %s, official %s", ours, official).isEqualTo(official.isEmpty());
    }

    /** The official schemas, loaded under their own {@code $id}s with the same validator settings as ours. */
    static final class Official {
        private static Ob3SchemaValidator credential;
        private static Ob3SchemaValidator endorsement;
        private static Ob3SchemaValidator credentialJsonLdCopy;

        /** The copy downloaded from the official URL in 2024 (different $id, same content). */
        static synchronized Ob3SchemaValidator credentialJsonLdCopy() throws Exception {
            if (credentialJsonLdCopy == null) {
                credentialJsonLdCopy = load("ob_v3p0_achievementcredential_schema.json-ld-variant.educredentials-copy.json");
            }
            return credentialJsonLdCopy;
        }

        static synchronized Ob3SchemaValidator credential() throws Exception {
            if (credential == null) {
                credential = load("ob_v3p0_achievementcredential_schema.json");
            }
            return credential;
        }

        static synchronized Ob3SchemaValidator endorsement() throws Exception {
            if (endorsement == null) {
                endorsement = load("ob_v3p0_endorsementcredential_schema.json");
            }
            return endorsement;
        }

        private static Ob3SchemaValidator load(String name) throws Exception {
            Path file = SharedSpec.spec().resolve("schemas/ob_v3p0").resolve(name);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String id = JsonCodec.parse(name, text).path("$id").asText();
            return Ob3SchemaValidator.forSchema(id, text);
        }
    }
}
