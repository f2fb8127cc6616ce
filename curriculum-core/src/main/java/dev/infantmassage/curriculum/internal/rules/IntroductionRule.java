package dev.infantmassage.curriculum.internal.rules;

import static dev.infantmassage.curriculum.PropertyNames.nameOf;

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
            checkNew(
                    "Stroke",
                    indexed.index(),
                    week.getNewStrokes(),
                    at.property(nameOf(WeekPlan::getNewStrokes)),
                    context::hasStroke,
                    context::strokeIntroduction,
                    issues);
            checkNew(
                    "Routine",
                    indexed.index(),
                    week.getNewRoutines(),
                    at.property(nameOf(WeekPlan::getNewRoutines)),
                    context::hasRoutine,
                    context::routineIntroduction,
                    issues);
            checkReview(
                    "Stroke",
                    week.getNumber(),
                    week.getReviewStrokes(),
                    at.property(nameOf(WeekPlan::getReviewStrokes)),
                    context::hasStroke,
                    context::strokeIntroduction,
                    issues);
            checkReview(
                    "Routine",
                    week.getNumber(),
                    week.getReviewRoutines(),
                    at.property(nameOf(WeekPlan::getReviewRoutines)),
                    context::hasRoutine,
                    context::routineIntroduction,
                    issues);
        }
        List<Stroke> strokes = context.curriculum().getStrokes();
        for (int i = 0; i < strokes.size(); i++) {
            String id = strokes.get(i).getId();
            // A duplicate identifier is already an error; report the missing introduction once.
            if (context.strokeIndex(id) == i && context.strokeIntroduction(id).isEmpty()) {
                issues.report(
                        IssueCode.SCHEDULE_STROKE_NOT_INTRODUCED,
                        Locations.STROKES.index(i).property(nameOf(Stroke::getId)),
                        id);
            }
        }
    }

    private static void checkNew(
            String kind,
            int weekIndex,
            List<String> ids,
            IssueLocation list,
            Predicate<String> exists,
            Function<String, Optional<RuleContext.Mention>> introductionOf,
            IssueCollector issues) {
        for (int j = 0; j < ids.size(); j++) {
            String id = ids.get(j);
            if (!exists.test(id)) {
                continue; // the reference rule reports it
            }
            RuleContext.Mention first = introductionOf.apply(id).orElseThrow();
            if (!first.isAt(weekIndex, j)) {
                issues.report(IssueCode.SCHEDULE_INTRODUCED_TWICE, list.index(j), kind, id, first.location());
            }
        }
    }

    private static void checkReview(
            String kind,
            int week,
            List<String> ids,
            IssueLocation list,
            Predicate<String> exists,
            Function<String, Optional<RuleContext.Mention>> introductionOf,
            IssueCollector issues) {
        for (int j = 0; j < ids.size(); j++) {
            if (!exists.test(ids.get(j))) {
                continue;
            }
            Optional<RuleContext.Mention> first = introductionOf.apply(ids.get(j));
            if (first.isEmpty() || first.get().week() >= week) {
                issues.report(
                        IssueCode.SCHEDULE_REVIEWED_BEFORE_INTRODUCED,
                        list.index(j),
                        kind,
                        ids.get(j),
                        week,
                        first.map(mention -> "introduced in week " + mention.week())
                                .orElse("never introduced"));
            }
        }
    }
}
