package dev.infantmassage.curriculum;

import dev.infantmassage.curriculum.internal.WireCodes;

/**
 * What a routine is for.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 */
public enum RoutineKind {
    /** The full routine over every region, in teaching order. */
    FULL,

    /** The colic relief routine. */
    COLIC_RELIEF,

    /** Any shorter routine. */
    PARTIAL;

    /** {@return the stable wire code, for example {@code "full"}} */
    public String code() {
        return WireCodes.of(this);
    }

    /**
     * Returns the constant with the given wire code.
     *
     * @throws IllegalArgumentException if no constant has that code
     */
    public static RoutineKind fromCode(String code) {
        return WireCodes.parse(RoutineKind.class, "routine kind", code);
    }
}
