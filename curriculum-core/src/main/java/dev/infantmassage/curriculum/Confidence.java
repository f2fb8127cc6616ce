package dev.infantmassage.curriculum;

import dev.infantmassage.curriculum.internal.WireCodes;

/**
 * How well the sources support an entry.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 */
public enum Confidence {
    /** Confirmed by an IAIM document or by two independent sources that agree. */
    CONFIRMED,

    /** The name is confirmed, but the motion or direction comes from second-hand sources. */
    PARTIAL,

    /** Unconfirmed, or the sources disagree: a default the author may change. */
    UNCONFIRMED;

    /** {@return the stable wire code, for example {@code "confirmed"}} */
    public String code() {
        return WireCodes.of(this);
    }

    /**
     * Returns the constant with the given wire code.
     *
     * @throws IllegalArgumentException if no constant has that code
     */
    public static Confidence fromCode(String code) {
        return WireCodes.parse(Confidence.class, "confidence", code);
    }
}
