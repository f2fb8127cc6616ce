package dev.infantmassage.curriculum;

/**
 * How obvious a cue is (NCAST's potent and subtle).
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 *
 * @since 0.1.0
 */
public enum CueIntensity implements Coded {
    /** Easy to miss. */
    SUBTLE,

    /** Obvious; also called strong. */
    POTENT;

    /**
     * Returns the constant with the given wire code.
     *
     * @param code the wire code, for example {@code "subtle"}
     * @return the constant whose code is {@code code}
     * @throws IllegalArgumentException if no constant has that code
     */
    public static CueIntensity fromCode(String code) {
        return Coded.fromCode(CueIntensity.class, code);
    }
}
