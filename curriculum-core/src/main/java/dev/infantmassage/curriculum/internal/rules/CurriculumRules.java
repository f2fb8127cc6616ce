package dev.infantmassage.curriculum.internal.rules;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.internal.IssueCollector;
import java.util.List;

/** All curriculum rules, in the order they run; each is linear in the size of the curriculum. */
public final class CurriculumRules {
    private static final List<Rule> RULES = List.of(
            new IdentifierRule(),
            new ReferenceRule(),
            new ScheduleShapeRule(),
            new IntroductionRule(),
            new TeachingOrderRule(),
            new FullRoutineRule(),
            new DirectionRule(),
            new StrokeRule(),
            new WeekContentRule(),
            new ContraindicationRule(),
            new OilRule(),
            new TextRule(),
            new CoverageRule());

    private CurriculumRules() {}

    /** Runs every rule over {@code curriculum}, reporting to {@code issues}. */
    public static void check(Curriculum curriculum, IssueCollector issues) {
        RuleContext context = new RuleContext(curriculum);
        for (Rule rule : RULES) {
            rule.check(context, issues);
        }
    }
}
