package dev.infantmassage.curriculum.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.Extensible;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.json.internal.CurriculumFormat;
import dev.infantmassage.curriculum.json.internal.IssueJson;
import dev.infantmassage.curriculum.json.internal.PlanningValues;
import dev.infantmassage.curriculum.json.internal.Shapes;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.ValidationReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Writes the library's values to a Jackson 2 generator in the file format's shape. Model objects go
 * through the format itself (curriculum-json's canonical writer, whose Jackson 3 tree is copied token
 * by token), so a curriculum written here is the canonical file. Plans and cue advice, which have no
 * file format, are written property by property in their declaration order with the same conventions:
 * enums as their codes, texts as language maps, instants as ISO-8601 text, absent values left out.
 * Issues and reports are written as {@link IssueJson} shapes them, as the Jackson 3 module does.
 */
public final class FormatWriter {
    private FormatWriter() {}

    /** Writes any value of the library, or a plain value (text, number, list, map), as JSON. */
    public static void write(@Nullable Object value, JsonGenerator generator) throws IOException {
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
            copy(CurriculumFormat.CURRICULUM.write(curriculum), generator);
        } else if (value instanceof Extensible model) {
            copy(PlanningValues.objectType(model).write(model), generator);
        } else if (value instanceof LocalizedText text) {
            copy(Shapes.localized().write(text), generator);
        } else if (value instanceof Issue issue) {
            copy(IssueJson.issue(issue), generator);
        } else if (value instanceof ValidationReport report) {
            copy(IssueJson.report(report), generator);
        } else if (value instanceof Collection<?> items) {
            generator.writeStartArray();
            for (Object item : items) {
                write(item, generator);
            }
            generator.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName(String.valueOf(entry.getKey()));
                write(entry.getValue(), generator);
            }
            generator.writeEndObject();
        } else if (PlanningValues.isPlanningValue(PlanningValues.modelType(value.getClass()))) {
            write(PlanningValues.properties(value), generator);
        } else {
            generator.writeObject(value);
        }
    }

    /** Copies a Jackson 3 tree, as curriculum-json writes it, to a Jackson 2 generator. */
    public static void copy(JsonNode node, JsonGenerator generator) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject();
                for (Map.Entry<String, JsonNode> entry : node.properties()) {
                    generator.writeFieldName(entry.getKey());
                    copy(entry.getValue(), generator);
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray();
                for (JsonNode item : node) {
                    copy(item, generator);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(node.stringValue());
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            case NULL -> generator.writeNull();
            case NUMBER -> {
                Number number = node.numberValue();
                if (number instanceof BigDecimal decimal) {
                    generator.writeNumber(decimal);
                } else if (number instanceof BigInteger integer) {
                    generator.writeNumber(integer);
                } else if (number instanceof Double || number instanceof Float) {
                    generator.writeNumber(number.doubleValue());
                } else {
                    generator.writeNumber(number.longValue());
                }
            }
            default -> generator.writeString(node.asString());
        }
    }
}
