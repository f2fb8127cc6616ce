package dev.infantmassage.curriculum;

import jakarta.validation.constraints.Positive;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of a {@link Routine}: a stroke from the catalogue, done a number of times.
 *
 * @since 0.1.0
 */
@Description("One step of a routine: a stroke from the catalogue, done a number of times.")
@Value.Immutable
public abstract class RoutineStep implements Extensible {
    /** {@return the identifier of the stroke, which must be in the curriculum's catalogue} */
    @Description("The identifier of the stroke, which must be in the curriculum's 'strokes'.")
    public abstract String getStroke();

    /** {@return how many times the stroke is done at this step} */
    @Value.Default
    @Positive
    @Description("How many times the stroke is done at this step.")
    public int getRepetitions() {
        return 1;
    }

    /** {@return what is special about the stroke at this step, such as "hold for a slow count of six"} */
    @Description("What is special about the stroke at this step, such as 'hold for a slow count of six'.")
    public abstract Optional<LocalizedText> getNote();

    /**
     * {@return a step that does the stroke once}
     *
     * @param stroke the identifier of the stroke
     */
    public static RoutineStep of(String stroke) {
        return builder().stroke(stroke).build();
    }

    /**
     * {@return a step that does the stroke {@code repetitions} times}
     *
     * @param stroke the identifier of the stroke
     * @param repetitions how many times the stroke is done at this step
     */
    public static RoutineStep of(String stroke, int repetitions) {
        return builder().stroke(stroke).repetitions(repetitions).build();
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link RoutineStep}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableRoutineStep.Builder {}
}
