package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.json.internal.CurriculumFormat;
import dev.infantmassage.curriculum.json.internal.ObjectType;
import dev.infantmassage.curriculum.validation.IssueCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code docs/format.md} keeps up with the format: every object, every property, every reading code. */
class FormatDocTest {
    private static final Path DOC = Path.of("../docs/format.md");

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

        assertThat(type.properties()).allSatisfy(property ->
                assertThat(section).as(type.name()).contains("| `" + property.name() + "` |")
                        .contains("| " + property.description() + " |"));
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
        assertThat(result.report().issues()).noneMatch(issue -> issue.getCode().code().startsWith("json."));
        assertThat(result.curriculum().get().getStrokes().get(0).getExtensions()).containsKey("x-video");
    }
}
