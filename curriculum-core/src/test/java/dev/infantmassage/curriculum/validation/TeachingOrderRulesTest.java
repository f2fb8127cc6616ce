package dev.infantmassage.curriculum.validation;

import static dev.infantmassage.curriculum.validation.RuleTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.FiveWeekSchedule;
import dev.infantmassage.curriculum.SampleCurricula;
import dev.infantmassage.curriculum.WeekPlan;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Legs and feet first, each week's new strokes in region order, gentle movements after the front:
 * {@code order.first-region}, {@code order.week.regions}, {@code order.gentle-movements.early}.
 */
class TeachingOrderRulesTest {
    /** Weeks 1 and 2 swapped: the stomach is taught first and the legs a week later. */
    static Curriculum stomachFirst() {
        List<WeekPlan> weeks = SampleCurricula.minimal().getSchedule().getWeeks();
        WeekPlan first = WeekPlan.builder()
                .from(weeks.get(0))
                .newStrokes(List.of("resting-hands", "stomach-sun-moon"))
                .build();
        WeekPlan second = WeekPlan.builder()
                .from(weeks.get(1))
                .newStrokes(List.of("legs-indian-milking", "legs-integration"))
                .reviewStrokes(List.of("resting-hands", "stomach-sun-moon"))
                .build();
        return RuleTesting.sample(builder -> builder.schedule(
                FiveWeekSchedule.of(List.of(first, second, weeks.get(2), weeks.get(3), weeks.get(4)))));
    }

    static Stream<Arguments> data_cases() {
        return Stream.of(
                Arguments.of(
                        "stomach introduced before legs",
                        stomachFirst(),
                        List.of("error order.first-region /schedule/weeks/0/newStrokes/1")),
                Arguments.of(
                        "resting hands before legs is not a region",
                        RuleTesting.withWeek(
                                1,
                                week -> week.newStrokes(
                                        List.of("resting-hands", "legs-indian-milking", "legs-integration"))),
                        List.of()),
                Arguments.of(
                        "week lists arms before chest",
                        RuleTesting.withWeek(
                                3, week -> week.newStrokes(List.of("arms-swedish-milking", "chest-open-book"))),
                        List.of("warning order.week.regions /schedule/weeks/2/newStrokes/1")),
                Arguments.of(
                        "whole-body stroke may come anywhere in a week",
                        RuleTesting.withWeek(
                                1,
                                week -> week.newStrokes(
                                        List.of("legs-indian-milking", "legs-integration", "resting-hands"))),
                        List.of()),
                Arguments.of(
                        "gentle movements before the chest",
                        moveGentleMovementsTo(2),
                        List.of("warning order.gentle-movements.early /schedule/weeks/1/newStrokes/1")),
                Arguments.of("gentle movements in the week of the chest", moveGentleMovementsTo(3), List.of()));
    }

    private static Curriculum moveGentleMovementsTo(int number) {
        List<WeekPlan> weeks = SampleCurricula.minimal().getSchedule().getWeeks().stream()
                .map(week -> week.getNumber() == 5
                        ? WeekPlan.builder().from(week).newStrokes(List.of()).build()
                        : week.getNumber() == number
                                ? WeekPlan.builder()
                                        .from(week)
                                        .addNewStroke("gentle-cross-arms")
                                        .build()
                                : week)
                .toList();
        return RuleTesting.sample(builder -> builder.schedule(FiveWeekSchedule.of(weeks)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_cases")
    void validate_teachingOrder(String name, Curriculum curriculum, List<String> expected) {
        assertThat(findings(curriculum)).isEqualTo(expected);
    }

    @Test
    void validate_firstRegion_namesTheRegionTaughtFirst() {
        Issue issue = RuleTesting.VALIDATOR
                .validate(stomachFirst())
                .first(IssueCode.ORDER_FIRST_REGION)
                .orElseThrow();

        assertThat(issue.getMessage())
                .isEqualTo("The first region introduced must be 'legs-and-feet', but was 'stomach'");
    }
}
