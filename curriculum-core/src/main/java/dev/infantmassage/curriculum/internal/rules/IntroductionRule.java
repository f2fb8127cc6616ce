package dev.infantmassage.curriculum.internal.rules;

import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.internal.IssueCollector;
import dev.infantmassage.curriculum.internal.Locations;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Strokes and routines are introduced once and reviewed only in a later week (by week number, not
 * list position); every stroke of the catalogue is introduced somewhere.
 */
final class IntroductionRule implements Rule {
    @Override
    public void check(RuleContext context, IssueCollector issues) {
        for (RuleContext.IndexedWeek indexed : context.weeksInOrder()) {
            WeekPlan week = indexed.week();
            IssueLocation at = indexed.location();
            checkNew("Stroke", week.getNewStrokes(), at.property("newStrokes"), context::hasStroke,
                    context::strokeIntroduction, issues);
            checkNew("Routine", week.getNewRoutines(), at.property("newRoutines"), context::hasRoutine,
                    context::routineIntroduction, issues);
            checkReview("Stroke", week.getNumber(), week.getReviewStrokes(), at.property("reviewStrokes"),
                    context::hasStroke, context::strokeIntroduction, issues);
            checkReview("Routine", week.getNumber(), week.getReviewRoutines(), at.property("reviewRoutines"),
                    context::hasRoutine, context::routineIntroduction, issues);
        }
        List<Stroke> strokes = context.curriculum().getStrokes();
        for (int i = 0; i < strokes.size(); i++) {
            String id = strokes.get(i).getId();
            // A duplicate identifier is already an error; report the missing introduction once.
            if (context.strokeIndex(id) == i) {
                issues.rule(context.strokeIntroduction(id).isPresent(), IssueCode.SCHEDULE_STROKE_NOT_INTRODUCED,
                        Locations.STROKES.index(i).property("id"), id);
            }
        }
    }

    private static void checkNew(String kind, List<String> ids, IssueLocation list, Predicate<String> exists,
            Function<String, Optional<RuleContext.Mention>> introductionOf, IssueCollector issues) {
        for (int j = 0; j < ids.size(); j++) {
            IssueLocation at = list.index(j);
            String id = ids.get(j);
            if (!exists.test(id)) {
                continue; // the reference rule reports it
            }
            introductionOf.apply(id)
                    .filter(first -> !first.location().equals(at))
                    .ifPresent(first -> issues.report(IssueCode.SCHEDULE_INTRODUCED_TWICE, at, kind, id,
                            first.location()));
        }
    }

    private static void checkReview(String kind, int week, List<String> ids, IssueLocation list,
            Predicate<String> exists, Function<String, Optional<RuleContext.Mention>> introductionOf,
            IssueCollector issues) {
        for (int j = 0; j < ids.size(); j++) {
            if (!exists.test(ids.get(j))) {
                continue;
            }
            Optional<RuleContext.Mention> first = introductionOf.apply(ids.get(j));
            issues.rule(first.isPresent() && first.get().week() < week, IssueCode.SCHEDULE_REVIEWED_BEFORE_INTRODUCED,
                    list.index(j), kind, ids.get(j), week,
                    first.map(mention -> "introduced in week " + mention.week()).orElse("never introduced"));
        }
    }
}
