package dev.infantmassage.curriculum;

import dev.infantmassage.curriculum.internal.WireCodes;

/**
 * How much oil a stroke calls for.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 */
public enum OilGuidance {
    /** A little cold-pressed, unscented, nut-free vegetable oil. */
    RECOMMENDED,

    /** Very little oil, as on the face and scalp. */
    MINIMAL,

    /** No oil. */
    NONE;

    /** {@return the stable wire code, for example {@code "recommended"}} */
    public String code() {
        return WireCodes.of(this);
    }

    /**
     * Returns the constant with the given wire code.
     *
     * @throws IllegalArgumentException if no constant has that code
     */
    public static OilGuidance fromCode(String code) {
        return WireCodes.parse(OilGuidance.class, "oil guidance", code);
    }
}
