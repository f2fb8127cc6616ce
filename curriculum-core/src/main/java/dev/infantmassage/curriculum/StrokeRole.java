package dev.infantmassage.curriculum;

/**
 * The part a stroke plays in a region's block.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 *
 * @since 0.1.0
 */
public enum StrokeRole implements Coded {
    /** Resting hands: opens every region block and serves as the pause. */
    RESTING_HANDS,

    /** An ordinary stroke. */
    STROKE,

    /** The sweep that closes a region block and joins it to the rest of the body. */
    INTEGRATION;

    /**
     * Returns the constant with the given wire code.
     *
     * @param code the wire code, for example {@code "resting-hands"}
     * @return the constant whose code is {@code code}
     * @throws IllegalArgumentException if no constant has that code
     */
    public static StrokeRole fromCode(String code) {
        return Coded.fromCode(StrokeRole.class, code);
    }
}
