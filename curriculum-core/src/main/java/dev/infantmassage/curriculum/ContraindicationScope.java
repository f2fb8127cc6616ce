package dev.infantmassage.curriculum;

/**
 * What a contraindication rules out.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 *
 * @since 0.1.0
 */
public enum ContraindicationScope implements Coded {
    /** No massage at all while it applies. */
    WHOLE_BODY_STOP,

    /** Leave out the affected region or site; the rest may go ahead. */
    AVOID_LOCAL_REGION,

    /** Ask a health professional before massaging. */
    CONSULT_PROFESSIONAL,

    /** Not now: wait, or meet the need first. */
    TIMING_RULE,

    /** Worth keeping in mind; rules nothing out by itself. */
    ADVISORY;

    /**
     * Returns the constant with the given wire code.
     *
     * @param code the wire code, for example {@code "whole-body-stop"}
     * @return the constant whose code is {@code code}
     * @throws IllegalArgumentException if no constant has that code
     */
    public static ContraindicationScope fromCode(String code) {
        return Coded.fromCode(ContraindicationScope.class, code);
    }
}
