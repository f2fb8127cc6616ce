package dev.infantmassage.curriculum.validation;

import static dev.infantmassage.curriculum.validation.RuleTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.Direction;
import dev.infantmassage.curriculum.FiveWeekSchedule;
import dev.infantmassage.curriculum.SampleCurricula;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.internal.TextWalker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The validator is reusable and thread-safe, finds everything in one pass, and honours its options. */
class CurriculumValidatorTest {
    /** Several unrelated problems at once. */
    private static Curriculum broken() {
        Curriculum curriculum =
                RuleTesting.withStroke("stomach-sun-moon", stroke -> stroke.direction(Direction.COUNTERCLOCKWISE));
        List<WeekPlan> weeks = new ArrayList<>(curriculum.getSchedule().getWeeks());
        weeks.set(
                1,
                WeekPlan.builder()
                        .from(weeks.get(1))
                        .sessionMinutes(30)
                        .techniques(List.of())
                        .addCue("crying")
                        .build());
        return Curriculum.builder()
                .from(curriculum)
                .id("Sample")
                .addLanguage("es")
                .schedule(FiveWeekSchedule.of(weeks))
                .build();
    }

    /** Each text lacks the declared Spanish, so each is reported; the rest of the findings are compared exactly. */
    private static List<String> withOneTranslationFinding(List<String> findings, String severity) {
        int[] texts = {0};
        TextWalker.walk(broken(), (text, at) -> texts[0]++);
        String translation = severity + " text.translation.missing ";
        assertThat(findings)
                .filteredOn(finding -> finding.startsWith(translation))
                .hasSize(texts[0])
                .contains(translation + "/title", translation + "/strokes/0/name");
        List<String> kept = new ArrayList<>(findings.stream()
                .filter(finding -> !finding.startsWith(translation))
                .toList());
        kept.add(translation + "/title");
        return kept;
    }

    @Test
    void validate_reportsEveryProblemInOnePass() {
        assertThat(withOneTranslationFinding(findings(broken()), "warning"))
                .containsExactlyInAnyOrder(
                        "error id.malformed /id",
                        "error reference.unresolved /schedule/weeks/1/cues/2",
                        "warning week.session-length.unusual /schedule/weeks/1/sessionMinutes",
                        "error week.permission-ritual.missing /schedule/weeks/1/techniques",
                        "error direction.stomach.not-clockwise /strokes/3/direction",
                        "warning text.translation.missing /title");
    }

    @Test
    void validate_reportIsSortedByLocationThenSeverity() {
        List<Issue> issues = RuleTesting.VALIDATOR.validate(broken()).issues();

        assertThat(issues).isSortedAccordingTo((a, b) -> {
            int byLocation = a.getLocation().compareTo(b.getLocation());
            return byLocation != 0 ? byLocation : a.getSeverity().compareTo(b.getSeverity());
        });
    }

    @Test
    void validate_sameValidatorFromManyThreads_givesTheSameReport() throws Exception {
        CurriculumValidator validator = CurriculumValidator.create();
        Curriculum curriculum = broken();
        ValidationReport expected = validator.validate(curriculum);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ValidationReport>> tasks = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                Curriculum input = i % 2 == 0
                        ? curriculum
                        : Curriculum.builder().from(curriculum).build();
                tasks.add(() -> validator.validate(input));
            }
            for (Future<ValidationReport> report : pool.invokeAll(tasks)) {
                assertThat(report.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void validate_isRepeatable() {
        Curriculum curriculum = broken();

        assertThat(RuleTesting.VALIDATOR.validate(curriculum)).isEqualTo(RuleTesting.VALIDATOR.validate(curriculum));
    }

    @Test
    void validate_withIgnoredCode_dropsOnlyThatCode() {
        CurriculumValidator validator = CurriculumValidator.create(ValidationOptions.builder()
                .addIgnored(IssueCode.ID_MALFORMED, IssueCode.TEXT_TRANSLATION_MISSING)
                .build());

        assertThat(findings(validator.validate(broken())))
                .containsExactlyInAnyOrder(
                        "error reference.unresolved /schedule/weeks/1/cues/2",
                        "warning week.session-length.unusual /schedule/weeks/1/sessionMinutes",
                        "error week.permission-ritual.missing /schedule/weeks/1/techniques",
                        "error direction.stomach.not-clockwise /strokes/3/direction");
    }

    @Test
    void validate_withSeverityOverride_relevelsThatCode() {
        CurriculumValidator validator = CurriculumValidator.create(ValidationOptions.builder()
                .putSeverityOverride(IssueCode.WEEK_PERMISSION_RITUAL_MISSING, Severity.WARNING)
                .putSeverityOverride(IssueCode.WEEK_SESSION_LENGTH_UNUSUAL, Severity.ERROR)
                .putSeverityOverride(IssueCode.TEXT_TRANSLATION_MISSING, Severity.INFO)
                .build());

        assertThat(withOneTranslationFinding(findings(validator.validate(broken())), "info"))
                .containsExactlyInAnyOrder(
                        "error id.malformed /id",
                        "error reference.unresolved /schedule/weeks/1/cues/2",
                        "error week.session-length.unusual /schedule/weeks/1/sessionMinutes",
                        "warning week.permission-ritual.missing /schedule/weeks/1/techniques",
                        "error direction.stomach.not-clockwise /strokes/3/direction",
                        "info text.translation.missing /title");
    }

    @Test
    void validate_warningsOnly_hasNoErrors() {
        ValidationReport report =
                CurriculumValidator.create().validate(RuleTesting.withWeek(2, week -> week.sessionMinutes(100)));

        assertThat(report.hasErrors()).isFalse();
        assertThat(report.count(Severity.WARNING)).isEqualTo(1);
    }

    @Test
    void validate_sampleTwice_isEmptyBothTimes() {
        assertThat(RuleTesting.VALIDATOR.validate(SampleCurricula.minimal()).isEmpty())
                .isTrue();
        assertThat(RuleTesting.VALIDATOR.validate(SampleCurricula.minimal()).isEmpty())
                .isTrue();
    }
}
