package dev.infantmassage.curriculum;

import dev.infantmassage.curriculum.internal.WireCodes;

/**
 * Whether a cue invites interaction or asks for a break.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 */
public enum CuePolarity {
    /** The baby is open to interaction: a yes. */
    ENGAGEMENT,

    /** The baby needs a break: a no. */
    DISENGAGEMENT;

    /** {@return the stable wire code, for example {@code "engagement"}} */
    public String code() {
        return WireCodes.of(this);
    }

    /**
     * Returns the constant with the given wire code.
     *
     * @throws IllegalArgumentException if no constant has that code
     */
    public static CuePolarity fromCode(String code) {
        return WireCodes.parse(CuePolarity.class, "cue polarity", code);
    }
}
