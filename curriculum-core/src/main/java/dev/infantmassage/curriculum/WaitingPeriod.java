package dev.infantmassage.curriculum;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * How long to wait before massage may resume, as a range with a default, because sources disagree:
 * after an immunisation anywhere from 24 to 72 hours, 48 by default.
 *
 * <p>The validator reports a range that is not positive or not ordered ({@code min <= defaultValue <= max}).
 *
 * @since 0.1.0
 */
@Description("How long to wait before massage may resume, as a range with a default, because sources disagree.")
@Value.Immutable
public abstract class WaitingPeriod implements Extensible {
    /** {@return the unit of {@code min}, {@code defaultValue} and {@code max}} */
    @Description("The unit of 'min', 'defaultValue' and 'max'.")
    public abstract TimeUnit getUnit();

    /** {@return the shortest wait any source allows} */
    @Description("The shortest wait any source allows.")
    public abstract int getMin();

    /** {@return the wait used unless the caller chooses another within the range} */
    @Description("The wait used unless the caller chooses another within the range.")
    public abstract int getDefaultValue();

    /** {@return the longest wait any source asks for} */
    @Description("The longest wait any source asks for.")
    public abstract int getMax();

    /**
     * {@return a range in {@code unit}, from {@code min} to {@code max}, with the given default}
     *
     * @param unit the unit of the three values
     * @param min the shortest wait any source allows
     * @param defaultValue the wait used unless the caller chooses another within the range
     * @param max the longest wait any source asks for
     */
    public static WaitingPeriod of(TimeUnit unit, int min, int defaultValue, int max) {
        return builder().unit(unit).min(min).defaultValue(defaultValue).max(max).build();
    }

    /** {@return {@link #getMin()} as a duration} */
    public Duration minDuration() {
        return toDuration(getMin());
    }

    /** {@return {@link #getDefaultValue()} as a duration} */
    public Duration defaultDuration() {
        return toDuration(getDefaultValue());
    }

    /** {@return {@link #getMax()} as a duration} */
    public Duration maxDuration() {
        return toDuration(getMax());
    }

    /**
     * {@return whether {@code duration} lies within {@code min..max}}
     *
     * @param duration a waiting period a caller chose
     */
    public boolean allows(Duration duration) {
        return duration.compareTo(minDuration()) >= 0 && duration.compareTo(maxDuration()) <= 0;
    }

    private Duration toDuration(int amount) {
        return switch (getUnit()) {
            case MINUTES -> Duration.ofMinutes(amount);
            case HOURS -> Duration.ofHours(amount);
            case DAYS -> Duration.ofDays(amount);
        };
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link WaitingPeriod}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableWaitingPeriod.Builder {}
}
