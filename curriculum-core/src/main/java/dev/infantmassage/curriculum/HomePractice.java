package dev.infantmassage.curriculum;

import jakarta.validation.constraints.Positive;
import java.util.Optional;
import org.immutables.value.Value;

/** What parents practise at home between classes: about 15 minutes a day. */
@Value.Immutable
public abstract class HomePractice implements Extensible {
    @Positive
    public abstract int getMinutesPerDay();

    public abstract Optional<LocalizedText> getNote();

    public static HomePractice ofMinutesPerDay(int minutesPerDay) {
        return builder().minutesPerDay(minutesPerDay).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link HomePractice}. */
    public static final class Builder extends ImmutableHomePractice.Builder {}
}
