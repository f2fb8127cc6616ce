package dev.infantmassage.curriculum;

import dev.infantmassage.curriculum.internal.WireCodes;

/**
 * What a contraindication rules out.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 */
public enum ContraindicationScope {
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

    /** {@return the stable wire code, for example {@code "whole-body-stop"}} */
    public String code() {
        return WireCodes.of(this);
    }

    /**
     * Returns the constant with the given wire code.
     *
     * @throws IllegalArgumentException if no constant has that code
     */
    public static ContraindicationScope fromCode(String code) {
        return WireCodes.parse(ContraindicationScope.class, "contraindication scope", code);
    }
}
