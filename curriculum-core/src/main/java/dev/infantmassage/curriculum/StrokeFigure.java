package dev.infantmassage.curriculum;

import dev.infantmassage.curriculum.internal.WireCodes;

/**
 * A number a stroke gives, which a cited source may support or which may be a suggested default.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 */
public enum StrokeFigure {
    /** How many times the stroke is repeated: {@link Stroke#getRepetitions()}. */
    REPETITIONS,

    /** How long the stroke takes: {@link Stroke#getDurationSeconds()}. */
    DURATION;

    /** {@return the stable wire code, for example {@code "repetitions"}} */
    public String code() {
        return WireCodes.of(this);
    }

    /**
     * Returns the constant with the given wire code.
     *
     * @throws IllegalArgumentException if no constant has that code
     */
    public static StrokeFigure fromCode(String code) {
        return WireCodes.parse(StrokeFigure.class, "stroke figure", code);
    }
}
