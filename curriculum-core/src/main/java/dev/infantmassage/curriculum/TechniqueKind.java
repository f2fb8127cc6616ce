package dev.infantmassage.curriculum;

/**
 * The kind of a technique that is not a stroke.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 *
 * @since 0.1.0
 */
public enum TechniqueKind implements Coded {
    /** Asking the baby's permission before the massage. */
    PERMISSION_RITUAL,

    /** McClure's conditioned touch relaxation. */
    TOUCH_RELAXATION,

    /** Still hands cupping the baby, for premature or unsettled babies. */
    CONTAINMENT_HOLD,

    /** Getting ready: a warm room, rings off, short nails, warm hands. */
    PREPARATION,

    /** Reading the baby's behavioural states, from quiet sleep to crying. */
    BEHAVIOURAL_STATES,

    /** Ending the massage: picking the baby up, a hug and a thank-you. */
    ENDING,

    /** Any other technique. */
    OTHER;

    /**
     * Returns the constant with the given wire code.
     *
     * @param code the wire code, for example {@code "permission-ritual"}
     * @return the constant whose code is {@code code}
     * @throws IllegalArgumentException if no constant has that code
     */
    public static TechniqueKind fromCode(String code) {
        return Coded.fromCode(TechniqueKind.class, code);
    }
}
