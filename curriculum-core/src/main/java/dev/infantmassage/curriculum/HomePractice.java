package dev.infantmassage.curriculum;

import jakarta.validation.constraints.Positive;
import java.util.Optional;
import org.immutables.value.Value;

/** What parents practise at home between classes: about 15 minutes a day. */
@Description("What parents practise at home between classes.")
@Value.Immutable
public abstract class HomePractice implements Extensible {
    @Positive
    @Description("Minutes of practice a day; about 15.")
    public abstract int getMinutesPerDay();

    @Description("What to practise, in plain words.")
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
