package dev.infantmassage.curriculum.internal.rules;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.internal.IssueCollector;
import java.util.List;

/** All curriculum rules, in the order they run. */
public final class CurriculumRules {
    private static final List<Rule> RULES = List.of(
            new ScheduleShapeRule());

    private CurriculumRules() {}

    public static void check(Curriculum curriculum, IssueCollector issues) {
        for (Rule rule : RULES) {
            rule.check(curriculum, issues);
        }
    }
}
