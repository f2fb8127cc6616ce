package dev.infantmassage.curriculum.internal.rules;

import static dev.infantmassage.curriculum.PropertyNames.nameOf;

import dev.infantmassage.curriculum.Contraindication;
import dev.infantmassage.curriculum.CueSignal;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.OilPolicy;
import dev.infantmassage.curriculum.OilWarning;
import dev.infantmassage.curriculum.Routine;
import dev.infantmassage.curriculum.RoutineStep;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.Technique;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.internal.IssueCollector;
import dev.infantmassage.curriculum.internal.Locations;
import dev.infantmassage.curriculum.PropertyNames.Accessor;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import java.util.List;
import java.util.function.Predicate;

/** Every identifier an entry or a week refers to names an entry of the right catalogue. */
final class ReferenceRule implements Rule {
    @Override
    public void check(RuleContext context, IssueCollector issues) {
        Curriculum curriculum = context.curriculum();
        for (RuleContext.IndexedWeek indexed : context.weeksInOrder()) {
            WeekPlan week = indexed.week();
            IssueLocation at = indexed.location();
            checkAll("Stroke", week.getNewStrokes(), context::hasStroke, at.property(nameOf(WeekPlan::getNewStrokes)), issues);
            checkAll("Stroke", week.getReviewStrokes(), context::hasStroke, at.property(nameOf(WeekPlan::getReviewStrokes)), issues);
            checkAll("Routine", week.getNewRoutines(), context::hasRoutine, at.property(nameOf(WeekPlan::getNewRoutines)), issues);
            checkAll("Routine", week.getReviewRoutines(), context::hasRoutine, at.property(nameOf(WeekPlan::getReviewRoutines)), issues);
            checkAll("Technique", week.getTechniques(), context::hasTechnique, at.property(nameOf(WeekPlan::getTechniques)), issues);
            checkAll("Cue", week.getCues(), context::hasCue, at.property(nameOf(WeekPlan::getCues)), issues);
        }
        List<Routine> routines = curriculum.getRoutines();
        for (int i = 0; i < routines.size(); i++) {
            List<RoutineStep> steps = routines.get(i).getSteps();
            for (int j = 0; j < steps.size(); j++) {
                String stroke = steps.get(j).getStroke();
                issues.rule(context.hasStroke(stroke), IssueCode.REFERENCE_UNRESOLVED,
                        Locations.ROUTINES.index(i).property(nameOf(Routine::getSteps)).index(j).property(nameOf(RoutineStep::getStroke)), "Stroke", stroke);
            }
        }
        checkSources(curriculum.getStrokes(), Stroke::getSources, Locations.STROKES, context, issues);
        checkSources(curriculum.getTechniques(), Technique::getSources, Locations.TECHNIQUES, context, issues);
        checkSources(routines, Routine::getSources, Locations.ROUTINES, context, issues);
        checkSources(curriculum.getCues(), CueSignal::getSources, Locations.CUES, context, issues);
        checkSources(curriculum.getContraindications(), Contraindication::getSources, Locations.CONTRAINDICATIONS,
                context, issues);
        curriculum.getOilPolicy().ifPresent(policy -> {
            checkAll("Source", policy.getSources(), context::hasSource, Locations.OIL_POLICY.property(nameOf(OilPolicy::getSources)), issues);
            checkSources(policy.getAvoid(), OilWarning::getSources, Locations.OIL_POLICY.property(nameOf(OilPolicy::getAvoid)), context,
                    issues);
        });
    }

    private static <T> void checkSources(List<T> entries, Accessor<T, List<String>> sourcesOf, IssueLocation list,
            RuleContext context, IssueCollector issues) {
        for (int i = 0; i < entries.size(); i++) {
            checkAll("Source", sourcesOf.apply(entries.get(i)), context::hasSource, list.index(i).property(nameOf(sourcesOf)),
                    issues);
        }
    }

    private static void checkAll(String kind, List<String> ids, Predicate<String> exists, IssueLocation list,
            IssueCollector issues) {
        for (int i = 0; i < ids.size(); i++) {
            issues.rule(exists.test(ids.get(i)), IssueCode.REFERENCE_UNRESOLVED, list.index(i), kind, ids.get(i));
        }
    }
}
