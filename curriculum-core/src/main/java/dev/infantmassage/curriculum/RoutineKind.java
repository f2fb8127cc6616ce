package dev.infantmassage.curriculum;

/**
 * What a routine is for.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
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
     * @throws IllegalArgumentException if no constant has that code
     */
    public static RoutineKind fromCode(String code) {
        return Coded.fromCode(RoutineKind.class, code);
    }
}
