package dev.infantmassage.curriculum.validation;

import static dev.infantmassage.curriculum.SampleCurricula.en;
import static dev.infantmassage.curriculum.validation.RuleTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Confidence;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.FiveWeekSchedule;
import dev.infantmassage.curriculum.Technique;
import dev.infantmassage.curriculum.TechniqueKind;
import dev.infantmassage.curriculum.WeekPlan;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each week: the permission ritual, both kinds of cue, home practice, a usual session length its strokes
 * fit in: {@code week.permission-ritual.missing}, {@code week.cues.missing}, {@code week.home-practice.missing},
 * {@code week.session-length.unusual}, {@code week.session-time.exceeded}.
 */
class WeekContentRulesTest {
    private static Curriculum withTouchRelaxationOnlyInWeek2() {
        Curriculum curriculum = RuleTesting.withWeek(2, week -> week.techniques(List.of("touch-relaxation")));
        return Curriculum.builder()
                .from(curriculum)
                .addTechnique(Technique.builder()
                        .id("touch-relaxation")
                        .kind(TechniqueKind.TOUCH_RELAXATION)
                        .name(en("Touch relaxation"))
                        .addStep(en("Touch and relax."))
                        .confidence(Confidence.CONFIRMED)
                        .build())
                .build();
    }

    static Stream<Arguments> data_cases() {
        return Stream.of(
                Arguments.of(
                        "no techniques",
                        RuleTesting.withWeek(2, week -> week.techniques(List.of())),
                        List.of("error week.permission-ritual.missing /schedule/weeks/1/techniques")),
                Arguments.of(
                        "techniques without a permission ritual",
                        withTouchRelaxationOnlyInWeek2(),
                        List.of("error week.permission-ritual.missing /schedule/weeks/1/techniques")),
                Arguments.of("permission ritual of another identifier", renamedPermissionRitual(), List.of()),
                Arguments.of(
                        "no disengagement cue",
                        RuleTesting.withWeek(2, week -> week.cues(List.of("smiling"))),
                        List.of("error week.cues.missing /schedule/weeks/1/cues")),
                Arguments.of(
                        "no cues at all",
                        RuleTesting.withWeek(2, week -> week.cues(List.of())),
                        List.of(
                                "error week.cues.missing /schedule/weeks/1/cues",
                                "error week.cues.missing /schedule/weeks/1/cues")),
                Arguments.of(
                        "no home practice",
                        RuleTesting.withWeek(2, week -> week.homePractice(Optional.empty())),
                        List.of("warning week.home-practice.missing /schedule/weeks/1")),
                Arguments.of(
                        "strokes take longer than the session",
                        RuleTesting.withStroke("face-open-book", stroke -> stroke.durationSeconds(3600)),
                        List.of("warning week.session-time.exceeded /schedule/weeks/3/sessionMinutes")),
                Arguments.of(
                        "strokes just fit the session",
                        RuleTesting.withStroke("face-open-book", stroke -> stroke.durationSeconds(3600 - 90)),
                        List.of()));
    }

    /** The permission ritual is found by kind, not by identifier. */
    private static Curriculum renamedPermissionRitual() {
        Curriculum renamed =
                RuleTesting.withTechnique("permission-ritual", technique -> technique.id("asking-permission"));
        return Curriculum.builder()
                .from(renamed)
                .schedule(FiveWeekSchedule.of(renamed.getSchedule().getWeeks().stream()
                        .map(week -> WeekPlan.builder()
                                .from(week)
                                .techniques(List.of("asking-permission"))
                                .build())
                        .toList()))
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_cases")
    void validate_weekContent(String name, Curriculum curriculum, List<String> expected) {
        assertThat(findings(curriculum)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} minutes -> {1}")
    @CsvSource({"44,true", "45,false", "60,false", "90,false", "91,true", "240,true"})
    void validate_sessionLength_isUsuallyBetween45And90Minutes(int minutes, boolean unusual) {
        Curriculum curriculum = RuleTesting.withWeek(4, week -> week.sessionMinutes(minutes));

        assertThat(findings(curriculum))
                .isEqualTo(
                        unusual
                                ? List.of("warning week.session-length.unusual /schedule/weeks/3/sessionMinutes")
                                : List.of());
    }

    @Test
    void validate_missingCue_namesWeekAndPolarity() {
        Issue issue = RuleTesting.VALIDATOR
                .validate(RuleTesting.withWeek(2, week -> week.cues(List.of("yawning"))))
                .first(IssueCode.WEEK_CUES_MISSING)
                .orElseThrow();

        assertThat(issue.getMessage())
                .isEqualTo("Week 2 must practise at least one engagement cue, but practises none");
    }

    @Test
    void validate_sessionTime_namesTheSecondsTheStrokesTake() {
        Issue issue = RuleTesting.VALIDATOR
                .validate(RuleTesting.withStroke("face-open-book", stroke -> stroke.durationSeconds(3600)))
                .first(IssueCode.WEEK_SESSION_TIME_EXCEEDED)
                .orElseThrow();

        assertThat(issue.getMessage())
                .isEqualTo("The strokes of week 4 must fit in its 60-minute session, but take 3690 seconds");
    }
}
