package dev.infantmassage.curriculum;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One week of the five-week class: what is introduced and reviewed, what is discussed, which cues are
 * practised, and the home practice until next week. Everything is referenced by identifier.
 */
@Value.Immutable
public abstract class WeekPlan implements Extensible {
    /** The week's number, 1 to 5. */
    public abstract int getNumber();

    public abstract LocalizedText getTitle();

    /** The length of the class session, in minutes; usually about 60. */
    @Positive
    public abstract int getSessionMinutes();

    /** The strokes introduced this week, in teaching order. */
    public abstract List<String> getNewStrokes();

    /** The strokes reviewed this week; each must have been introduced in an earlier week. */
    public abstract List<String> getReviewStrokes();

    /** The routines introduced this week. */
    public abstract List<String> getNewRoutines();

    /** The routines reviewed this week. */
    public abstract List<String> getReviewRoutines();

    /** The techniques practised this week; the permission ritual belongs to every week. */
    public abstract List<String> getTechniques();

    public abstract List<@Valid DiscussionTopic> getTopics();

    /** The cues practised this week. */
    public abstract List<String> getCues();

    public abstract Optional<@Valid HomePractice> getHomePractice();

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link WeekPlan}. */
    public static final class Builder extends ImmutableWeekPlan.Builder {}
}
