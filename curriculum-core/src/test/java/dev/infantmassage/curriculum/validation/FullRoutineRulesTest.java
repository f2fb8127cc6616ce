package dev.infantmassage.curriculum.validation;

import static dev.infantmassage.curriculum.validation.RuleTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.Direction;
import dev.infantmassage.curriculum.Routine;
import dev.infantmassage.curriculum.RoutineStep;
import dev.infantmassage.curriculum.SampleCurricula;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.StrokeRole;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The full routine in canonical region order and catalogue order, each block opened by resting hands and
 * closed by the region's integration stroke: {@code order.routine.regions}, {@code order.routine.catalogue},
 * {@code order.block.resting-hands}, {@code order.block.integration}.
 */
class FullRoutineRulesTest {
    /** The sample's full routine as stroke ids: resting hands before each region block. */
    private static List<String> steps() {
        return SampleCurricula.fullRoutineSteps().stream()
                .map(RoutineStep::getStroke)
                .toList();
    }

    private static Curriculum withFullRoutine(List<String> strokes) {
        return RuleTesting.withRoutine(
                "full-routine",
                routine -> routine.steps(strokes.stream().map(RoutineStep::of).toList()));
    }

    private static Curriculum without(int index) {
        List<String> strokes = new ArrayList<>(steps());
        strokes.remove(index);
        return withFullRoutine(strokes);
    }

    private static Curriculum swapped(int i, int j) {
        List<String> strokes = new ArrayList<>(steps());
        Collections.swap(strokes, i, j);
        return withFullRoutine(strokes);
    }

    private static List<String> pauseInLegs() {
        List<String> strokes = new ArrayList<>(steps());
        strokes.add(2, "resting-hands");
        return strokes;
    }

    /** A stomach-specific resting hands stroke, taught with the stomach and opening its block. */
    private static Curriculum withStomachRestingHands() {
        Stroke stomachRest = Stroke.builder()
                .from(SampleCurricula.stroke("stomach-resting-hands", BodyRegion.STOMACH, Direction.STATIC))
                .role(StrokeRole.RESTING_HANDS)
                .build();
        List<String> strokes = new ArrayList<>(steps());
        strokes.set(3, "stomach-resting-hands");
        Curriculum curriculum =
                RuleTesting.withWeek(2, week -> week.newStrokes(List.of("stomach-resting-hands", "stomach-sun-moon")));
        List<Routine> routines = curriculum.getRoutines().stream()
                .map(routine -> routine.getId().equals("full-routine")
                        ? Routine.builder()
                                .from(routine)
                                .steps(strokes.stream().map(RoutineStep::of).toList())
                                .build()
                        : routine)
                .toList();
        return Curriculum.builder()
                .from(curriculum)
                .addStroke(stomachRest)
                .routines(routines)
                .build();
    }

    static Stream<Arguments> data_cases() {
        // steps(): 0 resting-hands, 1 legs-indian-milking, 2 legs-integration, 3 resting-hands, 4 stomach-sun-moon,
        // 5 resting-hands, 6 chest-open-book, 7 resting-hands, 8 arms-swedish-milking, 9 resting-hands,
        // 10 face-open-book, 11 resting-hands, 12 back-swooping, 13 resting-hands, 14 gentle-cross-arms
        return Stream.of(
                Arguments.of(
                        "arms block before chest block",
                        swapped(6, 8),
                        List.of("warning order.routine.regions /routines/1/steps/8")),
                Arguments.of(
                        "legs strokes out of catalogue order",
                        swapped(1, 2),
                        List.of(
                                "warning order.routine.catalogue /routines/1/steps/2",
                                "warning order.block.integration /routines/1/steps/2")),
                Arguments.of(
                        "stomach block without resting hands",
                        without(3),
                        List.of("warning order.block.resting-hands /routines/1/steps/3")),
                Arguments.of(
                        "first block without resting hands",
                        without(0),
                        List.of("warning order.block.resting-hands /routines/1/steps/0")),
                Arguments.of(
                        "legs block without its integration stroke",
                        without(2),
                        List.of("warning order.block.integration /routines/1/steps/1")),
                Arguments.of(
                        "a resting hands pause inside a block keeps the block",
                        withFullRoutine(pauseInLegs()),
                        List.of()),
                Arguments.of("region-specific resting hands opens its block", withStomachRestingHands(), List.of()),
                Arguments.of(
                        "a colic routine need not follow the full routine's order",
                        RuleTesting.withRoutine(
                                "colic-relief",
                                routine -> routine.steps(List.of(
                                        RoutineStep.of("stomach-sun-moon"), RoutineStep.of("legs-indian-milking")))),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_cases")
    void validate_fullRoutineOrder(String name, Curriculum curriculum, List<String> expected) {
        assertThat(findings(curriculum)).isEqualTo(expected);
    }
}
