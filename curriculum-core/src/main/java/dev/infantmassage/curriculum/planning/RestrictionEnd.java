package dev.infantmassage.curriculum.planning;

import dev.infantmassage.curriculum.internal.WireCodes;

/**
 * What must happen for a {@link Restriction} to end.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 */
public enum RestrictionEnd {
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

    /** {@return the stable wire code, for example {@code "confirmed-gone"}} */
    public String code() {
        return WireCodes.of(this);
    }

    /**
     * Returns the constant with the given wire code.
     *
     * @throws IllegalArgumentException if no constant has that code
     */
    public static RestrictionEnd fromCode(String code) {
        return WireCodes.parse(RestrictionEnd.class, "restriction end", code);
    }
}
