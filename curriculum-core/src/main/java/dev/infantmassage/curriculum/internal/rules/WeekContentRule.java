package dev.infantmassage.curriculum.internal.rules;

import static dev.infantmassage.curriculum.PropertyNames.nameOf;

import dev.infantmassage.curriculum.CuePolarity;
import dev.infantmassage.curriculum.CueSignal;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.Technique;
import dev.infantmassage.curriculum.TechniqueKind;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.internal.IssueCollector;
import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Each week practises the permission ritual, an engagement and a disengagement cue, sets home
 * practice, and has a session of usual length that its strokes fit into.
 */
final class WeekContentRule implements Rule {
    static final int MIN_SESSION_MINUTES = 45;
    static final int MAX_SESSION_MINUTES = 90;

    @Override
    public void check(RuleContext context, IssueCollector issues) {
        for (RuleContext.IndexedWeek indexed : context.weeksInOrder()) {
            WeekPlan week = indexed.week();
            IssueLocation at = indexed.location();
            int number = week.getNumber();

            boolean permission = week.getTechniques().stream()
                    .anyMatch(id -> context.technique(id)
                            .map(Technique::getKind)
                            .filter(kind -> kind == TechniqueKind.PERMISSION_RITUAL)
                            .isPresent());
            issues.rule(
                    permission,
                    IssueCode.WEEK_PERMISSION_RITUAL_MISSING,
                    at.property(nameOf(WeekPlan::getTechniques)),
                    number);

            Set<CuePolarity> practised = EnumSet.noneOf(CuePolarity.class);
            for (String cue : week.getCues()) {
                context.cue(cue).map(CueSignal::getPolarity).ifPresent(practised::add);
            }
            for (CuePolarity polarity : CuePolarity.values()) {
                issues.rule(
                        practised.contains(polarity),
                        IssueCode.WEEK_CUES_MISSING,
                        at.property(nameOf(WeekPlan::getCues)),
                        number,
                        polarity.code());
            }

            issues.rule(week.getHomePractice().isPresent(), IssueCode.WEEK_HOME_PRACTICE_MISSING, at, number);

            int minutes = week.getSessionMinutes();
            IssueLocation minutesAt = at.property(nameOf(WeekPlan::getSessionMinutes));
            if (minutes > 0) {
                issues.rule(
                        minutes >= MIN_SESSION_MINUTES && minutes <= MAX_SESSION_MINUTES,
                        IssueCode.WEEK_SESSION_LENGTH_UNUSUAL,
                        minutesAt,
                        minutes);
                long seconds =
                        strokeSeconds(week.getNewStrokes(), context) + strokeSeconds(week.getReviewStrokes(), context);
                issues.rule(
                        seconds <= minutes * 60L,
                        IssueCode.WEEK_SESSION_TIME_EXCEEDED,
                        minutesAt,
                        number,
                        minutes,
                        seconds);
            }
        }
    }

    private static long strokeSeconds(List<String> ids, RuleContext context) {
        long seconds = 0;
        for (String id : ids) {
            seconds += context.stroke(id)
                    .map(Stroke::getDurationSeconds)
                    .filter(duration -> duration > 0)
                    .orElse(0);
        }
        return seconds;
    }
}
