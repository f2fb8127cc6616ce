package dev.infantmassage.curriculum;

import dev.infantmassage.curriculum.internal.WireCodes;

/**
 * How obvious a cue is (NCAST's potent and subtle).
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 */
public enum CueIntensity {
    /** Easy to miss. */
    SUBTLE,

    /** Obvious; also called strong. */
    POTENT;

    /** {@return the stable wire code, for example {@code "subtle"}} */
    public String code() {
        return WireCodes.of(this);
    }

    /**
     * Returns the constant with the given wire code.
     *
     * @throws IllegalArgumentException if no constant has that code
     */
    public static CueIntensity fromCode(String code) {
        return WireCodes.parse(CueIntensity.class, "cue intensity", code);
    }
}
