package dev.infantmassage.curriculum.internal.rules;

import static dev.infantmassage.curriculum.PropertyNames.nameOf;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.internal.IssueCollector;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import java.util.List;
import java.util.Optional;

/**
 * The order regions are taught in: legs and feet first, each week's new strokes in canonical region
 * order, and gentle movements not before the stomach and the chest. Whole-body strokes are ignored.
 */
final class TeachingOrderRule implements Rule {
    @Override
    public void check(RuleContext context, IssueCollector issues) {
        context.firstRegion()
                .ifPresent(first -> issues.rule(
                        first == BodyRegion.LEGS_AND_FEET,
                        IssueCode.ORDER_FIRST_REGION,
                        context.regionIntroduction(first).orElseThrow().location(),
                        first.code()));

        for (RuleContext.IndexedWeek week : context.weeksInOrder()) {
            List<String> newStrokes = week.week().getNewStrokes();
            IssueLocation list = week.location().property(nameOf(WeekPlan::getNewStrokes));
            BodyRegion latest = null;
            for (int j = 0; j < newStrokes.size(); j++) {
                Optional<BodyRegion> region =
                        context.stroke(newStrokes.get(j)).map(Stroke::getRegion).filter(BodyRegion::isTeachingRegion);
                if (region.isEmpty()) {
                    continue;
                }
                if (latest == null || region.get().compareTo(latest) >= 0) {
                    latest = region.get();
                } else {
                    issues.report(
                            IssueCode.ORDER_WEEK_REGIONS,
                            list.index(j),
                            newStrokes.get(j),
                            region.get().code(),
                            latest.code());
                }
            }
        }

        context.regionIntroduction(BodyRegion.GENTLE_MOVEMENTS).ifPresent(gentle -> {
            for (BodyRegion front : List.of(BodyRegion.STOMACH, BodyRegion.CHEST)) {
                context.regionIntroduction(front)
                        .ifPresent(introduced -> issues.rule(
                                gentle.week() >= introduced.week(),
                                IssueCode.ORDER_GENTLE_MOVEMENTS_EARLY,
                                gentle.location(),
                                front.code(),
                                gentle.week(),
                                introduced.week()));
            }
        });
    }
}
