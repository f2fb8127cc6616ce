package dev.infantmassage.curriculum.validation;

import java.util.Locale;

/**
 * How serious an issue is, most serious first. An {@link #ERROR} fails validation.
 *
 * @since 0.1.0
 */
public enum Severity {
    /** The content is wrong: a file with errors fails validation. */
    ERROR,

    /** Probably a mistake, or a gap worth filling; validation still passes. */
    WARNING,

    /** Worth knowing; nothing to fix. */
    INFO;

    /** {@return the wire code: {@code error}, {@code warning} or {@code info}} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the severity with the given code.
     *
     * @param code the wire code, for example {@code "error"}
     * @return the severity whose code is {@code code}
     * @throws IllegalArgumentException if no severity has that code
     */
    public static Severity fromCode(String code) {
        for (Severity severity : values()) {
            if (severity.code().equals(code)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("Unknown severity '" + code + "'");
    }
}
