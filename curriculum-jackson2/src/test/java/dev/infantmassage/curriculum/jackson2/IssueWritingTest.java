package dev.infantmassage.curriculum.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.CurriculumModule;
import dev.infantmassage.curriculum.validation.Issue;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import dev.infantmassage.curriculum.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issues and reports from a Jackson 2 app are written as the Jackson 3 module writes them: the fields
 * the starter's README and {@code validate --format json} name, with codes, not enum names.
 */
class IssueWritingTest {
    /** The examples' file with five mistakes; the root README and the examples' README list its issues. */
    private static final Path WITH_MISTAKES =
            Path.of("../curriculum-examples/src/main/resources/examples/mini-course-with-mistakes.curriculum.json");

    private static final String FILE = "mini-course-with-mistakes.curriculum.json";

    private final ObjectMapper jackson2 = new ObjectMapper().registerModule(new CurriculumJackson2Module());
    private final ObjectMapper plain = new ObjectMapper();
    private final JsonMapper jackson3 =
            JsonMapper.builder().addModule(new CurriculumModule()).build();

    @Test
    void write_issueOfARealFile_hasTheFormatsFields() throws IOException {
        Issue repetition = report(ValidationOptions.defaults()).issues().get(0);

        JsonNode written = plain.readTree(jackson2.writeValueAsString(repetition));

        assertThat(fieldNames(written))
                .containsExactlyInAnyOrder("pointer", "file", "line", "column", "severity", "code", "message");
        assertThat(written.get("pointer").asText()).isEqualTo("/strokes/1/repetition");
        assertThat(written.get("file").asText()).isEqualTo(FILE);
        assertThat(written.get("line").asInt()).isEqualTo(51);
        assertThat(written.get("column").asInt()).isEqualTo(7);
        assertThat(written.get("severity").asText()).isEqualTo("error");
        assertThat(written.get("code").asText()).isEqualTo("json.unknown-property");
        assertThat(written.get("message").asText())
                .isEqualTo("Property 'repetition' is not allowed in a stroke; did you mean 'repetitions'?");
    }

    @Test
    void write_issueOfARealFile_isWhatTheJackson3ModuleWrites() throws IOException {
        Issue repetition = report(ValidationOptions.defaults()).issues().get(0);

        assertThat(jackson2.writeValueAsString(repetition)).isEqualTo(jackson3.writeValueAsString(repetition));
    }

    @Test
    void write_issueWithoutPosition_leavesOutFileLineAndColumn() throws IOException {
        Issue missingWeek = Issue.of(
                IssueCode.SCHEDULE_WEEK_MISSING,
                IssueLocation.root().property("schedule").property("weeks"),
                5);

        String written = jackson2.writeValueAsString(missingWeek);

        assertThat(fieldNames(plain.readTree(written)))
                .containsExactlyInAnyOrder("pointer", "severity", "code", "message");
        assertThat(plain.readTree(written).get("pointer").asText()).isEqualTo("/schedule/weeks");
        assertThat(plain.readTree(written).get("code").asText()).isEqualTo("schedule.week.missing");
        assertThat(written).isEqualTo(jackson3.writeValueAsString(missingWeek));
    }

    @Test
    void write_reportOfARealFile_countsAndIssuesInFileOrder() throws IOException {
        ValidationReport report = report(ValidationOptions.defaults());

        JsonNode written = plain.readTree(jackson2.writeValueAsString(report));

        assertThat(fieldNames(written)).containsExactlyInAnyOrder("valid", "errors", "warnings", "infos", "issues");
        assertThat(written.get("valid").asBoolean()).isFalse();
        assertThat(written.get("errors").asInt()).isEqualTo(5);
        assertThat(written.get("warnings").asInt()).isZero();
        assertThat(written.get("infos").asInt()).isZero();
        List<String> lines = new ArrayList<>();
        for (JsonNode issue : written.get("issues")) {
            lines.add(issue.get("line").asInt() + ":" + issue.get("column").asInt() + " "
                    + issue.get("severity").asText() + " " + issue.get("code").asText() + " "
                    + issue.get("pointer").asText());
        }
        assertThat(lines)
                .containsExactly(
                        "51:7 error json.unknown-property /strokes/1/repetition",
                        "83:20 error direction.stomach.not-clockwise /strokes/3/direction",
                        "335:14 error schedule.week.missing /schedule/weeks",
                        "387:11 error reference.unresolved /schedule/weeks/1/reviewStrokes/2",
                        "499:19 error schedule.week.out-of-range /schedule/weeks/4/number");
    }

    @Test
    void write_reportOfARealFile_isWhatTheJackson3ModuleWrites() throws IOException {
        ValidationReport report = report(ValidationOptions.defaults());

        assertThat(jackson2.writeValueAsString(report)).isEqualTo(jackson3.writeValueAsString(report));
    }

    @Test
    void write_reportPastItsCap_saysHowManyWereOnlyCounted() throws IOException {
        ValidationReport capped =
                report(ValidationOptions.builder().maxIssues(2).build());

        String written = jackson2.writeValueAsString(capped);
        JsonNode tree = plain.readTree(written);

        assertThat(tree.get("errors").asInt()).isEqualTo(5);
        assertThat(tree.get("omitted").asInt()).isEqualTo(3);
        assertThat(tree.get("issues")).hasSize(2);
        assertThat(written).isEqualTo(jackson3.writeValueAsString(capped));
    }

    @Test
    void write_issuesInsideAnotherValue_sameShape() throws IOException {
        ValidationReport report = report(ValidationOptions.defaults());
        Map<String, Object> upload = Map.of("upload", FILE, "problems", report.issues());

        JsonNode written = plain.readTree(jackson2.writeValueAsString(upload));

        assertThat(written.get("problems")).hasSize(5);
        assertThat(written.get("problems").get(2).get("code").asText()).isEqualTo("schedule.week.missing");
        assertThat(written.get("problems").get(2).get("message").asText())
                .isEqualTo("Week 5 is missing from the schedule");
        assertThat(written).isEqualTo(plain.readTree(jackson3.writeValueAsString(upload)));
    }

    private static ValidationReport report(ValidationOptions options) throws IOException {
        return CurriculumJson.builder()
                .validationOptions(options)
                .build()
                .read(Files.readAllBytes(WITH_MISTAKES), FILE)
                .report();
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
