package dev.infantmassage.curriculum.planning;

import dev.infantmassage.curriculum.Coded;

/**
 * Which strokes of the schedule a plan draws from.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 *
 * @since 0.1.0
 */
public enum PlanScope implements Coded {
    /** Everything learnt so far: the strokes introduced in weeks 1 up to the requested week. */
    UP_TO_WEEK,

    /** The requested week's class: its new strokes and the strokes it reviews. */
    WEEK;

    /**
     * Returns the constant with the given wire code.
     *
     * @param code the wire code, for example {@code "up-to-week"}
     * @return the constant whose code is {@code code}
     * @throws IllegalArgumentException if no constant has that code
     */
    public static PlanScope fromCode(String code) {
        return Coded.fromCode(PlanScope.class, code);
    }
}
