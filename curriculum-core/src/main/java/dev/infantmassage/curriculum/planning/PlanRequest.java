package dev.infantmassage.curriculum.planning;

import dev.infantmassage.curriculum.FiveWeekSchedule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What to plan: which week's strokes, for which baby, at which moment.
 *
 * <pre>{@code
 * PlanRequest request = PlanRequest.builder()
 *         .week(3)
 *         .profile(profile)
 *         .at(Instant.now(clock))
 *         .zone(ZoneId.of("Europe/Stockholm"))
 *         .putWaitingPeriod("immunisation", Duration.ofHours(24))
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PlanRequest {
    /** {@return the week of the schedule, 1 to 5} */
    public abstract int getWeek();

    /** {@return whether to plan everything learnt up to the week (the default) or only that week's class} */
    @Value.Default
    public PlanScope getScope() {
        return PlanScope.UP_TO_WEEK;
    }

    /** {@return the baby the session is for} */
    public abstract InfantProfile getProfile();

    /** {@return the moment the session would start} */
    public abstract Instant getAt();

    /**
     * {@return the time zone of the family: it turns {@link #getAt()} into the day the baby's age is counted
     * on} UTC unless set.
     */
    @Value.Default
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /**
     * {@return waiting periods the caller chose, by contraindication identifier, instead of the curriculum's
     * default} Each must lie within the contraindication's {@code min..max}: the planner rejects a
     * value outside it rather than clamping, so a mistaken choice is seen, not silently changed.
     */
    public abstract Map<String, Duration> getWaitingPeriods();

    /**
     * {@return the language of the answer, as a BCP 47 tag such as {@code "es"}: the planner's sentences (English
     * and Spanish are available, English otherwise, with a note) and the curriculum's own texts (its
     * default language where it lacks this one)} The curriculum's default language when empty.
     */
    public abstract Optional<String> getLanguage();

    /**
     * {@return a request for everything learnt up to {@code week}, for {@code profile} at {@code at}}
     *
     * @param week the week of the schedule, 1 to 5
     * @param profile the baby
     * @param at the moment the session would start
     */
    public static PlanRequest of(int week, InfantProfile profile, Instant at) {
        return builder().week(week).profile(profile).at(at).build();
    }

    /**
     * {@return a request for everything learnt up to {@code week}, for {@code profile} now on {@code clock}}
     *
     * @param week the week of the schedule, 1 to 5
     * @param profile the baby
     * @param clock the clock whose current instant and zone the session starts at
     */
    public static PlanRequest of(int week, InfantProfile profile, Clock clock) {
        return builder()
                .week(week)
                .profile(profile)
                .at(clock.instant())
                .zone(clock.getZone())
                .build();
    }

    @Value.Check
    void check() {
        if (getWeek() < 1 || getWeek() > FiveWeekSchedule.WEEKS) {
            throw new IllegalArgumentException(
                    "Week must be between 1 and " + FiveWeekSchedule.WEEKS + ", but was " + getWeek());
        }
        getWaitingPeriods().forEach((id, duration) -> {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(
                        "Waiting period for '" + id + "' must be positive, but was " + duration);
            }
        });
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link PlanRequest}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutablePlanRequest.Builder {}
}
