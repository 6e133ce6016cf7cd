package org.badgekit.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON Schema for editors must accept what the loader accepts and reject the same basic mistakes. */
class CriteriaSchemaTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private Schema schema;
    private Path folder;

    @BeforeEach
    void readTheSchema() throws IOException {
        folder = ProjectCriteria.folder();
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(Files.readString(folder.resolve("criteria.schema.json")), InputFormat.JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"learning-ambassador.yaml", "workplace-instructor.yaml"})
    void schemaAcceptsEveryProjectCriteriaFile(String file) throws IOException {
        List<Error> errors = schema.validate(YAML.readTree(folder.resolve(file).toFile()));
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"missingTranslation", "unknownKey", "badUrl", "unconfirmedWithoutUrl"})
    void schemaRejectsWhatTheLoaderRejects(String mistake) throws IOException {
        ObjectNode badge = (ObjectNode) YAML.readTree(folder.resolve("workplace-instructor.yaml").toFile());
        ObjectNode alignment = (ObjectNode) badge.withArray("alignments").get(0);
        switch (mistake) {
            case "missingTranslation" -> ((ObjectNode) badge.get("name")).remove("lv");
            case "unknownKey" -> badge.put("colour", "green");
            case "badUrl" -> alignment.put("targetUrl", "data.europa.eu/esco/skill/1");
            default -> alignment.remove("confirm");
        }
        JsonNode document = badge;
        assertThat(schema.validate(document)).isNotEmpty();
    }
}
