package dev.infantmassage.curriculum;

/**
 * How well the sources support an entry.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 *
 * @since 0.1.0
 */
public enum Confidence implements Coded {
    /** Confirmed by an IAIM document or by two independent sources that agree. */
    CONFIRMED,

    /** The name is confirmed, but the motion or direction comes from second-hand sources. */
    PARTIAL,

    /** Unconfirmed, or the sources disagree: a default the author may change. */
    UNCONFIRMED;

    /**
     * Returns the constant with the given wire code.
     *
     * @param code the wire code, for example {@code "confirmed"}
     * @return the constant whose code is {@code code}
     * @throws IllegalArgumentException if no constant has that code
     */
    public static Confidence fromCode(String code) {
        return Coded.fromCode(Confidence.class, code);
    }
}
