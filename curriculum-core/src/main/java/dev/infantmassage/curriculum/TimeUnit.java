package dev.infantmassage.curriculum;

/**
 * The unit of a waiting period.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
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
     * @throws IllegalArgumentException if no constant has that code
     */
    public static TimeUnit fromCode(String code) {
        return Coded.fromCode(TimeUnit.class, code);
    }
}
