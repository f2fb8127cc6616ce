package dev.infantmassage.curriculum;

/**
 * The unit of a waiting period.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 *
 * @since 0.1.0
 */
public enum TimeUnit implements Coded {
    /** Minutes. */
    MINUTES,

    /** Hours. */
    HOURS,

    /** Days. */
    DAYS;

    /**
     * Returns the constant with the given wire code.
     *
     * @param code the wire code, for example {@code "minutes"}
     * @return the constant whose code is {@code code}
     * @throws IllegalArgumentException if no constant has that code
     */
    public static TimeUnit fromCode(String code) {
        return Coded.fromCode(TimeUnit.class, code);
    }
}
