package dev.infantmassage.curriculum.planning;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A point the family should ask a health professional about before massaging.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Consultation {
    /** {@return the contraindication it is about, when there is one} */
    public abstract Optional<String> getContraindication();

    /** {@return what to ask about, in one sentence; never a diagnosis} */
    public abstract String getReason();

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Consultation}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableConsultation.Builder {}
}
