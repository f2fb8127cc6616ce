package dev.infantmassage.curriculum;

/**
 * A named motion whose direction the domain fixes.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 *
 * @since 0.1.0
 */
public enum MotionPattern implements Coded {
    /** Hand-over-hand from the trunk outward; must point away from the heart. */
    INDIAN_MILKING,

    /** Hand-over-hand from the hand or foot inward; must point toward the heart. */
    SWEDISH_MILKING,

    /** Circles or arcs on the tummy; must be clockwise. */
    CIRCLING,

    /** Follows the colon on the tummy; must be clockwise. */
    COLON_PATH;

    /**
     * Returns the constant with the given wire code.
     *
     * @param code the wire code, for example {@code "indian-milking"}
     * @return the constant whose code is {@code code}
     * @throws IllegalArgumentException if no constant has that code
     */
    public static MotionPattern fromCode(String code) {
        return Coded.fromCode(MotionPattern.class, code);
    }
}
