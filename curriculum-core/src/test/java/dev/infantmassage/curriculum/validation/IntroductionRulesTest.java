package dev.infantmassage.curriculum.validation;

import static dev.infantmassage.curriculum.SampleCurricula.stroke;
import static dev.infantmassage.curriculum.validation.RuleTesting.findings;
import static dev.infantmassage.curriculum.validation.RuleTesting.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.Direction;
import dev.infantmassage.curriculum.FiveWeekSchedule;
import dev.infantmassage.curriculum.SampleCurricula;
import dev.infantmassage.curriculum.WeekPlan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Introduced once, reviewed only in a later week, every stroke introduced somewhere:
 * {@code schedule.introduced-twice}, {@code schedule.reviewed-before-introduced},
 * {@code schedule.stroke.not-introduced}.
 */
class IntroductionRulesTest {
    static Stream<Arguments> data_cases() {
        return Stream.of(
                Arguments.of(
                        "stroke introduced again in a later week",
                        RuleTesting.withWeek(
                                3,
                                week -> week.newStrokes(
                                        List.of("legs-indian-milking", "chest-open-book", "arms-swedish-milking"))),
                        List.of("error schedule.introduced-twice /schedule/weeks/2/newStrokes/0")),
                Arguments.of(
                        "stroke introduced twice in one week",
                        RuleTesting.withWeek(1, week -> week.addNewStroke("legs-integration")),
                        List.of("error schedule.introduced-twice /schedule/weeks/0/newStrokes/3")),
                Arguments.of(
                        "routine introduced again",
                        RuleTesting.withWeek(2, week -> week.addNewRoutine("colic-relief")),
                        List.of("error schedule.introduced-twice /schedule/weeks/1/newRoutines/0")),
                Arguments.of(
                        "stroke reviewed before the week that introduces it",
                        RuleTesting.withWeek(2, week -> week.addReviewStroke("chest-open-book")),
                        List.of("error schedule.reviewed-before-introduced /schedule/weeks/1/reviewStrokes/3")),
                Arguments.of(
                        "stroke reviewed in the week that introduces it",
                        RuleTesting.withWeek(3, week -> week.addReviewStroke("chest-open-book")),
                        List.of("error schedule.reviewed-before-introduced /schedule/weeks/2/reviewStrokes/2")),
                Arguments.of(
                        "routine reviewed before it is introduced",
                        RuleTesting.withWeek(4, week -> week.addReviewRoutine("full-routine")),
                        List.of("error schedule.reviewed-before-introduced /schedule/weeks/3/reviewRoutines/0")),
                Arguments.of(
                        "routine reviewed after it is introduced",
                        RuleTesting.withWeek(2, week -> week.addReviewRoutine("colic-relief")),
                        List.of()),
                Arguments.of(
                        "stroke reviewed in every later week",
                        RuleTesting.withWeeks(
                                week -> week.getNumber() > 1, week -> week.addReviewStroke("legs-integration")),
                        List.of()),
                Arguments.of(
                        "catalogue stroke never introduced",
                        sample(builder ->
                                builder.addStroke(stroke("back-circles", BodyRegion.BACK, Direction.CIRCULAR_LOCAL))),
                        List.of("warning schedule.stroke.not-introduced /strokes/9/id")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_cases")
    void validate_introductionsAndReviews(String name, Curriculum curriculum, List<String> expected) {
        assertThat(findings(curriculum)).isEqualTo(expected);
    }

    @Test
    void validate_weeksListedOutOfOrder_areJudgedByWeekNumber() {
        List<WeekPlan> reversed =
                new ArrayList<>(SampleCurricula.minimal().getSchedule().getWeeks());
        Collections.reverse(reversed);

        // Only the listing order is reported; no introduction or review rule fires.
        assertThat(findings(sample(builder -> builder.schedule(FiveWeekSchedule.of(reversed)))))
                .containsExactly("warning schedule.week.order /schedule/weeks/1/number");
    }

    @Test
    void validate_reviewBeforeIntroduction_namesBothWeeks() {
        Issue issue = RuleTesting.VALIDATOR
                .validate(RuleTesting.withWeek(2, week -> week.addReviewStroke("face-open-book")))
                .first(IssueCode.SCHEDULE_REVIEWED_BEFORE_INTRODUCED)
                .orElseThrow();

        assertThat(issue.getMessage())
                .isEqualTo(
                        "Stroke 'face-open-book' must be introduced before week 2 to be reviewed there, but was introduced in week 4");
    }

    @Test
    void validate_introducedTwice_pointsAtTheFirstIntroduction() {
        Issue issue = RuleTesting.VALIDATOR
                .validate(RuleTesting.withWeek(2, week -> week.addNewRoutine("colic-relief")))
                .first(IssueCode.SCHEDULE_INTRODUCED_TWICE)
                .orElseThrow();

        assertThat(issue.getMessage())
                .isEqualTo(
                        "Routine 'colic-relief' must be introduced once, but was already introduced at /schedule/weeks/0/newRoutines/0");
    }
}
