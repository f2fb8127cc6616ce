package dev.infantmassage.curriculum;

/**
 * How obvious a cue is (NCAST's potent and subtle).
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 */
public enum CueIntensity implements Coded {
    /** Easy to miss. */
    SUBTLE,

    /** Obvious; also called strong. */
    POTENT;

    /**
     * Returns the constant with the given wire code.
     *
     * @throws IllegalArgumentException if no constant has that code
     */
    public static CueIntensity fromCode(String code) {
        return Coded.fromCode(CueIntensity.class, code);
    }
}
