package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.json.Suppressions;
import dev.infantmassage.curriculum.validation.Issue;
import java.util.Optional;

/**
 * {@code --format json}: an array of objects with {@code file}, {@code line}, {@code column},
 * {@code pointer}, {@code severity}, {@code code} and {@code message}, one object per line.
 * Unknown lines and columns are {@code null}. Suppressed findings follow each file's issues, with a
 * {@code suppressed} object ({@code kind}: {@code config} or {@code in-document}, and {@code reason}).
 */
final class JsonReport {
    private JsonReport() {}

    static String render(ValidationRun run) {
        JsonWriter json = new JsonWriter(1).beginArray();
        for (FileReport report : run.reports()) {
            for (Issue issue : report.issues()) {
                issue(json, report.file(), issue).endObject();
            }
            for (Suppressions.Suppressed suppressed : report.suppressed()) {
                issue(json, report.file(), suppressed.issue())
                        .name("suppressed")
                        .beginObject()
                        .field("kind", suppressed.kind() == Suppressions.Kind.IN_SOURCE ? "in-document" : "config")
                        .field("reason", suppressed.reason())
                        .endObject()
                        .endObject();
            }
        }
        return json.endArray().finish();
    }

    /** Opens an issue's object and writes its fields, for the caller to add more and close it. */
    private static JsonWriter issue(JsonWriter json, String file, Issue issue) {
        json.beginObject().field("file", file);
        number(json.name("line"), issue.getLine());
        number(json.name("column"), issue.getColumn());
        return json.field("pointer", issue.getLocation().toPointer())
                .field("severity", issue.getSeverity().code())
                .field("code", issue.getCode().code())
                .field("message", issue.getMessage());
    }

    private static void number(JsonWriter json, Optional<Integer> value) {
        if (value.isPresent()) {
            json.value(value.get());
        } else {
            json.nullValue();
        }
    }
}
