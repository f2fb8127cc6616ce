package dev.infantmassage.curriculum;

/**
 * How much oil a stroke calls for.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 *
 * @since 0.1.0
 */
public enum OilGuidance implements Coded {
    /** A little cold-pressed, unscented, nut-free vegetable oil. */
    RECOMMENDED,

    /** Very little oil, as on the face and scalp. */
    MINIMAL,

    /** No oil. */
    NONE;

    /**
     * Returns the constant with the given wire code.
     *
     * @param code the wire code, for example {@code "recommended"}
     * @return the constant whose code is {@code code}
     * @throws IllegalArgumentException if no constant has that code
     */
    public static OilGuidance fromCode(String code) {
        return Coded.fromCode(OilGuidance.class, code);
    }
}
