package dev.infantmassage.curriculum.json.internal;

import dev.infantmassage.curriculum.Coded;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.Extensible;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.Severity;
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
 * absent values left out. Issues and reports are written as {@code --format json} of the command line
 * writes issues: pointer, line, column, severity, code, message.
 */
public final class ValueWriter {
    private ValueWriter() {}

    /** Whether this writer writes values of {@code type}: the library's enums, model, texts, plans, issues and reports. */
    public static boolean writes(Class<?> type) {
        return isCodeEnum(type)
                || LocalizedText.class.isAssignableFrom(type)
                || Extensible.class.isAssignableFrom(type)
                || Issue.class.isAssignableFrom(type)
                || ValidationReport.class.isAssignableFrom(type)
                || PlanningValues.isPlanningValue(PlanningValues.modelType(type));
    }

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
        } else if (value instanceof Coded coded) {
            generator.writeString(coded.code());
        } else if (value instanceof IssueCode code) {
            generator.writeString(code.code());
        } else if (value instanceof Severity severity) {
            generator.writeString(severity.code());
        } else if (value instanceof Curriculum curriculum) {
            generator.writeTree(CurriculumFormat.CURRICULUM.write(curriculum));
        } else if (value instanceof Extensible model) {
            generator.writeTree(PlanningValues.objectType(model).write(model));
        } else if (value instanceof LocalizedText text) {
            generator.writeTree(Shapes.localized().write(text));
        } else if (value instanceof Issue issue) {
            writeIssue(issue, generator);
        } else if (value instanceof ValidationReport report) {
            writeReport(report, generator);
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

    private static void writeIssue(Issue issue, JsonGenerator generator) {
        generator.writeStartObject();
        generator.writeStringProperty("pointer", issue.getLocation().toPointer());
        issue.getFile().ifPresent(file -> generator.writeStringProperty("file", file));
        issue.getLine().ifPresent(line -> generator.writeNumberProperty("line", line));
        issue.getColumn().ifPresent(column -> generator.writeNumberProperty("column", column));
        generator.writeStringProperty("severity", issue.getSeverity().code());
        generator.writeStringProperty("code", issue.getCode().code());
        generator.writeStringProperty("message", issue.getMessage());
        generator.writeEndObject();
    }

    private static void writeReport(ValidationReport report, JsonGenerator generator) {
        generator.writeStartObject();
        generator.writeBooleanProperty("valid", !report.hasErrors());
        for (Severity severity : Severity.values()) {
            generator.writeNumberProperty(plural(severity), report.count(severity));
        }
        if (report.omitted() > 0) {
            generator.writeNumberProperty("omitted", report.omitted());
        }
        generator.writeName("issues");
        write(report.issues(), generator);
        generator.writeEndObject();
    }

    private static String plural(Severity severity) {
        return switch (severity) {
            case ERROR -> "errors";
            case WARNING -> "warnings";
            case INFO -> "infos";
        };
    }

    private static boolean isCodeEnum(Class<?> type) {
        return type.isEnum()
                && (Coded.class.isAssignableFrom(type) || type == IssueCode.class || type == Severity.class);
    }
}
