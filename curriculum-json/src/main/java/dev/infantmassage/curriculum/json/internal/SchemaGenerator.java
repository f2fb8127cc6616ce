package dev.infantmassage.curriculum.json.internal;

import tools.jackson.databind.node.ObjectNode;

/** The JSON Schema (draft 2020-12) of the format, derived from {@link CurriculumFormat}. */
public final class SchemaGenerator {
    private SchemaGenerator() {}

    /** The schema's canonical text, exactly as shipped and as written to {@code docs/curriculum.schema.json}. */
    public static String generate() {
        ObjectNode schema = Shapes.NODES
                .objectNode()
                .put("$schema", "https://json-schema.org/draft/2020-12/schema")
                .put("$id", CurriculumFormat.SCHEMA_ID)
                .put("title", "Infant massage curriculum, format version " + CurriculumFormat.MAJOR_VERSION)
                .put("$ref", "#/$defs/" + CurriculumFormat.CURRICULUM.name());
        ObjectNode definitions = schema.putObject("$defs");
        for (ObjectType<?, ?> type : CurriculumFormat.TYPES) {
            definitions.set(type.name(), type.definition());
        }
        definitions.set("localizedText", Shapes.localizedTextDefinition());
        return JsonText.write(schema);
    }
}
