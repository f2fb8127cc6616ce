package dev.infantmassage.curriculum.planning;

import dev.infantmassage.curriculum.Coded;

/**
 * Why a stroke was left out of a plan, or what a {@link Restriction} does.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 *
 * @since 0.1.0
 */
public enum SkipReason implements Coded {
    /** A whole-body-stop contraindication applies: no massage at all. */
    WHOLE_BODY_STOP,

    /** A local contraindication covers the stroke's region. */
    AVOIDED_REGION,

    /** A consult-professional contraindication applies and no health professional has cleared it yet. */
    ASK_PROFESSIONAL_FIRST,

    /** A timing rule applies: not now, later. */
    NOT_NOW,

    /** The baby was born early and massage beyond resting hands and containment holds is not cleared. */
    PREMATURE,

    /** A circumstance names a contraindication the curriculum does not have. */
    UNKNOWN_CONTRAINDICATION,

    /** The baby's corrected age is below the stroke's minimum age. */
    BELOW_MIN_AGE,

    /** The baby's age is above the stroke's maximum age. */
    ABOVE_MAX_AGE,

    /** The schedule names a stroke the catalogue does not have. */
    UNKNOWN_STROKE;

    /**
     * Returns the constant with the given wire code.
     *
     * @param code the wire code, for example {@code "whole-body-stop"}
     * @return the constant whose code is {@code code}
     * @throws IllegalArgumentException if no constant has that code
     */
    public static SkipReason fromCode(String code) {
        return Coded.fromCode(SkipReason.class, code);
    }
}
