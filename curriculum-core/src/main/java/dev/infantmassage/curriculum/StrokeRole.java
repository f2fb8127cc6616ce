package dev.infantmassage.curriculum;

import dev.infantmassage.curriculum.internal.WireCodes;

/**
 * The part a stroke plays in a region's block.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 */
public enum StrokeRole {
    /** Resting hands: opens every region block and serves as the pause. */
    RESTING_HANDS,

    /** An ordinary stroke. */
    STROKE,

    /** The sweep that closes a region block and joins it to the rest of the body. */
    INTEGRATION;

    /** {@return the stable wire code, for example {@code "resting-hands"}} */
    public String code() {
        return WireCodes.of(this);
    }

    /**
     * Returns the constant with the given wire code.
     *
     * @throws IllegalArgumentException if no constant has that code
     */
    public static StrokeRole fromCode(String code) {
        return WireCodes.parse(StrokeRole.class, "stroke role", code);
    }
}
