package dev.infantmassage.curriculum.validation;

import java.util.Locale;

/**
 * What a tool may do about an issue of a given {@link IssueCode}: change the file for the author, only
 * show the change it would make, or nothing. Only {@link #SAFE} fixes may be applied without asking.
 *
 * @since 0.1.0
 */
public enum FixKind {
    /**
     * The file can be changed without changing what the curriculum says, when the change is unambiguous:
     * a misspelt property name with exactly one candidate, a code written in another case or with
     * underscores, the order of the weeks in the file. Where the change is ambiguous (two candidates),
     * it is shown as a suggestion instead.
     */
    SAFE,

    /**
     * A change can be proposed, but applying it could change what is taught or how safely: another
     * reference, another order of strokes, a contraindication, cue, oil, age or site. Every
     * safety-related code is of this kind. Tools show the suggestion and never apply it.
     */
    SUGGESTION,

    /** There is no change to propose: the author has to decide what the file should say. */
    NONE;

    /** {@return the wire code: {@code safe-fix}, {@code suggestion} or {@code none}} */
    public String code() {
        return this == SAFE ? "safe-fix" : name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the kind with the given code.
     *
     * @param code {@code safe-fix}, {@code suggestion} or {@code none}
     * @return the kind written so
     * @throws IllegalArgumentException if no kind has that code
     */
    public static FixKind fromCode(String code) {
        for (FixKind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown fix kind '" + code + "'");
    }
}
