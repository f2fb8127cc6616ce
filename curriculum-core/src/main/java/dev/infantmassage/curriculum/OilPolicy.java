package dev.infantmassage.curriculum;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.immutables.value.Value;

/**
 * Which oil to use and which to avoid: a default oil, other suitable oils, warnings, the patch test
 * and how much oil goes on the face.
 *
 * <p>The validator checks the domain's rule for oil: the default oil is unscented, edible, cold-pressed
 * and nut-free, every oil named requires a patch test, and the face gets little or no oil.
 *
 * @since 0.1.0
 */
@Description("Which oil to use and which to avoid: a default oil, other suitable oils, warnings, the"
        + " patch test and how much oil goes on the face.")
@Value.Immutable
public abstract class OilPolicy implements Extensible {
    /** {@return the oil recommended unless the parent chooses another suitable one} */
    @Valid
    @Description("The oil recommended unless the parent chooses another: unscented, edible, cold-pressed and nut-free.")
    public abstract Oil getDefaultOil();

    /** {@return other suitable oils} */
    @Description("Other suitable oils.")
    public abstract List<@Valid Oil> getAlternatives();

    /** {@return what not to use, and why} */
    @Description("What not to use, and why.")
    public abstract List<@Valid OilWarning> getAvoid();

    /** {@return how to patch-test a new oil, step by step} */
    @Description("How to patch-test a new oil, step by step.")
    public abstract List<LocalizedText> getPatchTest();

    /** {@return how much oil goes on the face and scalp: little or none} */
    @Value.Default
    @Description("How much oil goes on the face and scalp: 'minimal' or 'none'.")
    public OilGuidance getFace() {
        return OilGuidance.MINIMAL;
    }

    /** {@return other practical advice, such as using a prescribed cream on a skin condition} */
    @Description("Other practical advice, such as using a prescribed cream on a skin condition.")
    public abstract List<LocalizedText> getAdvisories();

    /** {@return the identifiers of the citations that support the policy} */
    @Description(Description.SOURCES)
    public abstract List<@NotBlank String> getSources();

    /** {@return the default oil, then the alternatives} */
    public List<Oil> oils() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(getDefaultOil()), getAlternatives().stream())
                .toList();
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link OilPolicy}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableOilPolicy.Builder {}
}
