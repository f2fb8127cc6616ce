package dev.infantmassage.curriculum.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.Direction;
import dev.infantmassage.curriculum.FiveWeekSchedule;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.MotionPattern;
import dev.infantmassage.curriculum.Routine;
import dev.infantmassage.curriculum.RoutineStep;
import dev.infantmassage.curriculum.SampleCurricula;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.StrokeRole;
import dev.infantmassage.curriculum.WeekPlan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random damage to the sample: whatever the content, validation returns a report (never throws),
 * gives the same report twice, and locates every issue inside the document.
 */
class RandomCurriculaTest {
    static IntStream data_seeds() {
        return IntStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("data_seeds")
    void validate_randomlyDamagedCurriculum_reportsWithoutThrowing(int seed) {
        Curriculum curriculum = damage(SampleCurricula.minimal(), new Random(seed));

        ValidationReport report = RuleTesting.VALIDATOR.validate(curriculum);

        assertThat(RuleTesting.VALIDATOR.validate(curriculum)).isEqualTo(report);
        assertThat(report.issues()).allSatisfy(issue -> {
            assertThat(issue.getMessage()).isNotBlank().doesNotContain("{").doesNotEndWith(".");
            assertThat(issue.getLocation().toPointer()).matches("(/[A-Za-z0-9]+)*");
        });
    }

    private static Curriculum damage(Curriculum sample, Random random) {
        List<Stroke> strokes = new ArrayList<>(sample.getStrokes());
        List<WeekPlan> weeks = new ArrayList<>(sample.getSchedule().getWeeks());
        List<Routine> routines = new ArrayList<>(sample.getRoutines());
        List<String> ids = new ArrayList<>(strokes.stream().map(Stroke::getId).toList());
        ids.add("no-such-stroke");
        ids.add("Bad_Id");
        Curriculum.Builder builder = Curriculum.builder().from(sample);
        int changes = 1 + random.nextInt(6);
        for (int change = 0; change < changes; change++) {
            switch (random.nextInt(10)) {
                case 0 -> Collections.shuffle(strokes, random);
                case 1 -> {
                    if (!strokes.isEmpty()) {
                        strokes.remove(random.nextInt(strokes.size()));
                    }
                }
                case 2 -> {
                    if (!strokes.isEmpty()) {
                        int i = random.nextInt(strokes.size());
                        strokes.set(
                                i,
                                Stroke.builder()
                                        .from(strokes.get(i))
                                        .id(pick(ids, random))
                                        .region(pick(List.of(BodyRegion.values()), random))
                                        .direction(pick(List.of(Direction.values()), random))
                                        .pattern(pick(List.of(MotionPattern.values()), random))
                                        .role(pick(List.of(StrokeRole.values()), random))
                                        .durationSeconds(random.nextInt(4000) - 100)
                                        .build());
                    }
                }
                case 3 -> {
                    if (!weeks.isEmpty()) {
                        int i = random.nextInt(weeks.size());
                        weeks.set(
                                i,
                                WeekPlan.builder()
                                        .from(weeks.get(i))
                                        .number(random.nextInt(9) - 2)
                                        .build());
                    }
                }
                case 4 -> {
                    if (!weeks.isEmpty()) {
                        int i = random.nextInt(weeks.size());
                        List<String> picked = random.ints(random.nextInt(6), 0, ids.size())
                                .mapToObj(ids::get)
                                .toList();
                        weeks.set(
                                i,
                                WeekPlan.builder()
                                        .from(weeks.get(i))
                                        .newStrokes(random.nextBoolean() ? picked : List.of())
                                        .reviewStrokes(random.nextBoolean() ? picked : List.of())
                                        .sessionMinutes(random.nextInt(200) - 10)
                                        .newRoutines(
                                                random.nextBoolean()
                                                        ? List.of("colic-relief", "full-routine")
                                                        : List.of())
                                        .build());
                    }
                }
                case 5 -> {
                    if (!weeks.isEmpty()) {
                        weeks.remove(random.nextInt(weeks.size()));
                    }
                }
                case 6 -> {
                    int i = random.nextInt(routines.size());
                    List<RoutineStep> steps = random.ints(1 + random.nextInt(8), 0, ids.size())
                            .mapToObj(index -> RoutineStep.of(ids.get(index)))
                            .toList();
                    routines.set(
                            i,
                            Routine.builder().from(routines.get(i)).steps(steps).build());
                }
                case 7 -> builder.title(random.nextBoolean() ? LocalizedText.empty() : LocalizedText.of("xx", "?"));
                case 8 -> builder.addLanguage(pick(List.of("es", "en", "sv-SE"), random));
                default -> builder.id(pick(ids, random));
            }
        }
        return builder.strokes(strokes)
                .routines(routines)
                .schedule(FiveWeekSchedule.of(weeks))
                .build();
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
