package dev.infantmassage.curriculum.planning;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.ContraindicationScope;
import dev.infantmassage.curriculum.Stroke;
import dev.infantmassage.curriculum.StrokeRole;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What one present circumstance does to a session: which regions it leaves out, why, and until when.
 *
 * <p>A restriction whose regions include {@link BodyRegion#WHOLE_BODY} leaves out every stroke and
 * stops the session, unless it allows resting hands (the premature-baby rule). A restriction of some
 * regions leaves out every stroke that touches one of them, by its region or its contact regions;
 * resting hands on the other regions stay.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Restriction {
    /** {@return why strokes are left out} */
    public abstract SkipReason getReason();

    /** {@return the identifier of the contraindication the circumstance named} */
    public abstract String getContraindication();

    /** {@return the contraindication's scope; empty when the curriculum does not have it} */
    public abstract Optional<ContraindicationScope> getScope();

    /** {@return the regions left out; {@link BodyRegion#WHOLE_BODY} for all of them} */
    public abstract Set<BodyRegion> getRegions();

    /**
     * {@return when it ends; empty when it is open-ended: it lasts until what {@link #getEndsWhen()} names has
     * happened}
     */
    public abstract Optional<Instant> getUntil();

    /** {@return what must happen for it to end} */
    public abstract RestrictionEnd getEndsWhen();

    /**
     * {@return the earliest moment it can end, for a restriction that lasts at least a waiting period and then
     * until the condition is confirmed gone; otherwise empty}
     */
    public abstract Optional<Instant> getNotBefore();

    /** {@return whether resting hands stay allowed although the whole body is covered} */
    @Value.Default
    public boolean isRestingHandsAllowed() {
        return false;
    }

    /** {@return one or two sentences for the family: what, until when, and the curriculum's guidance} */
    public abstract String getExplanation();

    /** {@return whether no massage may happen while this restriction applies} */
    public boolean isStop() {
        return getRegions().contains(BodyRegion.WHOLE_BODY) && !isRestingHandsAllowed();
    }

    /**
     * {@return whether this restriction leaves {@code stroke} out: when it covers the whole body, or any region
     * the stroke touches (its own region and its contact regions)} Resting hands stay on the regions that
     * remain. A stroke that travels across regions (an integration sweep, a gentle movement, a whole-body
     * stroke) but declares no contact regions may touch any of them, so it is left out whenever anything
     * is avoided.
     *
     * @param stroke a stroke of the curriculum
     */
    public boolean excludes(Stroke stroke) {
        boolean restingHands = stroke.getRole() == StrokeRole.RESTING_HANDS;
        if (getRegions().isEmpty() || restingHands && isRestingHandsAllowed()) {
            return false;
        }
        if (getRegions().contains(BodyRegion.WHOLE_BODY)) {
            return true;
        }
        if (restingHands) {
            return false;
        }
        if (stroke.touchedRegions().stream().anyMatch(getRegions()::contains)) {
            return true;
        }
        return stroke.getContactRegions().isEmpty() && crossesRegions(stroke);
    }

    /** Integration sweeps, gentle movements and whole-body strokes other than resting hands. */
    static boolean crossesRegions(Stroke stroke) {
        return stroke.getRole() == StrokeRole.INTEGRATION
                || stroke.getRegion() == BodyRegion.GENTLE_MOVEMENTS
                || stroke.getRegion() == BodyRegion.WHOLE_BODY;
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Restriction}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableRestriction.Builder {}
}
