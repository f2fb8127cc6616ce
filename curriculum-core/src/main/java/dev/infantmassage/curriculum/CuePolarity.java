package dev.infantmassage.curriculum;

/**
 * Whether a cue invites interaction or asks for a break.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 *
 * @since 0.1.0
 */
public enum CuePolarity implements Coded {
    /** The baby is open to interaction: a yes. */
    ENGAGEMENT,

    /** The baby needs a break: a no. */
    DISENGAGEMENT;

    /**
     * Returns the constant with the given wire code.
     *
     * @param code the wire code, for example {@code "engagement"}
     * @return the constant whose code is {@code code}
     * @throws IllegalArgumentException if no constant has that code
     */
    public static CuePolarity fromCode(String code) {
        return Coded.fromCode(CuePolarity.class, code);
    }
}
