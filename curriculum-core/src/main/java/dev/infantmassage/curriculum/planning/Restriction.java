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
 * regions leaves out their strokes and, because they travel across regions, every integration sweep
 * and gentle movement; resting hands on the other regions stay.
 */
@Value.Immutable
public abstract class Restriction {
    public abstract SkipReason getReason();

    /** The identifier of the contraindication the circumstance named. */
    public abstract String getContraindication();

    /** The contraindication's scope; empty when the curriculum does not have it. */
    public abstract Optional<ContraindicationScope> getScope();

    /** The regions left out; {@link BodyRegion#WHOLE_BODY} for all of them. */
    public abstract Set<BodyRegion> getRegions();

    /** When it ends; empty when it lasts until the condition has gone or a professional has cleared it. */
    public abstract Optional<Instant> getUntil();

    /** Whether resting hands stay allowed although the whole body is covered. */
    @Value.Default
    public boolean isRestingHandsAllowed() {
        return false;
    }

    /** One or two sentences for the family: what, until when, and the curriculum's guidance. */
    public abstract String getExplanation();

    /** Whether no massage may happen while this restriction applies. */
    public boolean isStop() {
        return getRegions().contains(BodyRegion.WHOLE_BODY) && !isRestingHandsAllowed();
    }

    /** Whether this restriction leaves {@code stroke} out. */
    public boolean excludes(Stroke stroke) {
        if (isRestingHandsAllowed() && stroke.getRole() == StrokeRole.RESTING_HANDS) {
            return false;
        }
        if (getRegions().contains(BodyRegion.WHOLE_BODY) || getRegions().contains(stroke.getRegion())) {
            return true;
        }
        return !getRegions().isEmpty() && crossesRegions(stroke);
    }

    /** Integration sweeps, gentle movements and whole-body strokes other than resting hands. */
    static boolean crossesRegions(Stroke stroke) {
        return stroke.getRole() == StrokeRole.INTEGRATION
                || stroke.getRegion() == BodyRegion.GENTLE_MOVEMENTS
                || (stroke.getRegion() == BodyRegion.WHOLE_BODY && stroke.getRole() != StrokeRole.RESTING_HANDS);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Restriction}. */
    public static final class Builder extends ImmutableRestriction.Builder {}
}
