package dev.infantmassage.curriculum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.CueResponse;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.json.CurriculumJson;
import dev.infantmassage.curriculum.json.ReadResult;
import dev.infantmassage.curriculum.json.ReferenceCurricula;
import dev.infantmassage.curriculum.planning.Circumstance;
import dev.infantmassage.curriculum.planning.CueAdvice;
import dev.infantmassage.curriculum.planning.CueGuide;
import dev.infantmassage.curriculum.planning.InfantProfile;
import dev.infantmassage.curriculum.planning.PlanRequest;
import dev.infantmassage.curriculum.planning.SessionPlan;
import dev.infantmassage.curriculum.planning.SessionPlanner;
import dev.infantmassage.curriculum.validation.CurriculumValidator;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import dev.infantmassage.curriculum.validation.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "A first taste", line for line, so the front page never shows an API that is not there. */
class ReadmeTasteTest {
    @Test
    void firstTaste_runsAsTheReadmeSays(@TempDir Path dir) throws Exception {
        Curriculum program = ReferenceCurricula.fiveWeekProgram();
        WeekPlan week2 = program.getSchedule().week(2).orElseThrow();
        assertThat(week2.getNewStrokes())
                .isNotEmpty()
                .allSatisfy(id -> assertThat(
                                program.stroke(id).orElseThrow().getName().resolve("es", "en"))
                        .isNotBlank());

        Path file = dir.resolve("my-program.curriculum.json");
        Files.writeString(file, "{\"formatVersion\": \"1.0\", \"schedule\": {\"weeks\": [{\"number\": 6}]}}");
        ReadResult result = CurriculumJson.create().read(file);
        assertThat(result.report().issues())
                .anySatisfy(
                        issue -> assertThat(issue.toString())
                                .startsWith(file + ":1:")
                                .contains(
                                        "error: Week number must be between 1 and 5, but was 6 [schedule.week.out-of-range] at /schedule/weeks/0/number"));

        ValidationReport report = CurriculumValidator.create(ValidationOptions.builder()
                        .addIgnored(IssueCode.TEXT_TRANSLATION_MISSING)
                        .build())
                .validate(program);
        assertThat(report.isEmpty()).isTrue();

        InfantProfile baby = InfantProfile.builder()
                .dateOfBirth(LocalDate.of(2026, 9, 1))
                .addCircumstance(Circumstance.builder()
                        .contraindication("immunisation-site")
                        .since(Instant.parse("2026-11-17T18:00:00Z"))
                        .addSite("left-thigh")
                        .build())
                .build();
        Clock morning = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC);
        SessionPlan plan = SessionPlanner.of(program).plan(PlanRequest.of(3, baby, morning));
        assertThat(plan.isMassageNow()).isTrue();
        assertThat(plan.getStrokes())
                .isNotEmpty()
                .noneMatch(stroke -> stroke.touchedRegions().contains(BodyRegion.LEGS_AND_FEET));
        assertThat(plan.getSkipped())
                .anySatisfy(skipped -> assertThat(skipped.getStroke()).startsWith("legs-"));

        CueAdvice advice = CueGuide.of(program).advise("yawning", "hand-to-ear");
        assertThat(advice.getResponse()).isEqualTo(CueResponse.STOP_AND_COMFORT);
    }
}
