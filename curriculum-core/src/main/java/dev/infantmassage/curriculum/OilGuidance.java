package dev.infantmassage.curriculum;

/**
 * How much oil a stroke calls for.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
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
     * @throws IllegalArgumentException if no constant has that code
     */
    public static OilGuidance fromCode(String code) {
        return Coded.fromCode(OilGuidance.class, code);
    }
}
