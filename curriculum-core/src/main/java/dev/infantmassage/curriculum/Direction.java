package dev.infantmassage.curriculum;

/**
 * The direction a stroke moves in. Left and right are always the baby's own.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 *
 * @since 0.1.0
 */
public enum Direction implements Coded {
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

    /**
     * Returns the constant with the given wire code.
     *
     * @param code the wire code, for example {@code "toward-heart"}
     * @return the constant whose code is {@code code}
     * @throws IllegalArgumentException if no constant has that code
     */
    public static Direction fromCode(String code) {
        return Coded.fromCode(Direction.class, code);
    }
}
