package dev.infantmassage.curriculum.planning;

import dev.infantmassage.curriculum.internal.WireCodes;

/**
 * Which strokes of the schedule a plan draws from.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 */
public enum PlanScope {
    /** Everything learnt so far: the strokes introduced in weeks 1 up to the requested week. */
    UP_TO_WEEK,

    /** The requested week's class: its new strokes and the strokes it reviews. */
    WEEK;

    /** {@return the stable wire code, for example {@code "up-to-week"}} */
    public String code() {
        return WireCodes.of(this);
    }

    /**
     * Returns the constant with the given wire code.
     *
     * @throws IllegalArgumentException if no constant has that code
     */
    public static PlanScope fromCode(String code) {
        return WireCodes.parse(PlanScope.class, "plan scope", code);
    }
}
