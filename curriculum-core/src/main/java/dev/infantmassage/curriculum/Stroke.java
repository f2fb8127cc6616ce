package dev.infantmassage.curriculum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A massage stroke as parents are taught it: where it goes, which way it moves, how often, and what
 * it is for.
 *
 * <p>Strokes whose motion no source describes carry {@link Confidence#PARTIAL} or
 * {@link Confidence#UNCONFIRMED} and a short description an author may edit; they are not invented.
 *
 * @since 0.1.0
 */
@Description("A massage stroke as parents are taught it: where it goes, which way it moves, how often,"
        + " and what it is for.")
@Value.Immutable
public abstract class Stroke implements Extensible {
    /** {@return the stroke's identifier, unique among strokes, for example {@code "legs-indian-milking"}} */
    @Description(Description.ID + " Region-prefixed, such as 'legs-indian-milking'.")
    public abstract String getId();

    /** {@return the stroke's name, as parents hear it in class} */
    @Description("The stroke's name, as parents hear it in class.")
    public abstract LocalizedText getName();

    /** {@return the region the stroke belongs to; {@link BodyRegion#WHOLE_BODY} for resting hands} */
    @Description("The body region the stroke belongs to; 'whole-body' for resting hands.")
    public abstract BodyRegion getRegion();

    /**
     * {@return the other regions the parent's hands touch or hold during the stroke, besides {@link #getRegion()}:
     * knees up holds the legs against the tummy, swooping rests a hand on the bottom} A planner leaves
     * a stroke out when any region it touches is to be avoided.
     */
    @Description("The other regions the hands touch or hold during the stroke, such as 'legs-and-feet' for"
            + " knees up; a planner leaves the stroke out when any region it touches is avoided.")
    public abstract Set<BodyRegion> getContactRegions();

    /** {@return every region the stroke touches: its own region and its contact regions} */
    public Set<BodyRegion> touchedRegions() {
        java.util.EnumSet<BodyRegion> regions = java.util.EnumSet.of(getRegion());
        regions.addAll(getContactRegions());
        return java.util.Collections.unmodifiableSet(regions);
    }

    /** {@return the stroke's part in its region's block} */
    @Value.Default
    @Description("The stroke's part in its region's block: resting hands first, integration last.")
    public StrokeRole getRole() {
        return StrokeRole.STROKE;
    }

    /** {@return the direction the hands move} */
    @Description("The direction the hands move; left and right are the baby's own.")
    public abstract Direction getDirection();

    /** {@return the named motion, where the domain fixes its direction (milking, tummy circles)} */
    @Description("The named motion, where the domain fixes its direction (milking, tummy circles).")
    public abstract Optional<MotionPattern> getPattern();

    /** {@return step-by-step instructions, in plain words for parents} */
    @NotEmpty
    @Description("Step-by-step instructions, in plain words for parents; at least one.")
    public abstract List<LocalizedText> getSteps();

    /** {@return how many times the stroke is usually repeated} */
    @Value.Default
    @Positive
    @Description("How many times the stroke is usually repeated.")
    public int getRepetitions() {
        return 1;
    }

    /** {@return the typical time the stroke takes, repetitions included, in seconds} */
    @Positive
    @Description("The typical time the stroke takes, repetitions included, in seconds.")
    public abstract int getDurationSeconds();

    /**
     * {@return the figures a cited source gives, such as the colic routine's "about 6 times"; every other figure
     * ({@link #getRepetitions()}, {@link #getDurationSeconds()}) is a suggested default an instructor may change}
     */
    @Description("The figures a cited source gives ('repetitions', 'duration'); every other figure is a"
            + " suggested default an instructor may change.")
    public abstract Set<StrokeFigure> getSourcedFigures();

    /**
     * {@return whether {@code figure} is a suggested default rather than a sourced number}
     *
     * @param figure a figure of this stroke
     */
    public boolean isSuggestedDefault(StrokeFigure figure) {
        return !getSourcedFigures().contains(figure);
    }

    /** {@return the benefits sources claim; claims, not therapy} */
    @Description("The benefits sources claim: claims, not therapy.")
    public abstract Set<BenefitTag> getBenefits();

    /** {@return the youngest age, in weeks (corrected for prematurity), the stroke suits} */
    @Value.Default
    @PositiveOrZero
    @Description("The youngest age, in weeks (corrected for prematurity), the stroke suits.")
    public int getMinAgeWeeks() {
        return 0;
    }

    /** {@return the oldest age, in weeks, the stroke suits, if it has a limit} */
    @Description("The oldest age, in weeks, the stroke suits, if it has a limit.")
    public abstract Optional<@Positive Integer> getMaxAgeWeeks();

    /** {@return how much oil the stroke calls for} */
    @Value.Default
    @Description("How much oil the stroke calls for.")
    public OilGuidance getOil() {
        return OilGuidance.RECOMMENDED;
    }

    /** {@return how well the sources support the stroke's motion and direction} */
    @Description("How well the sources support the stroke's motion and direction.")
    public abstract Confidence getConfidence();

    /** {@return cautions and debates worth telling parents, such as the Indian milking controversy} */
    @Description("Cautions and debates worth telling parents, such as the Indian milking controversy.")
    public abstract List<LocalizedText> getAdvisories();

    /** {@return the identifiers of the citations that support the stroke} */
    @Description(Description.SOURCES)
    public abstract List<@NotBlank String> getSources();

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Stroke}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableStroke.Builder {}
}
