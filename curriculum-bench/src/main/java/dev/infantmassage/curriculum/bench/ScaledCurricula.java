package dev.infantmassage.curriculum.bench;

import static java.util.Objects.requireNonNull;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.FiveWeekSchedule;
import dev.infantmassage.curriculum.Routine;
import dev.infantmassage.curriculum.RoutineStep;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.WeekPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * Larger curricula made from a reference one, for the scaling benchmarks.
 *
 * <p>{@code scale(reference, n)} holds {@code n} copies of every stroke: the original, then copies with
 * the ids {@code <id>-x2} ... {@code <id>-xn} right after it in the catalogue. Every place that names a
 * stroke (a week's new and review strokes, a routine's steps) names its copies right after it, in the
 * same order. So the catalogue order, the teaching order within each week and the routine blocks stay
 * as in the reference, every reference resolves, and every rule walks {@code n} times as much content.
 * Only the totals grow: with {@code n > 1} each week's session time is exceeded, which the validator
 * reports once per week.
 */
public final class ScaledCurricula {
    private ScaledCurricula() {}

    /**
     * Returns the reference with {@code factor} copies of every stroke and of every mention of a stroke.
     *
     * @throws IllegalArgumentException if {@code factor} is less than 1
     */
    public static Curriculum scale(Curriculum reference, int factor) {
        requireNonNull(reference, "reference");
        if (factor < 1) {
            throw new IllegalArgumentException("factor must be at least 1, but was " + factor);
        }
        if (factor == 1) {
            return reference;
        }
        List<Stroke> strokes = new ArrayList<>(reference.getStrokes().size() * factor);
        for (Stroke stroke : reference.getStrokes()) {
            strokes.add(stroke);
            for (int copy = 2; copy <= factor; copy++) {
                strokes.add(Stroke.builder()
                        .from(stroke)
                        .id(copyId(stroke.getId(), copy))
                        .build());
            }
        }
        List<Routine> routines = new ArrayList<>();
        for (Routine routine : reference.getRoutines()) {
            List<RoutineStep> steps = new ArrayList<>(routine.getSteps().size() * factor);
            for (RoutineStep step : routine.getSteps()) {
                steps.add(step);
                for (int copy = 2; copy <= factor; copy++) {
                    steps.add(RoutineStep.builder()
                            .from(step)
                            .stroke(copyId(step.getStroke(), copy))
                            .build());
                }
            }
            routines.add(Routine.builder().from(routine).steps(steps).build());
        }
        List<WeekPlan> weeks = new ArrayList<>();
        for (WeekPlan week : reference.getSchedule().getWeeks()) {
            weeks.add(WeekPlan.builder()
                    .from(week)
                    .newStrokes(copies(week.getNewStrokes(), factor))
                    .reviewStrokes(copies(week.getReviewStrokes(), factor))
                    .build());
        }
        return Curriculum.builder()
                .from(reference)
                .strokes(strokes)
                .routines(routines)
                .schedule(FiveWeekSchedule.builder()
                        .from(reference.getSchedule())
                        .weeks(weeks)
                        .build())
                .build();
    }

    /** The id of the {@code copy}-th copy (2 or more) of the stroke {@code id}. */
    public static String copyId(String id, int copy) {
        return id + "-x" + copy;
    }

    private static List<String> copies(List<String> ids, int factor) {
        List<String> result = new ArrayList<>(ids.size() * factor);
        for (String id : ids) {
            result.add(id);
            for (int copy = 2; copy <= factor; copy++) {
                result.add(copyId(id, copy));
            }
        }
        return result;
    }
}
