package dev.infantmassage.curriculum;

/**
 * A number a stroke gives, which a cited source may support or which may be a suggested default.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 *
 * @since 0.1.0
 */
public enum StrokeFigure implements Coded {
    /** How many times the stroke is repeated: {@link Stroke#getRepetitions()}. */
    REPETITIONS,

    /** How long the stroke takes: {@link Stroke#getDurationSeconds()}. */
    DURATION;

    /**
     * Returns the constant with the given wire code.
     *
     * @param code the wire code, for example {@code "repetitions"}
     * @return the constant whose code is {@code code}
     * @throws IllegalArgumentException if no constant has that code
     */
    public static StrokeFigure fromCode(String code) {
        return Coded.fromCode(StrokeFigure.class, code);
    }
}
