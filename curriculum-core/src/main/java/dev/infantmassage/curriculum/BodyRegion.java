package dev.infantmassage.curriculum;

import java.util.List;

/**
 * A region of the baby's body as massage is taught, declared in the canonical teaching order: legs
 * and feet, stomach, chest, arms and hands, face, back, then gentle movements.
 *
 * <p>{@link #WHOLE_BODY} is not a teaching region: it stands for strokes that belong to every region
 * (resting hands) and for contraindications that stop the whole massage.
 *
 * @since 0.1.0
 */
public enum BodyRegion implements Coded {
    /** Legs and feet, including the buttocks; always taught first, as the least intrusive area. */
    LEGS_AND_FEET,

    /** The tummy, below the rib cage; circles here go clockwise. */
    STOMACH,

    /** The chest. */
    CHEST,

    /** Arms and hands, including the armpit. */
    ARMS_AND_HANDS,

    /** The face, with little or no oil; the most sensitive area of the front. */
    FACE,

    /** The back, with the baby on its tummy; often the most relaxing part. */
    BACK,

    /** Gentle movements: passive stretches that close the session. */
    GENTLE_MOVEMENTS,

    /** The whole body: not a teaching region. */
    WHOLE_BODY;

    private static final List<BodyRegion> TEACHING_ORDER =
            List.of(LEGS_AND_FEET, STOMACH, CHEST, ARMS_AND_HANDS, FACE, BACK, GENTLE_MOVEMENTS);

    /** {@return the seven teaching regions in canonical order} */
    public static List<BodyRegion> teachingOrder() {
        return TEACHING_ORDER;
    }

    /** {@return whether this is one of the seven teaching regions (everything but {@link #WHOLE_BODY})} */
    public boolean isTeachingRegion() {
        return this != WHOLE_BODY;
    }

    /**
     * Returns the region with the given wire code.
     *
     * @param code the wire code, for example {@code "legs-and-feet"}
     * @return the region whose code is {@code code}
     * @throws IllegalArgumentException if no region has that code
     */
    public static BodyRegion fromCode(String code) {
        return Coded.fromCode(BodyRegion.class, code);
    }
}
