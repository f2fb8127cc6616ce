package dev.infantmassage.curriculum.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import dev.infantmassage.curriculum.planning.Circumstance;
import dev.infantmassage.curriculum.planning.CueAdvice;
import dev.infantmassage.curriculum.planning.CueGuide;
import dev.infantmassage.curriculum.planning.InfantProfile;
import dev.infantmassage.curriculum.planning.PlanRequest;
import dev.infantmassage.curriculum.planning.SessionPlan;
import dev.infantmassage.curriculum.planning.SessionPlanner;
import dev.infantmassage.curriculum.validation.InvalidCurriculumException;
import dev.infantmassage.curriculum.validation.IssueCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CurriculumJackson2ModuleTest {
    /** curriculum-json's hand-checked canonical document: every property of every type, extensions included. */
    private static final Path CANONICAL =
            Path.of("../curriculum-json/src/test/resources/canonical/full.curriculum.json");

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new CurriculumJackson2Module());
    private final ObjectMapper plain = new ObjectMapper();

    @Test
    void write_canonicalDocument_isTheCanonicalFile() throws IOException {
        byte[] file = Files.readAllBytes(CANONICAL);
        Curriculum curriculum =
                CurriculumJson.create().read(file, "full.curriculum.json").orElseThrow();

        assertThat(mapper.writeValueAsString(curriculum)).isEqualTo(compact(file));
    }

    @Test
    void write_referenceCurriculum_isItsBuiltInFile() throws IOException {
        String written = mapper.writeValueAsString(ReferenceCurricula.fiveWeekProgram());

        assertThat(written).isEqualTo(compact(ReferenceCurricula.fiveWeekProgramJson()));
        assertThat(written)
                .isEqualTo(compact(CurriculumJson.create().writeBytes(ReferenceCurricula.fiveWeekProgram())));
    }

    @Test
    void readThenWrite_canonicalDocument_roundTrips() throws IOException {
        byte[] file = Files.readAllBytes(CANONICAL);

        Curriculum read = mapper.readValue(file, Curriculum.class);

        assertThat(read)
                .isEqualTo(CurriculumJson.create()
                        .read(file, "full.curriculum.json")
                        .orElseThrow());
        assertThat(mapper.readValue(mapper.writeValueAsBytes(read), Curriculum.class))
                .isEqualTo(read);
    }

    @Test
    void write_stroke_codesAndLanguageMaps() throws IOException {
        Curriculum program = ReferenceCurricula.fiveWeekProgram();

        JsonNode stroke = plain.readTree(
                mapper.writeValueAsString(program.stroke("legs-indian-milking").orElseThrow()));

        assertThat(stroke.get("id").asText()).isEqualTo("legs-indian-milking");
        assertThat(stroke.get("region").asText()).isEqualTo("legs-and-feet");
        assertThat(stroke.get("name").get("en").asText()).isEqualTo("Indian milking (leg)");
        assertThat(stroke.get("name").has("empty")).isFalse();
    }

    @Test
    void write_extensions_asTheJsonTheyHold() throws IOException {
        ObjectNode document = (ObjectNode) plain.readTree(ReferenceCurricula.fiveWeekProgramJson());
        document.putObject("x-booking")
                .put("room", "Lavender")
                .putArray("slots")
                .add(9)
                .add(true)
                .addNull();

        Curriculum read = mapper.treeToValue(document, Curriculum.class);
        JsonNode written = plain.readTree(mapper.writeValueAsString(read));

        assertThat(written.get("x-booking"))
                .isEqualTo(plain.readTree("{\"room\": \"Lavender\", \"slots\": [9, true, null]}"));
    }

    @Test
    void write_sessionPlan_inTheFormatsConventions() throws IOException {
        Curriculum program = ReferenceCurricula.fiveWeekProgram();
        InfantProfile baby = InfantProfile.builder()
                .dateOfBirth(LocalDate.of(2026, 9, 1))
                .addCircumstance(Circumstance.builder()
                        .contraindication("immunisation-site")
                        .since(Instant.parse("2026-11-17T18:00:00Z"))
                        .addSite("left-thigh")
                        .build())
                .build();
        Clock morning = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC);
        SessionPlan plan = SessionPlanner.of(program).plan(PlanRequest.of(2, baby, morning));

        String written = mapper.writeValueAsString(plan);
        JsonNode tree = plain.readTree(written);

        assertThat(tree.get("week").asInt()).isEqualTo(2);
        assertThat(tree.get("scope").asText()).isEqualTo("up-to-week");
        assertThat(tree.get("at").asText()).isEqualTo("2026-11-21T09:00:00Z");
        assertThat(tree.get("massageNow").asBoolean()).isTrue();
        assertThat(tree.get("strokes").get(0).get("id").asText()).isEqualTo("resting-hands");
        assertThat(tree.get("strokes").get(0).get("name").get("en").isTextual()).isTrue();
        JsonNode legs = find(tree.get("skipped"), "stroke", "legs-indian-milking");
        assertThat(legs.get("reason").asText()).isEqualTo("avoided-region");
        assertThat(legs.get("contraindication").asText()).isEqualTo("immunisation-site");
        assertThat(legs.has("until"))
                .as("an injection site waits for the parent's confirmation, not a time")
                .isFalse();
        assertThat(written).doesNotContain("\"empty\"").doesNotContainPattern("\"[A-Z]+_[A-Z_]+\"");
    }

    @Test
    void write_cueAdvice_responseAsItsCode() throws IOException {
        CueAdvice advice = CueGuide.of(ReferenceCurricula.fiveWeekProgram()).advise("yawning", "hand-to-ear");

        JsonNode tree = plain.readTree(mapper.writeValueAsString(advice));

        assertThat(tree.get("response").asText()).isEqualTo("stop-and-comfort");
        List<String> driving = new ArrayList<>();
        tree.get("drivingCues").forEach(cue -> driving.add(cue.get("id").asText()));
        assertThat(driving).isNotEmpty().isSubsetOf("yawning", "hand-to-ear");
        assertThat(tree.get("explanation").asText()).isNotBlank();
    }

    @Test
    void read_curriculumWithOneError_failsNamingIt_causeHasTheReport() throws IOException {
        ObjectNode document = (ObjectNode) plain.readTree(ReferenceCurricula.fiveWeekProgramJson());
        document.put("colour", "blue");

        assertThatThrownBy(() -> mapper.readValue(plain.writeValueAsString(document), Curriculum.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith(
                        "The curriculum has 1 error: Property 'colour' is not allowed in the curriculum")
                .hasMessageContaining("[json.unknown-property] at '/colour'")
                .cause()
                .isInstanceOfSatisfying(
                        InvalidCurriculumException.class,
                        invalid -> assertThat(invalid.report().issues())
                                .extracting(issue -> issue.getCode())
                                .containsExactly(IssueCode.JSON_UNKNOWN_PROPERTY));
    }

    @Test
    void read_curriculumWithErrors_failsNamingTheFirstAndTheCount() {
        String broken = "{\"formatVersion\": \"1.0\", \"colour\": 1}";

        assertThatThrownBy(() -> mapper.readValue(broken, Curriculum.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("The curriculum has 6 errors; the first: ")
                .cause()
                .isInstanceOfSatisfying(
                        InvalidCurriculumException.class,
                        invalid -> assertThat(invalid.report().issues())
                                .extracting(issue -> issue.getCode())
                                .contains(IssueCode.JSON_UNKNOWN_PROPERTY, IssueCode.JSON_MISSING_PROPERTY));
    }

    record Upload(String owner, Curriculum curriculum, int copies) {}

    @Test
    void read_curriculumInsideAnotherValue_theRestIsReadToo() throws IOException {
        String json = "{\"owner\": \"clinic\", \"curriculum\": "
                + new String(ReferenceCurricula.fiveWeekProgramJson(), java.nio.charset.StandardCharsets.UTF_8)
                + ", \"copies\": 3}";

        Upload upload = mapper.readValue(json, Upload.class);

        assertThat(upload.owner()).isEqualTo("clinic");
        assertThat(upload.curriculum()).isEqualTo(ReferenceCurricula.fiveWeekProgram());
        assertThat(upload.copies()).isEqualTo(3);
    }

    @Test
    void findAndRegisterModules_findsTheModule() throws IOException {
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();

        assertThat(found.getRegisteredModuleIds()).contains("infant-massage-curriculum");
        assertThat(found.writeValueAsString(Map.of(
                        "region",
                        ReferenceCurricula.fiveWeekProgram()
                                .stroke("legs-indian-milking")
                                .orElseThrow()
                                .getRegion())))
                .isEqualTo("{\"region\":\"legs-and-feet\"}");
    }

    private String compact(byte[] json) throws IOException {
        return plain.writeValueAsString(plain.readTree(json));
    }

    private static JsonNode find(JsonNode array, String key, String value) {
        for (JsonNode item : array) {
            if (item.path(key).asText().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("No item with " + key + " '" + value + "' in " + array);
    }
}
