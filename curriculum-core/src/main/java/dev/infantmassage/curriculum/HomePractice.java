package dev.infantmassage.curriculum;

import jakarta.validation.constraints.Positive;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What parents practise at home between classes: about 15 minutes a day.
 *
 * @since 0.1.0
 */
@Description("What parents practise at home between classes.")
@Value.Immutable
public abstract class HomePractice implements Extensible {
    /** {@return minutes of practice a day; about 15} */
    @Positive
    @Description("Minutes of practice a day; about 15.")
    public abstract int getMinutesPerDay();

    /** {@return what to practise, in plain words} */
    @Description("What to practise, in plain words.")
    public abstract Optional<LocalizedText> getNote();

    /**
     * {@return home practice of {@code minutesPerDay} minutes a day, with no note}
     *
     * @param minutesPerDay minutes of practice a day
     */
    public static HomePractice ofMinutesPerDay(int minutesPerDay) {
        return builder().minutesPerDay(minutesPerDay).build();
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link HomePractice}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableHomePractice.Builder {}
}
