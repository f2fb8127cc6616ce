package dev.infantmassage.curriculum;

import dev.infantmassage.curriculum.internal.WireCodes;

/**
 * What the parent does on seeing a cue.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 */
public enum CueResponse {
    /** Carry on: keep eye contact, talk, sing. */
    CONTINUE,

    /** Slow down, go back to resting hands, or switch to another region. */
    PAUSE_OR_ADAPT,

    /** Stop, pick the baby up and comfort; meet the need and try again later. */
    STOP_AND_COMFORT,

    /**
     * Stop now and get help: for the serious signs (pauses in breathing, a change of colour, choking, a
     * slowing heart rate in a premature baby), never "try again later".
     */
    STOP_AND_GET_HELP;

    /** {@return the stable wire code, for example {@code "continue"}} */
    public String code() {
        return WireCodes.of(this);
    }

    /**
     * Returns the constant with the given wire code.
     *
     * @throws IllegalArgumentException if no constant has that code
     */
    public static CueResponse fromCode(String code) {
        return WireCodes.parse(CueResponse.class, "cue response", code);
    }
}
