package org.badgekit.model.ob3;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.badgekit.json.JsonCodec;

/**
 * Structural validation of OB 3.0 credentials against the library's own JSON Schema (draft 2019-09), written from the OB 3.0
 * data model: required properties, JSON types, arrays where the data model wants arrays, {@code type} arrays, the vocabularies
 * with their {@code ext:} extensions, the closed IdentityObject, IdentifierEntry and Image, the {@code inLanguage} pattern.
 * Its verdicts match the official 1EdTech schema's on the spec examples and the 1EdTech validator's samples (tested).
 *
 * <p>An invalid document is a list of {@link SchemaProblem}s, never an exception. Build once with {@link #create()}; the
 * instance is immutable and thread-safe.
 *
 * <p>See <a href="https://www.imsglobal.org/spec/ob/v3p0/#json-schema">OB 3.0 JSON Schema</a>.
 */
public final class Ob3SchemaValidator {
    /** The {@code $id} of the bundled schema. */
    static final String SCHEMA_ID = "https://badgekit.org/schema/ob3/achievementcredential.json";
    private static final String RESOURCE = "ob3-achievementcredential.schema.json";

    private final Schema credential;
    /**
     * The EndorsementCredential schema, compiled on first use: most badges carry no endorsement, and compiling it up front
     * was a tenth of a cold {@code badge verify}'s schema set-up. Compiled once per validator, on whichever thread asks first.
     */
    private final Supplier<Schema> endorsement;

    private Ob3SchemaValidator(Schema credential, Supplier<Schema> endorsement) {
        this.credential = credential;
        this.endorsement = endorsement;
    }

    /** The validator with the bundled OB 3.0 schema. */
    public static Ob3SchemaValidator create() {
        String schema = bundledSchema();
        SchemaRegistry registry = registry(Map.of(SCHEMA_ID, schema));
        SchemaLocation endorsement = SchemaLocation.of(SCHEMA_ID + "#/$defs/EndorsementCredential");
        return new Ob3SchemaValidator(registry.getSchema(SchemaLocation.of(SCHEMA_ID)),
                new Once<>(() -> registry.getSchema(endorsement)));
    }

    /** A validator for another draft 2019-09 schema with the same settings (used to compare with the official schema). */
    static Ob3SchemaValidator forSchema(String id, String schema) {
        SchemaRegistry registry = registry(Map.of(id, schema));
        Schema root = registry.getSchema(SchemaLocation.of(id));
        return new Ob3SchemaValidator(root, () -> root);
    }

    /** Problems of an AchievementCredential / OpenBadgeCredential (VC 2.0 form); empty when it conforms. */
    public List<SchemaProblem> validate(JsonNode document) {
        return run(credential, document);
    }

    /** Problems of an EndorsementCredential (VC 2.0 form); empty when it conforms. */
    public List<SchemaProblem> validateEndorsement(JsonNode document) {
        return run(endorsement.get(), document);
    }

    private static List<SchemaProblem> run(Schema schema, JsonNode document) {
        Objects.requireNonNull(document, "document");
        List<Error> errors;
        try {
            errors = schema.validate(document);
        } catch (RuntimeException e) {
            // the validator should not throw for any input; if it does, report it rather than crash the caller
            return List.of(new SchemaProblem("", "schema validation could not complete: " + e.getMessage()));
        }
        Set<SchemaProblem> problems = new LinkedHashSet<>();
        for (Error error : errors) {
            problems.add(SchemaMessages.problem(error));
        }
        return List.copyOf(new ArrayList<>(problems));
    }

    private static SchemaRegistry registry(Map<String, String> schemas) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        // schemas are read with the library's mapper: networknt's default reader would build a second ObjectMapper, a
        // noticeable part of a cold badge verify
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09,
                builder -> builder.schemaRegistryConfig(config).schemas(schemas)
                        .nodeReader(reader -> reader.jsonMapper(JsonCodec.mapper())));
    }

    private static String bundledSchema() {
        try (InputStream in = Ob3SchemaValidator.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + RESOURCE, e);
        }
    }

    /** A value computed on first {@link #get()} and kept; safe to share between threads. */
    private static final class Once<T> implements Supplier<T> {
        private final Supplier<T> compute;
        private volatile T value;

        Once(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public T get() {
            T result = value;
            if (result == null) {
                synchronized (this) {
                    result = value;
                    if (result == null) {
                        result = Objects.requireNonNull(compute.get(), "computed value");
                        value = result;
                    }
                }
            }
            return result;
        }
    }
}
