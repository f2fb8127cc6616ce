package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.infantmassage.curriculum.Curriculum;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class CurriculumModuleTest {
    private static final JsonMapper MAPPER =
            JsonMapper.builder().findAndAddModules().build();

    @Test
    void findAndAddModules_findsCurriculumModule() {
        assertThat(MAPPER.registeredModules()).anyMatch(module -> module instanceof CurriculumModule);
    }

    @Test
    void writeValueAsString_writesSameTreeAsFacade() {
        String written = MAPPER.writeValueAsString(Fixtures.full());

        assertThat(MAPPER.readTree(written))
                .isEqualTo(MAPPER.readTree(CurriculumJson.create().writeString(Fixtures.full())));
    }

    @Test
    void readValue_canonicalFile_equalsFullCurriculum() throws IOException {
        Curriculum read = MAPPER.readValue(CanonicalDocumentTest.canonical(), Curriculum.class);

        assertThat(read).isEqualTo(Fixtures.full());
    }

    @Test
    void readValue_nestedInAnotherDocument_reads() {
        String document = "{\"program\": " + CurriculumJson.create().writeString(Fixtures.minimal()) + "}";

        Map<String, Curriculum> read = MAPPER.readValue(document, new TypeReference<Map<String, Curriculum>>() {});

        assertThat(read).containsEntry("program", Fixtures.minimal());
    }

    @Test
    void readValue_wrongType_failsWithIssueLineAndPath() throws IOException {
        String broken = new String(CanonicalDocumentTest.canonical(), StandardCharsets.UTF_8)
                .replace("\"repetitions\": 6,", "\"repetitions\": \"six\",");
        String document = "{\"program\": " + broken + "}";

        assertThatThrownBy(() -> MAPPER.readValue(document, new TypeReference<Map<String, Curriculum>>() {}))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("'repetitions' must be a whole number, but was text 'six'")
                .hasMessageContaining("at /strokes/1/repetitions")
                .satisfies(problem -> assertThat(((MismatchedInputException) problem).getPathReference())
                        .contains("program"));
    }

    @Test
    void module_withOptions_appliesThem() {
        String unknownProperty = CurriculumJson.create()
                .writeString(Fixtures.minimal())
                .replace("\"license\":", "\"licence\": \"x\", \"license\":");
        JsonMapper lenient = JsonMapper.builder()
                .addModule(new CurriculumModule(dev.infantmassage.curriculum.validation.ValidationOptions.builder()
                        .putSeverityOverride(
                                dev.infantmassage.curriculum.validation.IssueCode.JSON_UNKNOWN_PROPERTY,
                                dev.infantmassage.curriculum.validation.Severity.WARNING)
                        .build()))
                .build();

        assertThatThrownBy(() -> MAPPER.readValue(unknownProperty, Curriculum.class))
                .hasMessageContaining("Property 'licence' is not allowed in the curriculum; did you mean 'license'?");
        assertThat(lenient.readValue(unknownProperty, Curriculum.class)).isEqualTo(Fixtures.minimal());
    }

    @Test
    void readValue_malformed_failsWithJacksonsOwnReadError() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"formatVersion\": \"1.0\" \"id\": 1}", Curriculum.class))
                .isInstanceOf(tools.jackson.core.exc.StreamReadException.class);
    }

    @Test
    void readValue_duplicateKey_failsLikeTheFacade() {
        String duplicated = CurriculumJson.create()
                .writeString(Fixtures.minimal())
                .replace("\"license\": \"CC-BY-4.0\",", "\"license\": \"CC-BY-4.0\", \"license\": \"CC0-1.0\",");

        assertThatThrownBy(() -> MAPPER.readValue(duplicated, Curriculum.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining(
                        "Property 'license' appears more than once in this object [json.duplicate-key] at /license");
    }
}
