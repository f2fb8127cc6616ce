package dev.infantmassage.curriculum.planning;

import dev.infantmassage.curriculum.BodyRegion;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A stroke of the requested week that the plan leaves out, with the reason that lasts longest.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SkippedStroke {
    /** {@return the stroke's identifier} */
    public abstract String getStroke();

    /** {@return the stroke's region; empty when the catalogue does not have the stroke} */
    public abstract Optional<BodyRegion> getRegion();

    /** {@return why the stroke is left out} */
    public abstract SkipReason getReason();

    /** {@return the contraindication behind the reason, when there is one} */
    public abstract Optional<String> getContraindication();

    /** {@return when the stroke may come back; empty when that is not a matter of time} */
    public abstract Optional<Instant> getUntil();

    /** {@return one or two sentences for the family} */
    public abstract String getExplanation();

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link SkippedStroke}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableSkippedStroke.Builder {}
}
