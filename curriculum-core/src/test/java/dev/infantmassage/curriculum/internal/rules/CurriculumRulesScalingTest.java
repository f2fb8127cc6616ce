package dev.infantmassage.curriculum.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.Direction;
import dev.infantmassage.curriculum.FiveWeekSchedule;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.Routine;
import dev.infantmassage.curriculum.RoutineStep;
import dev.infantmassage.curriculum.SampleCurricula;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.internal.IssueCollector;
import dev.infantmassage.curriculum.validation.ValidationOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules are linear in the size of the curriculum: four times the strokes (each introduced, reviewed
 * and in the full routine, with a translation declared) take about four times as long, far from the
 * sixteen a quadratic rule would need. The fastest of several runs is compared, so a busy machine does
 * not make the test flaky.
 */
class CurriculumRulesScalingTest {
    private static Curriculum withExtraStrokes(int count) {
        Curriculum sample = SampleCurricula.minimal();
        List<Stroke> strokes = new ArrayList<>(sample.getStrokes());
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = "legs-extra-" + i;
            strokes.add(Stroke.builder().from(SampleCurricula.stroke(id, BodyRegion.LEGS_AND_FEET, Direction.DOWNWARD))
                    .durationSeconds(1).build());
            ids.add(id);
        }
        List<WeekPlan> weeks = new ArrayList<>(sample.getSchedule().getWeeks());
        weeks.set(0, WeekPlan.builder().from(weeks.get(0)).addAllNewStrokes(ids).build());
        weeks.set(1, WeekPlan.builder().from(weeks.get(1)).addAllReviewStrokes(ids).build());
        List<Routine> routines = new ArrayList<>(sample.getRoutines());
        routines.set(1, Routine.builder().from(routines.get(1)).addAllSteps(ids.stream().map(RoutineStep::of).toList()).build());
        return Curriculum.builder().from(sample).addLanguage("es").title(LocalizedText.of("en", "Large"))
                .strokes(strokes).routines(routines).schedule(FiveWeekSchedule.of(weeks)).build();
    }

    private static long fastestNanos(Curriculum curriculum) {
        long fastest = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            IssueCollector issues = new IssueCollector(ValidationOptions.defaults());
            CurriculumRules.check(curriculum, issues);
            issues.toReport();
            fastest = Math.min(fastest, System.nanoTime() - start);
        }
        return fastest;
    }

    @Test
    void check_fourTimesTheStrokes_takesAboutFourTimesAsLong() {
        Curriculum small = withExtraStrokes(5_000);
        Curriculum large = withExtraStrokes(20_000);
        fastestNanos(small); // warm up the JIT

        double ratio = (double) fastestNanos(large) / fastestNanos(small);

        assertThat(ratio).isLessThan(10.0);
    }
}
