package dev.infantmassage.curriculum.planning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Strokes left out of a plan for the same reason, with its explanation once.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SkippedGroup {
    /** {@return why the strokes are left out} */
    public abstract SkipReason getReason();

    /** {@return the contraindication behind the reason, when there is one} */
    public abstract Optional<String> getContraindication();

    /** {@return when the strokes may come back; empty when that is not a matter of time} */
    public abstract Optional<Instant> getUntil();

    /** {@return the explanation, for the family; for unknown strokes, that of the group's first} */
    public abstract String getExplanation();

    /** {@return the identifiers of the strokes left out, in plan order} */
    public abstract List<String> getStrokes();

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link SkippedGroup}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableSkippedGroup.Builder {}
}
