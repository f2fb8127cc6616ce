package dev.infantmassage.curriculum;

/**
 * What a routine is for.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 *
 * @since 0.1.0
 */
public enum RoutineKind implements Coded {
    /** The full routine over every region, in teaching order. */
    FULL,

    /** The colic relief routine. */
    COLIC_RELIEF,

    /** Any shorter routine. */
    PARTIAL;

    /**
     * Returns the constant with the given wire code.
     *
     * @param code the wire code, for example {@code "full"}
     * @return the constant whose code is {@code code}
     * @throws IllegalArgumentException if no constant has that code
     */
    public static RoutineKind fromCode(String code) {
        return Coded.fromCode(RoutineKind.class, code);
    }
}
