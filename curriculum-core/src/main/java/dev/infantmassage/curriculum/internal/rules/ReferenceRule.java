package dev.infantmassage.curriculum.internal.rules;

import static dev.infantmassage.curriculum.PropertyNames.nameOf;

import dev.infantmassage.curriculum.Contraindication;
import dev.infantmassage.curriculum.CueSignal;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.OilPolicy;
import dev.infantmassage.curriculum.OilWarning;
import dev.infantmassage.curriculum.PropertyNames.Accessor;
import dev.infantmassage.curriculum.Routine;
import dev.infantmassage.curriculum.RoutineStep;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.Technique;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.internal.IssueCollector;
import dev.infantmassage.curriculum.internal.Locations;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import dev.infantmassage.curriculum.validation.Suggestions;
import java.util.List;
import java.util.Set;

/** Every identifier an entry or a week refers to names an entry of the right catalogue. */
final class ReferenceRule implements Rule {
    @Override
    public void check(RuleContext context, IssueCollector issues) {
        Curriculum curriculum = context.curriculum();
        for (RuleContext.IndexedWeek indexed : context.weeksInOrder()) {
            WeekPlan week = indexed.week();
            IssueLocation at = indexed.location();
            checkAll(
                    "Stroke",
                    week.getNewStrokes(),
                    context.strokeIds(),
                    at.property(nameOf(WeekPlan::getNewStrokes)),
                    issues);
            checkAll(
                    "Stroke",
                    week.getReviewStrokes(),
                    context.strokeIds(),
                    at.property(nameOf(WeekPlan::getReviewStrokes)),
                    issues);
            checkAll(
                    "Routine",
                    week.getNewRoutines(),
                    context.routineIds(),
                    at.property(nameOf(WeekPlan::getNewRoutines)),
                    issues);
            checkAll(
                    "Routine",
                    week.getReviewRoutines(),
                    context.routineIds(),
                    at.property(nameOf(WeekPlan::getReviewRoutines)),
                    issues);
            checkAll(
                    "Technique",
                    week.getTechniques(),
                    context.techniqueIds(),
                    at.property(nameOf(WeekPlan::getTechniques)),
                    issues);
            checkAll("Cue", week.getCues(), context.cueIds(), at.property(nameOf(WeekPlan::getCues)), issues);
        }
        List<Routine> routines = curriculum.getRoutines();
        for (int i = 0; i < routines.size(); i++) {
            List<RoutineStep> steps = routines.get(i).getSteps();
            for (int j = 0; j < steps.size(); j++) {
                String stroke = steps.get(j).getStroke();
                check(
                        "Stroke",
                        stroke,
                        context.strokeIds(),
                        Locations.ROUTINES
                                .index(i)
                                .property(nameOf(Routine::getSteps))
                                .index(j)
                                .property(nameOf(RoutineStep::getStroke)),
                        issues);
            }
        }
        checkSources(curriculum.getStrokes(), Stroke::getSources, Locations.STROKES, context, issues);
        checkSources(curriculum.getTechniques(), Technique::getSources, Locations.TECHNIQUES, context, issues);
        checkSources(routines, Routine::getSources, Locations.ROUTINES, context, issues);
        checkSources(curriculum.getCues(), CueSignal::getSources, Locations.CUES, context, issues);
        checkSources(
                curriculum.getContraindications(),
                Contraindication::getSources,
                Locations.CONTRAINDICATIONS,
                context,
                issues);
        curriculum.getOilPolicy().ifPresent(policy -> {
            checkAll(
                    "Source",
                    policy.getSources(),
                    context.sourceIds(),
                    Locations.OIL_POLICY.property(nameOf(OilPolicy::getSources)),
                    issues);
            checkSources(
                    policy.getAvoid(),
                    OilWarning::getSources,
                    Locations.OIL_POLICY.property(nameOf(OilPolicy::getAvoid)),
                    context,
                    issues);
        });
    }

    private static <T> void checkSources(
            List<T> entries,
            Accessor<T, List<String>> sourcesOf,
            IssueLocation list,
            RuleContext context,
            IssueCollector issues) {
        for (int i = 0; i < entries.size(); i++) {
            checkAll(
                    "Source",
                    sourcesOf.apply(entries.get(i)),
                    context.sourceIds(),
                    list.index(i).property(nameOf(sourcesOf)),
                    issues);
        }
    }

    private static void checkAll(
            String kind, List<String> ids, Set<String> known, IssueLocation list, IssueCollector issues) {
        for (int i = 0; i < ids.size(); i++) {
            check(kind, ids.get(i), known, list.index(i), issues);
        }
    }

    /** Reports {@code id} unless {@code known} has it, suggesting the nearest known identifiers. */
    private static void check(String kind, String id, Set<String> known, IssueLocation at, IssueCollector issues) {
        if (!known.contains(id)) {
            issues.rule(
                    false,
                    IssueCode.REFERENCE_UNRESOLVED,
                    at,
                    kind,
                    id,
                    Suggestions.didYouMeanTail(Suggestions.closest(id, known)));
        }
    }
}
