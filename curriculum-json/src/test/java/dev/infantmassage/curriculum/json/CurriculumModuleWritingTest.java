package dev.infantmassage.curriculum.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.planning.Circumstance;
import dev.infantmassage.curriculum.planning.CueAdvice;
import dev.infantmassage.curriculum.planning.CueGuide;
import dev.infantmassage.curriculum.planning.InfantProfile;
import dev.infantmassage.curriculum.planning.PlanRequest;
import dev.infantmassage.curriculum.planning.SessionPlan;
import dev.infantmassage.curriculum.planning.SessionPlanner;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.Severity;
import dev.infantmassage.curriculum.validation.ValidationReport;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a mapper with {@link CurriculumModule} writes for the library's values other than a curriculum. */
class CurriculumModuleWritingTest {
    private static final JsonMapper MAPPER =
            JsonMapper.builder().addModule(new CurriculumModule()).build();
    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final Curriculum PROGRAM = ReferenceCurricula.fiveWeekProgram();

    @Test
    void write_stroke_codesAndLanguageMaps() {
        JsonNode stroke = PLAIN.readTree(
                MAPPER.writeValueAsString(PROGRAM.stroke("legs-indian-milking").orElseThrow()));

        assertThat(stroke.get("id").asString()).isEqualTo("legs-indian-milking");
        assertThat(stroke.get("region").asString()).isEqualTo("legs-and-feet");
        assertThat(stroke.get("name").get("en").asString()).isEqualTo("Indian milking (leg)");
        assertThat(stroke.get("name").has("empty")).isFalse();
    }

    @Test
    void write_enumsInsideOtherValues_asTheirCodes() {
        String written = MAPPER.writeValueAsString(Map.of("regions", List.of(BodyRegion.LEGS_AND_FEET)));

        assertThat(written).isEqualTo("{\"regions\":[\"legs-and-feet\"]}");
    }

    @Test
    void write_sessionPlan_inTheFormatsConventions() {
        InfantProfile baby = InfantProfile.builder()
                .dateOfBirth(LocalDate.of(2026, 9, 1))
                .addCircumstance(Circumstance.builder()
                        .contraindication("immunisation-site")
                        .since(Instant.parse("2026-11-17T18:00:00Z"))
                        .addSite("left-thigh")
                        .build())
                .build();
        Clock morning = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC);
        SessionPlan plan = SessionPlanner.of(PROGRAM).plan(PlanRequest.of(2, baby, morning));

        String written = MAPPER.writeValueAsString(plan);
        JsonNode tree = PLAIN.readTree(written);

        assertThat(tree.get("week").asInt()).isEqualTo(2);
        assertThat(tree.get("scope").asString()).isEqualTo("up-to-week");
        assertThat(tree.get("at").asString()).isEqualTo("2026-11-21T09:00:00Z");
        assertThat(tree.get("massageNow").asBoolean()).isTrue();
        assertThat(tree.get("strokes").get(0).get("id").asString()).isEqualTo("resting-hands");
        assertThat(tree.get("strokes").get(0).get("name").get("en").isString()).isTrue();
        JsonNode legs = null;
        for (JsonNode skipped : tree.get("skipped")) {
            if (skipped.get("stroke").asString().equals("legs-indian-milking")) {
                legs = skipped;
            }
        }
        assertThat(legs).isNotNull();
        assertThat(legs.get("reason").asString()).isEqualTo("avoided-region");
        assertThat(legs.get("contraindication").asString()).isEqualTo("immunisation-site");
        assertThat(legs.has("until"))
                .as("an injection site waits for the parent's confirmation, not a time")
                .isFalse();
        assertThat(written).doesNotContain("\"empty\"").doesNotContainPattern("\"[A-Z]+_[A-Z_]+\"");
    }

    @Test
    void write_cueAdvice_responseAsItsCode() {
        CueAdvice advice = CueGuide.of(PROGRAM).advise("yawning", "hand-to-ear");

        JsonNode tree = PLAIN.readTree(MAPPER.writeValueAsString(advice));

        assertThat(tree.get("response").asString()).isEqualTo("stop-and-comfort");
        List<String> driving = new ArrayList<>();
        tree.get("drivingCues").forEach(cue -> driving.add(cue.get("id").asString()));
        assertThat(driving).isNotEmpty().isSubsetOf("yawning", "hand-to-ear");
    }

    @Test
    void write_report_asTheCommandLinesJsonIssues() {
        ValidationReport report = CurriculumJson.create()
                .readString("{\"formatVersion\": \"1.0\",\n \"colour\": 1}", "upload.json")
                .report();

        JsonNode tree = PLAIN.readTree(MAPPER.writeValueAsString(report));

        assertThat(tree.get("valid").asBoolean()).isFalse();
        assertThat(tree.get("errors").asLong()).isEqualTo(report.count(Severity.ERROR));
        assertThat(tree.get("warnings").asLong()).isZero();
        JsonNode colour = null;
        for (JsonNode issue : tree.get("issues")) {
            if (issue.get("pointer").asString().equals("/colour")) {
                colour = issue;
            }
        }
        assertThat(colour).isNotNull();
        assertThat(colour.get("code").asString()).isEqualTo(IssueCode.JSON_UNKNOWN_PROPERTY.code());
        assertThat(colour.get("code").asString()).isEqualTo("json.unknown-property");
        assertThat(colour.get("severity").asString()).isEqualTo("error");
        assertThat(colour.get("line").asInt()).isEqualTo(2);
        assertThat(colour.get("file").asString()).isEqualTo("upload.json");
        assertThat(colour.get("message").asString()).startsWith("Property 'colour' is not allowed");
    }
}
