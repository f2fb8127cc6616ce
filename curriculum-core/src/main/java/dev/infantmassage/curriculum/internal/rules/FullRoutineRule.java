package dev.infantmassage.curriculum.internal.rules;

import static dev.infantmassage.curriculum.PropertyNames.nameOf;

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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A full routine runs the regions in canonical order and each region's strokes in catalogue order;
 * each region block opens with resting hands and, where the catalogue has one, closes with the
 * region's integration stroke. A block is a run of steps of one teaching region; whole-body steps
 * (resting hands) belong to no block and do not split one; unresolved steps are skipped (the
 * reference rule reports them).
 */
final class FullRoutineRule implements Rule {
    /** A resolved step of a teaching region, and whether the step just before it is resting hands. */
    private record Step(int index, Stroke stroke, boolean afterRestingHands) {
        BodyRegion region() {
            return stroke.getRegion();
        }
    }

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
                List<List<Step>> blocks = blocks(routines.get(i), context);
                checkBlocks(
                        routines.get(i).getId(),
                        blocks,
                        Locations.ROUTINES.index(i).property(nameOf(Routine::getSteps)),
                        context,
                        withIntegration,
                        issues);
            }
        }
    }

    private static List<List<Step>> blocks(Routine routine, RuleContext context) {
        List<List<Step>> blocks = new ArrayList<>();
        List<RoutineStep> steps = routine.getSteps();
        Stroke previous = null;
        for (int j = 0; j < steps.size(); j++) {
            Stroke stroke = context.stroke(steps.get(j).getStroke()).orElse(null);
            if (stroke != null && stroke.getRegion().isTeachingRegion()) {
                Step step = new Step(j, stroke, previous != null && previous.getRole() == StrokeRole.RESTING_HANDS);
                if (blocks.isEmpty() || blocks.get(blocks.size() - 1).get(0).region() != step.region()) {
                    blocks.add(new ArrayList<>());
                }
                blocks.get(blocks.size() - 1).add(step);
            }
            previous = stroke;
        }
        return blocks;
    }

    private static void checkBlocks(
            String routine,
            List<List<Step>> blocks,
            IssueLocation stepsAt,
            RuleContext context,
            Set<BodyRegion> withIntegration,
            IssueCollector issues) {
        BodyRegion previousRegion = null;
        for (List<Step> block : blocks) {
            Step first = block.get(0);
            Step last = block.get(block.size() - 1);
            BodyRegion region = first.region();
            if (previousRegion != null) {
                issues.rule(
                        region.compareTo(previousRegion) > 0,
                        IssueCode.ORDER_ROUTINE_REGIONS,
                        stepsAt.index(first.index()),
                        first.stroke().getId(),
                        region.code(),
                        previousRegion.code());
            }
            previousRegion = region;

            issues.rule(
                    first.afterRestingHands() || first.stroke().getRole() == StrokeRole.RESTING_HANDS,
                    IssueCode.ORDER_BLOCK_RESTING_HANDS,
                    stepsAt.index(first.index()),
                    region.code(),
                    routine,
                    first.stroke().getId());
            if (withIntegration.contains(region)) {
                issues.rule(
                        last.stroke().getRole() == StrokeRole.INTEGRATION,
                        IssueCode.ORDER_BLOCK_INTEGRATION,
                        stepsAt.index(last.index()),
                        region.code(),
                        routine,
                        last.stroke().getId());
            }

            Step previous = null;
            for (Step step : block) {
                if (step.stroke().getRole() == StrokeRole.RESTING_HANDS) {
                    continue;
                }
                if (previous != null
                        && context.strokeIndex(step.stroke().getId())
                                < context.strokeIndex(previous.stroke().getId())) {
                    issues.report(
                            IssueCode.ORDER_ROUTINE_CATALOGUE,
                            stepsAt.index(step.index()),
                            step.stroke().getId(),
                            previous.stroke().getId());
                }
                previous = step;
            }
        }
    }
}
