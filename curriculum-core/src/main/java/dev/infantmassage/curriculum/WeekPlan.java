package dev.infantmassage.curriculum;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One week of the five-week class: what is introduced and reviewed, what is discussed, which cues are
 * practised, and the home practice until next week. Everything is referenced by identifier.
 *
 * @since 0.1.0
 */
@Description("One week of the five-week class; everything is referenced by identifier.")
@Value.Immutable
public abstract class WeekPlan implements Extensible {
    /** {@return the week's number, 1 to 5} */
    @Description("The week's number, 1 to 5.")
    public abstract int getNumber();

    /** {@return the week's title} */
    @Description("The week's title.")
    public abstract LocalizedText getTitle();

    /** {@return the length of the class session, in minutes; usually about 60} */
    @Positive
    @Description("The length of the class session, in minutes; usually about 60.")
    public abstract int getSessionMinutes();

    /** {@return the strokes introduced this week, in teaching order} */
    @Description("The identifiers of the strokes introduced this week, in teaching order.")
    public abstract List<String> getNewStrokes();

    /** {@return the strokes reviewed this week; each must have been introduced in an earlier week} */
    @Description("The identifiers of the strokes reviewed this week; each introduced in an earlier week.")
    public abstract List<String> getReviewStrokes();

    /** {@return the routines introduced this week} */
    @Description("The identifiers of the routines introduced this week.")
    public abstract List<String> getNewRoutines();

    /** {@return the routines reviewed this week} */
    @Description("The identifiers of the routines reviewed this week.")
    public abstract List<String> getReviewRoutines();

    /** {@return the techniques practised this week; the permission ritual belongs to every week} */
    @Description("The identifiers of the techniques practised this week; the permission ritual belongs to every week.")
    public abstract List<String> getTechniques();

    /** {@return what the class discusses this week} */
    @Description("What the class discusses this week.")
    public abstract List<@Valid DiscussionTopic> getTopics();

    /** {@return the cues practised this week} */
    @Description("The identifiers of the cues practised this week.")
    public abstract List<String> getCues();

    /** {@return the home practice until next week} */
    @Description("The home practice until next week.")
    public abstract Optional<@Valid HomePractice> getHomePractice();

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link WeekPlan}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableWeekPlan.Builder {}
}
