package dev.infantmassage.curriculum.internal.rules;

import static dev.infantmassage.curriculum.PropertyNames.nameOf;

import dev.infantmassage.curriculum.FiveWeekSchedule;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.internal.IssueCollector;
import dev.infantmassage.curriculum.internal.Locations;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import java.util.List;

/** Weeks 1 to 5, each exactly once, and listed in order. */
final class ScheduleShapeRule implements Rule {
    @Override
    public void check(RuleContext context, IssueCollector issues) {
        List<WeekPlan> weeks = context.curriculum().getSchedule().getWeeks();
        boolean[] seen = new boolean[FiveWeekSchedule.WEEKS + 1];
        int highest = Integer.MIN_VALUE;
        boolean orderReported = false;
        for (int i = 0; i < weeks.size(); i++) {
            int number = weeks.get(i).getNumber();
            IssueLocation at = Locations.WEEKS.index(i).property(nameOf(WeekPlan::getNumber));
            boolean inRange = number >= 1 && number <= FiveWeekSchedule.WEEKS;
            if (inRange && !orderReported && number < highest) {
                orderReported = true;
                issues.rule(false, IssueCode.SCHEDULE_WEEK_ORDER, at, number, highest);
            }
            if (inRange) {
                highest = Math.max(highest, number);
            }
            if (issues.rule(
                            number >= 1 && number <= FiveWeekSchedule.WEEKS,
                            IssueCode.SCHEDULE_WEEK_OUT_OF_RANGE,
                            at,
                            number)
                    && issues.rule(!seen[number], IssueCode.SCHEDULE_WEEK_DUPLICATE, at, number)) {
                seen[number] = true;
            }
        }
        for (int number = 1; number <= FiveWeekSchedule.WEEKS; number++) {
            issues.rule(seen[number], IssueCode.SCHEDULE_WEEK_MISSING, Locations.WEEKS, number);
        }
    }
}
