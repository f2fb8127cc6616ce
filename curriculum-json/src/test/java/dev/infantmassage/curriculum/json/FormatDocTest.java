package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.json.internal.CurriculumFormat;
import dev.infantmassage.curriculum.json.internal.ObjectType;
import dev.infantmassage.curriculum.validation.IssueCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * {@code docs/format.md} keeps up with the format: every object's table is the one the format gives
 * (run with {@code -Dformat.doc.update=true} to rewrite them), and every reading code is listed.
 */
class FormatDocTest {
    private static final Path DOC = Path.of("../docs/format.md");
    private static final boolean UPDATE = Boolean.getBoolean("format.doc.update");

    static String doc() throws IOException {
        return Files.readString(DOC, StandardCharsets.UTF_8);
    }

    static Stream<ObjectType<?, ?>> data_types() {
        return CurriculumFormat.TYPES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_types")
    void formatDoc_describesEveryPropertyOfType(ObjectType<?, ?> type) throws IOException {
        String doc = doc();
        int start = doc.indexOf("### " + type.name() + "\n");
        assertThat(start).as("section for " + type.name()).isNotNegative();
        int end = doc.indexOf("\n### ", start + 1);
        String section = doc.substring(start, end < 0 ? doc.length() : end);

        assertThat(type.properties())
                .allSatisfy(property -> assertThat(section)
                        .as(type.name())
                        .contains("| `" + property.name() + "` |")
                        .contains("| " + property.description() + " |"));
    }

    @Test
    void formatDoc_objectTables_areTheFormatsOwn() throws IOException {
        String doc = doc();
        String expected = doc;
        for (ObjectType<?, ?> type : CurriculumFormat.TYPES) {
            String heading = "### " + type.name() + "\n";
            int start = expected.indexOf(heading);
            assertThat(start).as("section for " + type.name()).isNotNegative();
            int tableEnd = expected.indexOf("\n\n", expected.indexOf("| Property |", start));
            expected = expected.substring(0, start) + section(type) + expected.substring(tableEnd + 1);
        }
        if (UPDATE && !doc.equals(expected)) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
            doc = expected;
        }
        assertThat(doc)
                .as("docs/format.md's tables (rewrite with -Dformat.doc.update=true)")
                .isEqualTo(expected);
    }

    /** The heading, description and table of one object type, as the doc shows them. */
    static String section(ObjectType<?, ?> type) {
        StringBuilder text = new StringBuilder("### ")
                .append(type.name())
                .append("\n\n")
                .append(type.description())
                .append("\n\n| Property | Type | Required | Meaning |\n|---|---|---|---|\n");
        for (ObjectType.Property<?, ?> property : type.properties()) {
            text.append("| `")
                    .append(property.name())
                    .append("` | ")
                    .append(words(property.shape().schema()))
                    .append(" | ")
                    .append(required(property))
                    .append(" | ")
                    .append(property.description())
                    .append(" |\n");
        }
        return text.toString();
    }

    private static String required(ObjectType.Property<?, ?> property) {
        return switch (property.presence()) {
            case REQUIRED -> "yes";
            case OPTIONAL -> "no";
            case LIST -> "no (empty)";
            case DEFAULTED ->
                "no (default `"
                        + defaultText(
                                property.shape().write(property.defaultValue().orElseThrow())) + "`)";
        };
    }

    private static String defaultText(JsonNode value) {
        return value.isString() ? value.stringValue() : value.toString();
    }

    /** A property's schema in the doc's words: "list of code: `a`, `b` (no repeats)", "[stroke](#stroke)". */
    static String words(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").stringValue().substring("#/$defs/".length());
            return name.equals("localizedText")
                    ? "localized text"
                    : "[" + name + "](#" + name.toLowerCase(Locale.ROOT) + ")";
        }
        if (schema.has("enum")) {
            List<String> codes = new ArrayList<>();
            schema.get("enum").forEach(code -> codes.add("`" + code.stringValue() + "`"));
            return "code: " + String.join(", ", codes);
        }
        String type = schema.path("type").stringValue("");
        return switch (type) {
            case "array" ->
                "list of " + words(schema.get("items"))
                        + (schema.path("uniqueItems").booleanValue(false) ? " (no repeats)" : "");
            case "string" ->
                schema.has("pattern")
                        ? "text matching `" + schema.get("pattern").stringValue() + "`"
                        : "text";
            case "integer" ->
                schema.has("minimum")
                        ? "whole number ≥ " + schema.get("minimum").asInt()
                        : "whole number";
            case "boolean" -> "`true` or `false`";
            default -> throw new IllegalStateException("No words for the schema " + schema);
        };
    }

    @Test
    void formatDoc_listsEveryReadingCode() throws IOException {
        String doc = doc();

        assertThat(Arrays.stream(IssueCode.values()).map(IssueCode::code).filter(code -> code.startsWith("json.")))
                .allSatisfy(code -> assertThat(doc).contains("| `" + code + "` |"));
    }

    @Test
    void formatDoc_firstExample_readsWithoutFormatErrors() throws IOException {
        String doc = doc();
        int start = doc.indexOf("```json\n") + "```json\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));

        ReadResult result = CurriculumJson.create().readString(example, "format.md");

        assertThat(result.curriculum()).isPresent();
        assertThat(result.report().issues())
                .noneMatch(issue -> issue.getCode().code().startsWith("json."));
        assertThat(result.curriculum().get().getStrokes().get(0).getExtensions())
                .containsKey("x-video");
    }
}
