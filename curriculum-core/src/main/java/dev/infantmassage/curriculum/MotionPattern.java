package dev.infantmassage.curriculum;

import dev.infantmassage.curriculum.internal.WireCodes;

/**
 * A named motion whose direction the domain fixes.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 */
public enum MotionPattern {
    /** Hand-over-hand from the trunk outward; must point away from the heart. */
    INDIAN_MILKING,

    /** Hand-over-hand from the hand or foot inward; must point toward the heart. */
    SWEDISH_MILKING,

    /** Circles or arcs on the tummy; must be clockwise. */
    CIRCLING,

    /** Follows the colon on the tummy; must be clockwise. */
    COLON_PATH;

    /** {@return the stable wire code, for example {@code "indian-milking"}} */
    public String code() {
        return WireCodes.of(this);
    }

    /**
     * Returns the constant with the given wire code.
     *
     * @throws IllegalArgumentException if no constant has that code
     */
    public static MotionPattern fromCode(String code) {
        return WireCodes.parse(MotionPattern.class, "motion pattern", code);
    }
}
