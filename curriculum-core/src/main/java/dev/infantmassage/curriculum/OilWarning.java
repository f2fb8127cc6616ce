package dev.infantmassage.curriculum;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.immutables.value.Value;

/**
 * Something not to put on the baby's skin, such as nut oils or mineral "baby oil", and why.
 *
 * @since 0.1.0
 */
@Description("Something not to put on the baby's skin, and why.")
@Value.Immutable
public abstract class OilWarning implements Extensible {
    /** {@return the warning's identifier, unique in its policy, for example {@code "nut-oils"}} */
    @Description("The warning's identifier, unique in its policy, such as 'nut-oils'.")
    public abstract String getId();

    /** {@return what to avoid, for example "Nut oils, such as almond or peanut oil"} */
    @Description("What to avoid.")
    public abstract LocalizedText getName();

    /** {@return why to avoid it, in plain words} */
    @Description("Why, in plain words.")
    public abstract LocalizedText getReason();

    /** {@return how well the sources support the warning} */
    @Description("How well the sources support the warning.")
    public abstract Confidence getConfidence();

    /** {@return the identifiers of the citations that support the warning} */
    @Description(Description.SOURCES)
    public abstract List<@NotBlank String> getSources();

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link OilWarning}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableOilWarning.Builder {}
}
