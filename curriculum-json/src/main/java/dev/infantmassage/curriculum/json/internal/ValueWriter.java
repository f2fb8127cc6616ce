package dev.infantmassage.curriculum.json.internal;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.Extensible;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.ValidationReport;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the library's values to a Jackson 3 generator in the file format's shape. Model objects and
 * texts go through the format itself, so a curriculum written here is the canonical file. Plans and
 * cue advice, which have no file format, are written property by property in their declaration order
 * with the same conventions: enums as their codes, texts as language maps, instants as ISO-8601 text,
 * absent values left out. Issues and reports are written as {@link IssueJson} shapes them.
 */
public final class ValueWriter {
    private ValueWriter() {}

    /** Writes any value of the library, or a plain value (text, number, list, map) holding some, as JSON. */
    public static void write(@Nullable Object value, JsonGenerator generator) {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof Optional<?> optional) {
            write(optional.orElse(null), generator);
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Boolean flag) {
            generator.writeBoolean(flag);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            generator.writeNumber(((Number) value).longValue());
        } else if (value instanceof Instant instant) {
            generator.writeString(instant.toString());
        } else if (value instanceof Enum<?> constant && PlanningValues.isCodeEnum(constant.getDeclaringClass())) {
            generator.writeString(PlanningValues.code(constant));
        } else if (value instanceof Curriculum curriculum) {
            generator.writeTree(CurriculumFormat.CURRICULUM.write(curriculum));
        } else if (value instanceof Extensible model) {
            generator.writeTree(PlanningValues.objectType(model).write(model));
        } else if (value instanceof LocalizedText text) {
            generator.writeTree(Shapes.localized().write(text));
        } else if (value instanceof Issue issue) {
            generator.writeTree(IssueJson.issue(issue));
        } else if (value instanceof ValidationReport report) {
            generator.writeTree(IssueJson.report(report));
        } else if (value instanceof Collection<?> items) {
            generator.writeStartArray();
            for (Object item : items) {
                write(item, generator);
            }
            generator.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeName(String.valueOf(entry.getKey()));
                write(entry.getValue(), generator);
            }
            generator.writeEndObject();
        } else if (PlanningValues.isPlanningValue(PlanningValues.modelType(value.getClass()))) {
            write(PlanningValues.properties(value), generator);
        } else {
            generator.writePOJO(value);
        }
    }
}
