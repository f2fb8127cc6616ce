package dev.infantmassage.curriculum;

import dev.infantmassage.curriculum.internal.WireCodes;

/**
 * The direction a stroke moves in. Left and right are always the baby's own.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 */
public enum Direction {
    /** From the hand or foot toward the trunk, as in Swedish milking. */
    TOWARD_HEART,

    /** From the trunk out toward the hand or foot, as in Indian milking. */
    AWAY_FROM_HEART,

    /** Clockwise as the parent looks down at the baby's tummy: the path of the colon. */
    CLOCKWISE,

    /** Counterclockwise; never correct for circles on the tummy. */
    COUNTERCLOCKWISE,

    /** From the middle of the body out to the sides. */
    OUTWARD_FROM_MIDLINE,

    /** From head toward toes. */
    DOWNWARD,

    /** Across the body on a diagonal. */
    DIAGONAL,

    /** No movement: the hands rest. */
    STATIC,

    /** Small circles in one place. */
    CIRCULAR_LOCAL,

    /** Pressing or stroking in one small area. */
    LOCAL,

    /** The parent moves the baby's limbs: a gentle stretch. */
    PASSIVE_MOVEMENT;

    /** {@return the stable wire code, for example {@code "toward-heart"}} */
    public String code() {
        return WireCodes.of(this);
    }

    /**
     * Returns the constant with the given wire code.
     *
     * @throws IllegalArgumentException if no constant has that code
     */
    public static Direction fromCode(String code) {
        return WireCodes.parse(Direction.class, "direction", code);
    }
}
