package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.infantmassage.curriculum.json.internal.CurriculumFormat;
import dev.infantmassage.curriculum.json.internal.ObjectType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published schema, checked with an independent validator (networknt, draft 2020-12, no network):
 * it is a valid 2020-12 schema, it accepts what the writer writes, it rejects what the binder
 * rejects, and it names exactly the properties the binder accepts.
 */
class SchemaTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false)));
    private static final Schema SCHEMA = REGISTRY.getSchema(CurriculumJson.schema(), InputFormat.JSON);

    private final CurriculumJson json = CurriculumJson.create();

    @Test
    void schema_isValidAgainstTheDraft202012MetaSchema() {
        Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        List<Error> errors = metaSchema.validate(CurriculumJson.schema(), InputFormat.JSON);

        assertThat(errors).isEmpty();
    }

    @Test
    void schema_hasStableIdAndDialect() {
        JsonNode schema = MAPPER.readTree(CurriculumJson.schema());

        assertThat(schema.get("$id").asString()).isEqualTo("https://infantmassage.dev/schema/curriculum-1.json");
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void fullCurriculum_asWritten_validates() {
        assertThat(SCHEMA.validate(json.writeString(Fixtures.full()), InputFormat.JSON))
                .isEmpty();
    }

    static LongStream data_seeds() {
        return LongStream.range(0, 40);
    }

    /** Generated curricula ignore the value constraints ("minimum", "pattern") the schema shares with the validator. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("data_seeds")
    void generatedCurriculum_asWritten_hasTheSchemasShape(long seed) {
        String written = json.writeString(RandomCurricula.generate(seed));

        assertThat(SCHEMA.validate(written, InputFormat.JSON))
                .extracting(Error::getKeyword)
                .isSubsetOf("minimum", "pattern");
    }

    @Test
    void schema_rejectsUnknownPropertyButAllowsExtensions() {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(json.writeString(Fixtures.minimal()));
        ((ObjectNode) tree.get("strokes").get(0)).put("x-anything", "kept");
        assertThat(SCHEMA.validate(tree)).isEmpty();

        ((ObjectNode) tree.get("strokes").get(0)).put("duration", 30);
        assertThat(SCHEMA.validate(tree))
                .extracting(error -> error.getInstanceLocation().toString())
                .contains("/strokes/0");
    }

    @Test
    void schema_rejectsUnknownCodeAndMissingRequiredProperty() {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(json.writeString(Fixtures.minimal()));
        ((ObjectNode) tree.get("strokes").get(0)).put("region", "legs");
        ((ObjectNode) tree.get("cues").get(0)).remove("polarity");

        assertThat(SCHEMA.validate(tree))
                .extracting(error -> error.getInstanceLocation().toString())
                .contains("/strokes/0/region", "/cues/0");
    }

    @Test
    void schema_namesExactlyThePropertiesTheBinderAccepts() {
        JsonNode definitions = MAPPER.readTree(CurriculumJson.schema()).get("$defs");
        List<String> types = new ArrayList<>();
        for (ObjectType<?, ?> type : CurriculumFormat.TYPES) {
            types.add(type.name());
            Set<String> accepted = new TreeSet<>();
            type.properties().forEach(property -> accepted.add(property.name()));
            if (type.isTopLevel()) {
                accepted.add("$schema");
            }
            JsonNode definition = definitions.get(type.name());
            assertThat(new TreeSet<>(definition.get("properties").propertyNames()))
                    .as(type.name())
                    .isEqualTo(accepted);
            Set<String> required = new TreeSet<>();
            type.properties().stream()
                    .filter(property -> property.presence() == ObjectType.Presence.REQUIRED)
                    .forEach(property -> required.add(property.name()));
            Set<String> schemaRequired = new TreeSet<>();
            if (definition.has("required")) {
                definition.get("required").forEach(name -> schemaRequired.add(name.asString()));
            }
            assertThat(schemaRequired).as(type.name() + " required").isEqualTo(required);
            assertThat(definition.get("additionalProperties").booleanValue()).isFalse();
            assertThat(definition.get("patternProperties").has("^x-")).isTrue();
        }
        types.add("localizedText");
        assertThat(definitions.propertyNames()).containsExactlyInAnyOrderElementsOf(types);
    }

    @Test
    void schema_acceptsEveryPropertyTheBinderReads() {
        String written = json.writeString(Fixtures.full());
        JsonNode tree = MAPPER.readTree(written);

        assertThat(json.readString(written, "full.curriculum.json").curriculum())
                .contains(Fixtures.full());
        assertThat(SCHEMA.validate(tree)).isEmpty();
    }
}
