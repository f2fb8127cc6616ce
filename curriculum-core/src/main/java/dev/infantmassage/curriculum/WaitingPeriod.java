package dev.infantmassage.curriculum;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * How long to wait before massage may resume, as a range with a default, because sources disagree:
 * after an immunisation anywhere from 24 to 72 hours, 48 by default.
 *
 * <p>The validator reports a range that is not positive or not ordered ({@code min <= defaultValue <= max}).
 */
@Description("How long to wait before massage may resume, as a range with a default, because sources disagree.")
@Value.Immutable
public abstract class WaitingPeriod implements Extensible {
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

    /** {@return a range in {@code unit}, from {@code min} to {@code max}, with the given default} */
    public static WaitingPeriod of(TimeUnit unit, int min, int defaultValue, int max) {
        return builder().unit(unit).min(min).defaultValue(defaultValue).max(max).build();
    }

    public Duration minDuration() {
        return toDuration(getMin());
    }

    public Duration defaultDuration() {
        return toDuration(getDefaultValue());
    }

    public Duration maxDuration() {
        return toDuration(getMax());
    }

    /** {@return whether {@code duration} lies within {@code min..max}} */
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

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link WaitingPeriod}. */
    public static final class Builder extends ImmutableWaitingPeriod.Builder {}
}
