package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.infantmassage.curriculum.json.internal.JsonText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Every object type reports a bad value at its exact pointer, line and column, found by planting a
 * marker value in the canonical document; issues the validator finds after binding are located the
 * same way.
 */
class LocationTest {
    private static final String MARKER = "987654321";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static Stream<Arguments> data_plantedValues() {
        JsonNode number = IntNode.valueOf(Integer.parseInt(MARKER));
        JsonNode text = StringNode.valueOf(MARKER);
        return Stream.of(
                Arguments.of("/id", number, "json.wrong-type"),
                Arguments.of("/title", number, "json.wrong-type"),
                Arguments.of("/title/en", number, "json.wrong-type"),
                Arguments.of("/languages", number, "json.wrong-type"),
                Arguments.of("/sources/0/url", number, "json.wrong-type"),
                Arguments.of("/strokes/1/repetitions", text, "json.wrong-type"),
                Arguments.of("/strokes/1/benefits/0", text, "json.unknown-value"),
                Arguments.of("/strokes/1/region", number, "json.wrong-type"),
                Arguments.of("/techniques/0/kind", text, "json.unknown-value"),
                Arguments.of("/routines/0/steps/0", number, "json.wrong-type"),
                Arguments.of("/routines/0/steps/0/note", number, "json.wrong-type"),
                Arguments.of("/routines/0/steps/1/repetitions", text, "json.wrong-type"),
                Arguments.of("/cues/0/polarity", text, "json.unknown-value"),
                Arguments.of("/contraindications/2/waitingPeriod/min", text, "json.wrong-type"),
                Arguments.of("/contraindications/2/askProfessional", text, "json.wrong-type"),
                Arguments.of("/contraindications/2/regions", text, "json.wrong-type"),
                Arguments.of("/schedule", number, "json.wrong-type"),
                Arguments.of("/schedule/weeks", number, "json.wrong-type"),
                Arguments.of("/schedule/weeks/0/topics/1/tag", text, "json.unknown-value"),
                Arguments.of("/schedule/weeks/0/homePractice/minutesPerDay", text, "json.wrong-type"),
                Arguments.of("/schedule/weeks/3/newStrokes/0", number, "json.wrong-type"),
                Arguments.of(
                        "/strokes/1/durationSeconds",
                        IntNode.valueOf(-Integer.parseInt(MARKER)),
                        "constraint.positive"),
                Arguments.of(
                        "/schedule/weeks/2/newStrokes/0",
                        StringNode.valueOf("no-such-stroke-" + MARKER),
                        "reference.unresolved"));
    }

    @ParameterizedTest(name = "{0} = {1}: {2}")
    @MethodSource("data_plantedValues")
    void read_plantedValue_isReportedWhereItIs(String pointer, JsonNode planted, String code) throws IOException {
        JsonNode tree = MAPPER.readTree(CanonicalDocumentTest.canonical());
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = tree.at(at.head());
        if (parent instanceof ObjectNode object) {
            object.set(at.last().getMatchingProperty(), planted);
        } else {
            ((ArrayNode) parent).set(at.last().getMatchingIndex(), planted);
        }
        String text = JsonText.write(tree);
        int offset = text.indexOf(MARKER);
        int line =
                (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        int valueStart = text.lastIndexOf(": ", offset) > text.lastIndexOf('\n', offset)
                ? text.lastIndexOf(": ", offset) + 2
                : text.lastIndexOf('\n', offset) + 1;
        while (text.charAt(valueStart) == ' ') {
            valueStart++;
        }
        int column = valueStart - text.lastIndexOf('\n', offset);

        ReadResult result = CurriculumJson.create().read(text.getBytes(StandardCharsets.UTF_8), "planted.json");

        assertThat(result.report().issues())
                .extracting(
                        issue -> issue.getCode().code(),
                        issue -> issue.getLocation().toPointer(),
                        issue -> issue.getLine().orElse(0),
                        issue -> issue.getColumn().orElse(0))
                .contains(tuple(code, pointer, line, column));
        assertThat(result.report().issues())
                .filteredOn(issue -> issue.getLocation().toPointer().equals(pointer))
                .hasSize(1);
    }
}
