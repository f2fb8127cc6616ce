package dev.infantmassage.curriculum;

/**
 * What the parent does on seeing a cue.
 *
 * <p>On the wire each constant is its {@link #code()}, in lower-kebab-case.
 *
 * @since 0.1.0
 */
public enum CueResponse implements Coded {
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

    /**
     * Returns the constant with the given wire code.
     *
     * @param code the wire code, for example {@code "continue"}
     * @return the constant whose code is {@code code}
     * @throws IllegalArgumentException if no constant has that code
     */
    public static CueResponse fromCode(String code) {
        return Coded.fromCode(CueResponse.class, code);
    }
}
