package dev.infantmassage.curriculum.planning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Strokes left out of a plan for the same reason, with its explanation once. */
@Value.Immutable
public abstract class SkippedGroup {
    public abstract SkipReason getReason();

    /** {@return the contraindication behind the reason, when there is one} */
    public abstract Optional<String> getContraindication();

    /** {@return when the strokes may come back; empty when that is not a matter of time} */
    public abstract Optional<Instant> getUntil();

    /** {@return the explanation, for the family; for unknown strokes, that of the group's first} */
    public abstract String getExplanation();

    /** {@return the identifiers of the strokes left out, in plan order} */
    public abstract List<String> getStrokes();

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SkippedGroup}. */
    public static final class Builder extends ImmutableSkippedGroup.Builder {}
}
