package dev.infantmassage.curriculum;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A condition under which massage, or part of it, must not happen, or must wait for a health
 * professional's advice.
 *
 * <p>The library never diagnoses: a contraindication applies because a caller says the condition is
 * present, and when in doubt the answer is to ask a health professional.
 *
 * @since 0.1.0
 */
@Description("A condition under which massage, or part of it, must not happen, or must wait for a"
        + " health professional's advice.")
@Value.Immutable
public abstract class Contraindication implements Extensible {
    /** {@return the identifier, unique among contraindications, for example {@code "immunisation-site"}} */
    @Description(Description.ID + " Such as 'immunisation-site'.")
    public abstract String getId();

    /** {@return the condition, for example "Recent immunisation: injection site"} */
    @Description("The condition, such as 'Recent immunisation: injection site'.")
    public abstract LocalizedText getCondition();

    /** {@return what the condition rules out} */
    @Description("What the condition rules out.")
    public abstract ContraindicationScope getScope();

    /** {@return the regions left out, for {@link ContraindicationScope#AVOID_LOCAL_REGION} or a timing rule} */
    @Description("The regions left out, for 'avoid-local-region' or a timing rule.")
    public abstract Set<BodyRegion> getRegions();

    /** {@return the affected site when it is narrower than a region, for example "the injection site"} */
    @Description("The affected site when it is narrower than a region, such as 'the injection site'.")
    public abstract Optional<LocalizedText> getSite();

    /** {@return whether a health professional should be asked as well, whatever the scope} */
    @Value.Default
    @Description("Whether a health professional should be asked as well, whatever the scope.")
    public boolean isAskProfessional() {
        return false;
    }

    /**
     * {@return the identifiers of other contraindications that apply too whenever this one does, with the same
     * start: an injection site is also a recent immunisation, so its whole-body stop applies as well}
     */
    @Description("The identifiers of other contraindications that apply too whenever this one does, such as"
            + " 'immunisation' for an injection site.")
    public abstract List<@NotBlank String> getImplies();

    /**
     * {@return whether the restriction lasts, after any waiting period, until someone confirms the condition has
     * gone (for an injection site: the redness and swelling): the waiting period is then a minimum,
     * never a timer that ends the restriction by itself} A caller records the confirmation in
     * {@code InfantProfile.clearances}.
     */
    @Value.Default
    @Description("Whether the restriction lasts, after any waiting period, until someone confirms the"
            + " condition has gone: the waiting period is then a minimum, never a timer alone.")
    public boolean isRequiresClearance() {
        return false;
    }

    /**
     * {@return the corrected age, in weeks, below which the condition is presumed present unless it has been cleared
     * (an umbilical cord that may not have healed in the first weeks): a planner applies it for a younger
     * baby even when the caller does not list it}
     */
    @Description("The corrected age, in weeks, below which the condition is presumed present unless it has"
            + " been cleared, such as an umbilical cord that may not have healed in the first weeks.")
    public abstract Optional<@Positive Integer> getPresumedBeforeAgeWeeks();

    /** {@return how long to wait, when the wait is a period rather than "until healed"} */
    @Description("How long to wait, when the wait is a period rather than 'until healed'.")
    public abstract Optional<@Valid WaitingPeriod> getWaitingPeriod();

    /** {@return how well the sources support the entry, if the author says} */
    @Description("How well the sources support the entry.")
    public abstract Optional<Confidence> getConfidence();

    /** {@return what the parent does, in plain words: never a diagnosis} */
    @Description("What the parent does, in plain words: never a diagnosis.")
    public abstract LocalizedText getGuidance();

    /** {@return the identifiers of the citations that support the entry} */
    @Description(Description.SOURCES)
    public abstract List<@NotBlank String> getSources();

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Contraindication}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableContraindication.Builder {}
}
