package dev.infantmassage.curriculum;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named, ordered sequence of strokes: the colic relief routine, the full routine.
 *
 * @since 0.1.0
 */
@Description("A named, ordered sequence of strokes: the colic relief routine, the full routine.")
@Value.Immutable
public abstract class Routine implements Extensible {
    /** {@return the routine's identifier, unique among routines, for example {@code "colic-relief"}} */
    @Description(Description.ID)
    public abstract String getId();

    /** {@return what kind of routine it is} */
    @Description("What kind of routine it is.")
    public abstract RoutineKind getKind();

    /** {@return the routine's name} */
    @Description("The routine's name.")
    public abstract LocalizedText getName();

    /** {@return when and how to use the routine} */
    @Description("When and how to use the routine.")
    public abstract Optional<LocalizedText> getDescription();

    /** {@return the steps, in the order they are done} */
    @NotEmpty
    @Description("The steps, in the order they are done; at least one.")
    public abstract List<@Valid RoutineStep> getSteps();

    /** {@return how many times the whole sequence is done in one session} */
    @Description("How many times the whole sequence is done in one session.")
    public abstract Optional<@Positive Integer> getCyclesPerSession();

    /** {@return how many sessions a day} */
    @Description("How many sessions a day.")
    public abstract Optional<@Positive Integer> getSessionsPerDay();

    /** {@return how many days to keep it up} */
    @Description("For how many days to keep it up.")
    public abstract Optional<@Positive Integer> getDays();

    /** {@return the identifiers of the citations that support the routine} */
    @Description(Description.SOURCES)
    public abstract List<@NotBlank String> getSources();

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Routine}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableRoutine.Builder {}
}
