package dev.infantmassage.curriculum.internal.rules;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.DiscussionTopic;
import dev.infantmassage.curriculum.FiveWeekSchedule;
import dev.infantmassage.curriculum.Routine;
import dev.infantmassage.curriculum.RoutineKind;
import dev.infantmassage.curriculum.TopicTag;
import dev.infantmassage.curriculum.WeekPlan;
import dev.infantmassage.curriculum.internal.IssueCollector;
import dev.infantmassage.curriculum.internal.Locations;
import dev.infantmassage.curriculum.validation.IssueCode;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the five weeks cover together: every teaching region, the colic relief routine (no later than
 * the stomach), a full routine in week 5, and the essential discussion topics.
 */
final class CoverageRule implements Rule {
    /** The topics every class discusses at some point. */
    static final List<TopicTag> ESSENTIAL_TOPICS = List.of(
            TopicTag.CUES,
            TopicTag.CRYING,
            TopicTag.COLIC,
            TopicTag.SLEEP,
            TopicTag.PARTNER_INVOLVEMENT,
            TopicTag.GROWING_BABY,
            TopicTag.SAFETY);

    @Override
    public void check(RuleContext context, IssueCollector issues) {
        for (BodyRegion region : BodyRegion.teachingOrder()) {
            issues.rule(
                    context.regionIntroduction(region).isPresent(),
                    IssueCode.SCHEDULE_REGION_NOT_INTRODUCED,
                    Locations.WEEKS,
                    region.code());
        }

        Optional<RuleContext.Mention> colic = context.curriculum().getRoutines().stream()
                .filter(routine -> routine.getKind() == RoutineKind.COLIC_RELIEF)
                .map(Routine::getId)
                .flatMap(id -> context.routineIntroduction(id).stream())
                .min((a, b) -> Integer.compare(a.week(), b.week()));
        if (issues.rule(colic.isPresent(), IssueCode.SCHEDULE_COLIC_ROUTINE_MISSING, Locations.WEEKS)) {
            RuleContext.Mention introduced = colic.get();
            context.regionIntroduction(BodyRegion.STOMACH)
                    .ifPresent(stomach -> issues.rule(
                            introduced.week() <= stomach.week(),
                            IssueCode.SCHEDULE_COLIC_ROUTINE_LATE,
                            introduced.location(),
                            introduced.id(),
                            stomach.week(),
                            introduced.week()));
        }

        context.weeksInOrder().stream()
                .filter(week -> week.number() == FiveWeekSchedule.WEEKS)
                .findFirst()
                .ifPresent(last -> issues.rule(
                        Stream.concat(last.week().getNewRoutines().stream(), last.week().getReviewRoutines().stream())
                                .anyMatch(id -> context.routine(id)
                                        .filter(routine -> routine.getKind() == RoutineKind.FULL)
                                        .isPresent()),
                        IssueCode.SCHEDULE_FULL_ROUTINE_MISSING,
                        last.location()));

        Set<TopicTag> discussed = EnumSet.noneOf(TopicTag.class);
        for (WeekPlan week : context.curriculum().getSchedule().getWeeks()) {
            for (DiscussionTopic topic : week.getTopics()) {
                discussed.add(topic.getTag());
            }
        }
        for (TopicTag tag : ESSENTIAL_TOPICS) {
            issues.rule(discussed.contains(tag), IssueCode.SCHEDULE_TOPIC_MISSING, Locations.WEEKS, tag.code());
        }
    }
}
