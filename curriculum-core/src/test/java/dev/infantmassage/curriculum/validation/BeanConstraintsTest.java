package dev.infantmassage.curriculum.validation;

import static dev.infantmassage.curriculum.SampleCurricula.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.infantmassage.curriculum.Citation;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.FiveWeekSchedule;
import dev.infantmassage.curriculum.HomePractice;
import dev.infantmassage.curriculum.Routine;
import dev.infantmassage.curriculum.RoutineKind;
import dev.infantmassage.curriculum.RoutineStep;
import dev.infantmassage.curriculum.SampleCurricula;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.Technique;
import dev.infantmassage.curriculum.WeekPlan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of Bean Validation constraint on the model fires through the generated classes. */
class BeanConstraintsTest {
    private final CurriculumValidator validator = CurriculumValidator.create();

    private static List<Issue> constraintIssues(ValidationReport report) {
        return report.issues().stream()
                .filter(issue -> issue.getCode().code().startsWith("constraint."))
                .toList();
    }

    @Test
    void validate_sample_hasNoConstraintIssues() {
        assertThat(constraintIssues(validator.validate(SampleCurricula.minimal())))
                .isEmpty();
    }

    @Test
    void validate_everyConstraintKind_firesAtItsLocation() {
        Curriculum sample = SampleCurricula.minimal();
        List<Stroke> strokes = new ArrayList<>(sample.getStrokes());
        strokes.set(
                1,
                Stroke.builder()
                        .from(strokes.get(1))
                        .repetitions(0)
                        .durationSeconds(-5)
                        .minAgeWeeks(-1)
                        .maxAgeWeeks(0)
                        .steps(List.of())
                        .sources(List.of(" "))
                        .build());
        List<WeekPlan> weeks = new ArrayList<>(sample.getSchedule().getWeeks());
        weeks.set(
                2,
                WeekPlan.builder()
                        .from(weeks.get(2))
                        .sessionMinutes(0)
                        .homePractice(HomePractice.ofMinutesPerDay(0))
                        .build());
        Curriculum broken = Curriculum.builder()
                .from(sample)
                .formatVersion("one")
                .defaultLanguage("english!")
                .languages(List.of("e"))
                .license("")
                .authors(List.of(""))
                .sources(List.of(Citation.builder()
                        .id("handbook")
                        .title(" ")
                        .url("ftp://x")
                        .build()))
                .strokes(strokes)
                .techniques(List.of(Technique.builder()
                        .from(sample.getTechniques().get(0))
                        .steps(List.of())
                        .build()))
                .routines(List.of(Routine.builder()
                        .id("colic-relief")
                        .kind(RoutineKind.COLIC_RELIEF)
                        .name(en("Colic"))
                        .addStep(RoutineStep.of("resting-hands", 0))
                        .cyclesPerSession(0)
                        .build()))
                .schedule(FiveWeekSchedule.of(weeks))
                .build();

        assertThat(constraintIssues(validator.validate(broken)))
                .extracting(
                        issue -> issue.getCode().code(),
                        issue -> issue.getLocation().toPointer())
                .containsExactlyInAnyOrder(
                        tuple("constraint.pattern", "/formatVersion"),
                        tuple("constraint.pattern", "/defaultLanguage"),
                        tuple("constraint.pattern", "/languages/0"),
                        tuple("constraint.not-blank", "/license"),
                        tuple("constraint.not-blank", "/authors/0"),
                        tuple("constraint.not-blank", "/sources/0/title"),
                        tuple("constraint.pattern", "/sources/0/url"),
                        tuple("constraint.positive", "/strokes/1/repetitions"),
                        tuple("constraint.positive", "/strokes/1/durationSeconds"),
                        tuple("constraint.not-negative", "/strokes/1/minAgeWeeks"),
                        tuple("constraint.positive", "/strokes/1/maxAgeWeeks"),
                        tuple("constraint.not-empty", "/strokes/1/steps"),
                        tuple("constraint.not-blank", "/strokes/1/sources/0"),
                        tuple("constraint.not-empty", "/techniques/0/steps"),
                        tuple("constraint.positive", "/routines/0/steps/0/repetitions"),
                        tuple("constraint.positive", "/routines/0/cyclesPerSession"),
                        tuple("constraint.positive", "/schedule/weeks/2/sessionMinutes"),
                        tuple("constraint.positive", "/schedule/weeks/2/homePractice/minutesPerDay"));
    }

    @Test
    void validate_positiveViolation_namesFieldAndValue() {
        Curriculum sample = SampleCurricula.minimal();
        List<Stroke> strokes = new ArrayList<>(sample.getStrokes());
        strokes.set(0, Stroke.builder().from(strokes.get(0)).repetitions(0).build());
        Issue issue = validator
                .validate(Curriculum.builder().from(sample).strokes(strokes).build())
                .first(IssueCode.CONSTRAINT_POSITIVE)
                .orElseThrow();

        assertThat(issue.getMessage()).isEqualTo("'repetitions' must be positive, but was 0");
        assertThat(issue.getSeverity()).isEqualTo(Severity.ERROR);
    }

    /**
     * Hibernate Validator's violation set hashes equal values in one list alike, whatever their index:
     * validating these in one call took quadratic time (issue #11). This finishes, and locates each.
     */
    @Test
    void validate_manyEqualBadValuesInOneList_reportsEachOnce() {
        int count = 50_000;
        Stroke blankName = Stroke.builder()
                .from(SampleCurricula.minimal().getStrokes().get(1))
                .sources(List.of(" "))
                .build();
        Curriculum many = Curriculum.builder()
                .from(SampleCurricula.minimal())
                .authors(java.util.Collections.nCopies(count, ""))
                .addAllStrokes(java.util.Collections.nCopies(3, blankName))
                .build();

        List<Issue> blank = validator.validate(many).issues(IssueCode.CONSTRAINT_NOT_BLANK);

        assertThat(blank).hasSize(count + 3);
        assertThat(blank)
                .extracting(issue -> issue.getLocation().toPointer())
                .contains("/authors/0", "/authors/" + (count - 1))
                .doesNotHaveDuplicates();
    }

    @Test
    void options_thatSilenceAProblemWhichStopsReading_areRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ValidationOptions.builder()
                        .addIgnored(IssueCode.JSON_TRUNCATED)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Code 'json.truncated' must not be ignored or re-levelled: it stops the file being read");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ValidationOptions.builder()
                        .putSeverityOverride(IssueCode.JSON_SYNTAX, Severity.INFO)
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ValidationOptions.builder()
                        .addIgnored(IssueCode.JSON_UNKNOWN_PROPERTY)
                        .build()
                        .getIgnored())
                .containsExactly(IssueCode.JSON_UNKNOWN_PROPERTY);
    }
}
