package dev.infantmassage.curriculum.planning;

import java.util.Optional;
import org.immutables.value.Value;

/** A point the family should ask a health professional about before massaging. */
@Value.Immutable
public abstract class Consultation {
    /** {@return the contraindication it is about, when there is one} */
    public abstract Optional<String> getContraindication();

    /** {@return what to ask about, in one sentence; never a diagnosis} */
    public abstract String getReason();

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Consultation}. */
    public static final class Builder extends ImmutableConsultation.Builder {}
}
