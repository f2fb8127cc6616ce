package dev.infantmassage.curriculum.internal.rules;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Routine;
import dev.infantmassage.curriculum.RoutineKind;
import dev.infantmassage.curriculum.RoutineStep;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.StrokeRole;
import dev.infantmassage.curriculum.internal.IssueCollector;
import dev.infantmassage.curriculum.internal.Locations;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A full routine runs the regions in canonical order and each region's strokes in catalogue order;
 * each region block opens with resting hands and, where the catalogue has one, closes with the
 * region's integration stroke. Whole-body steps (resting hands) belong to no block; unresolved
 * steps are skipped (the reference rule reports them).
 */
final class FullRoutineRule implements Rule {
    @Override
    public void check(RuleContext context, IssueCollector issues) {
        Set<BodyRegion> withIntegration = EnumSet.noneOf(BodyRegion.class);
        for (Stroke stroke : context.curriculum().getStrokes()) {
            if (stroke.getRole() == StrokeRole.INTEGRATION) {
                withIntegration.add(stroke.getRegion());
            }
        }
        List<Routine> routines = context.curriculum().getRoutines();
        for (int i = 0; i < routines.size(); i++) {
            if (routines.get(i).getKind() == RoutineKind.FULL) {
                checkRoutine(routines.get(i), Locations.ROUTINES.index(i).property("steps"), context, withIntegration,
                        issues);
            }
        }
    }

    private static void checkRoutine(Routine routine, IssueLocation stepsAt, RuleContext context,
            Set<BodyRegion> withIntegration, IssueCollector issues) {
        List<RoutineStep> steps = routine.getSteps();
        Stroke[] resolved = new Stroke[steps.size()];
        for (int j = 0; j < steps.size(); j++) {
            resolved[j] = context.stroke(steps.get(j).getStroke()).orElse(null);
        }
        BodyRegion latest = null;
        int blockFirst = -1;
        int blockLast = -1;
        int previousInRegion = -1;
        for (int j = 0; j < resolved.length; j++) {
            Stroke stroke = resolved[j];
            if (stroke == null || !stroke.getRegion().isTeachingRegion()) {
                continue;
            }
            BodyRegion region = stroke.getRegion();
            if (region == latest) {
                blockLast = j;
                if (stroke.getRole() != StrokeRole.RESTING_HANDS) {
                    if (previousInRegion >= 0 && context.strokeIndex(stroke.getId())
                            < context.strokeIndex(resolved[previousInRegion].getId())) {
                        issues.report(IssueCode.ORDER_ROUTINE_CATALOGUE, stepsAt.index(j), stroke.getId(),
                                resolved[previousInRegion].getId());
                    }
                    previousInRegion = j;
                }
                continue;
            }
            if (latest != null) {
                checkBlock(routine, stepsAt, resolved, blockFirst, blockLast, withIntegration, issues);
                issues.rule(region.compareTo(latest) > 0, IssueCode.ORDER_ROUTINE_REGIONS, stepsAt.index(j),
                        stroke.getId(), region.code(), latest.code());
            }
            latest = region;
            blockFirst = j;
            blockLast = j;
            previousInRegion = stroke.getRole() == StrokeRole.RESTING_HANDS ? -1 : j;
        }
        if (latest != null) {
            checkBlock(routine, stepsAt, resolved, blockFirst, blockLast, withIntegration, issues);
        }
    }

    private static void checkBlock(Routine routine, IssueLocation stepsAt, Stroke[] resolved, int first, int last,
            Set<BodyRegion> withIntegration, IssueCollector issues) {
        BodyRegion region = resolved[first].getRegion();
        boolean greeted = resolved[first].getRole() == StrokeRole.RESTING_HANDS
                || (first > 0 && Optional.ofNullable(resolved[first - 1])
                        .filter(stroke -> stroke.getRole() == StrokeRole.RESTING_HANDS).isPresent());
        issues.rule(greeted, IssueCode.ORDER_BLOCK_RESTING_HANDS, stepsAt.index(first), region.code(), routine.getId(),
                resolved[first].getId());
        if (withIntegration.contains(region)) {
            issues.rule(resolved[last].getRole() == StrokeRole.INTEGRATION, IssueCode.ORDER_BLOCK_INTEGRATION,
                    stepsAt.index(last), region.code(), routine.getId(), resolved[last].getId());
        }
    }
}
