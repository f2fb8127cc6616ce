package dev.infantmassage.curriculum.planning;

import dev.infantmassage.curriculum.Coded;

/**
 * What must happen for a {@link Restriction} to end.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 *
 * @since 0.1.0
 */
public enum RestrictionEnd implements Coded {
    /** It ends at {@link Restriction#getUntil()}: a waiting period, or an end the caller gave. */
    AT_TIME,

    /** It lasts until the condition has passed and the caller no longer lists it (a fever has gone). */
    CONDITION_GONE,

    /** It lasts until the need is met: the baby has been fed, soothed, or has woken by itself. */
    NEED_MET,

    /** It lasts until a health professional has cleared massage ({@link InfantProfile#getClearances()}). */
    PROFESSIONAL_CLEARANCE,

    /**
     * It lasts at least until {@link Restriction#getNotBefore()}, and then until the parent confirms the
     * condition has gone, such as the redness and swelling of an injection site
     * ({@link InfantProfile#getClearances()}): never on a timer alone.
     */
    CONFIRMED_GONE,

    /** The planner could not place it (an unknown contraindication or site): ask a health professional. */
    ASK_PROFESSIONAL;

    /**
     * Returns the constant with the given wire code.
     *
     * @param code the wire code, for example {@code "at-time"}
     * @return the constant whose code is {@code code}
     * @throws IllegalArgumentException if no constant has that code
     */
    public static RestrictionEnd fromCode(String code) {
        return Coded.fromCode(RestrictionEnd.class, code);
    }
}
