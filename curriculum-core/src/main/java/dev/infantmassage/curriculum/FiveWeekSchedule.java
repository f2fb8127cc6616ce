package dev.infantmassage.curriculum;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The five weekly sessions of the class, in order.
 *
 * <p>The validator reports a schedule that does not have each of the weeks 1 to 5 exactly once.
 *
 * @since 0.1.0
 */
@Description("The five weekly sessions of the class, in order.")
@Value.Immutable
public abstract class FiveWeekSchedule implements Extensible {
    /** The number of weeks in the program. */
    public static final int WEEKS = 5;

    /** {@return the weeks 1 to 5, each exactly once} */
    @Description("The weeks 1 to 5, each exactly once.")
    public abstract List<@Valid WeekPlan> getWeeks();

    /**
     * {@return the week with the given number, if the schedule has it}
     *
     * @param number a week number, 1 to 5
     */
    public Optional<WeekPlan> week(int number) {
        return getWeeks().stream().filter(week -> week.getNumber() == number).findFirst();
    }

    /**
     * {@return a schedule of the given weeks}
     *
     * @param weeks the weeks, each of 1 to 5 once
     */
    public static FiveWeekSchedule of(List<WeekPlan> weeks) {
        return builder().weeks(weeks).build();
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link FiveWeekSchedule}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableFiveWeekSchedule.Builder {}
}
