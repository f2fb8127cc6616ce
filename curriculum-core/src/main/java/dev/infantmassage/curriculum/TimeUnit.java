package dev.infantmassage.curriculum;

import dev.infantmassage.curriculum.internal.WireCodes;

/**
 * The unit of a waiting period.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 */
public enum TimeUnit {
    /** Minutes. */
    MINUTES,

    /** Hours. */
    HOURS,

    /** Days. */
    DAYS;

    /** {@return the stable wire code, for example {@code "minutes"}} */
    public String code() {
        return WireCodes.of(this);
    }

    /**
     * Returns the constant with the given wire code.
     *
     * @throws IllegalArgumentException if no constant has that code
     */
    public static TimeUnit fromCode(String code) {
        return WireCodes.parse(TimeUnit.class, "time unit", code);
    }
}
