package dev.infantmassage.curriculum.validation;

import static dev.infantmassage.curriculum.validation.Severity.ERROR;
import static dev.infantmassage.curriculum.validation.Severity.WARNING;

import java.util.Optional;

/**
 * The catalogue of everything the library reports. Each code is API: a stable, lower-kebab,
 * dot-separated name ({@link #code()}) that is never renamed, a default severity, a message template
 * and a one-paragraph description. {@code docs/rules.md} lists them all, and a test keeps it in step.
 *
 * <p>Message templates use {@code {0}}, {@code {1}}... for their arguments.
 */
public enum IssueCode {
    // --- Reading JSON (curriculum-json) ---------------------------------------------------------
    JSON_SYNTAX("json.syntax", ERROR,
            "Malformed JSON: {0}",
            "The file is not well-formed JSON: a missing comma or bracket, an unquoted name, a stray character. "
                    + "Nothing after the error can be read, so fix this first."),
    JSON_TRUNCATED("json.truncated", ERROR,
            "The document ends before {0} is closed",
            "The file stops in the middle of a value, usually because it was cut off while saving or copying."),
    JSON_ENCODING("json.encoding", ERROR,
            "The file must be UTF-8, but {0}",
            "Curriculum files are UTF-8, with or without a byte order mark. Other encodings would turn "
                    + "accented letters into garbage, so they are rejected rather than guessed."),
    JSON_DUPLICATE_KEY("json.duplicate-key", ERROR,
            "Property ''{0}'' appears more than once in this object",
            "An object names the same property twice. JSON readers disagree on which one wins, so the file "
                    + "must say it once."),
    JSON_UNKNOWN_PROPERTY("json.unknown-property", ERROR,
            "Property ''{0}'' is not allowed in {1}{2}",
            "The property is not part of the format. It is often a typo, and the message suggests the "
                    + "nearest known name. Properties of your own are allowed when their names start with 'x-'."),
    JSON_WRONG_TYPE("json.wrong-type", ERROR,
            "''{0}'' must be {1}, but was {2}",
            "A value has the wrong JSON type: text where a number belongs, a single value where a list "
                    + "belongs, and so on."),
    JSON_MISSING_PROPERTY("json.missing-property", ERROR,
            "Required property ''{0}'' is missing from {1}",
            "The object lacks a property the format requires."),
    JSON_UNKNOWN_VALUE("json.unknown-value", ERROR,
            "''{0}'' must be one of {1}, but was ''{2}''",
            "The value is not one of the codes the format allows for this property."),
    JSON_LIMIT_EXCEEDED("json.limit-exceeded", ERROR,
            "{0} exceeds the limit of {1}",
            "The file exceeds a reading limit (file size, nesting depth, string length or number length). "
                    + "The limits protect the reader from hostile or broken input and can be raised by the caller."),
    JSON_FORMAT_VERSION("json.format-version", ERROR,
            "Format version must have major version 1, but was ''{0}''",
            "The file declares a format version this library cannot read. Files of major version 1 are read; "
                    + "a newer major version needs a newer library."),
    JSON_NOT_AN_OBJECT("json.not-an-object", ERROR,
            "A curriculum file must hold one JSON object, but held {0}",
            "The top level of a curriculum file is a single object."),

    // --- Structural constraints (Bean Validation) -----------------------------------------------
    CONSTRAINT_NOT_BLANK("constraint.not-blank", ERROR,
            "''{0}'' must not be blank",
            "A text that must say something is empty or only spaces."),
    CONSTRAINT_NOT_EMPTY("constraint.not-empty", ERROR,
            "''{0}'' must not be empty",
            "A list that needs at least one item is empty, such as a stroke without steps."),
    CONSTRAINT_POSITIVE("constraint.positive", ERROR,
            "''{0}'' must be positive, but was {1}",
            "A count or duration is zero or negative."),
    CONSTRAINT_NOT_NEGATIVE("constraint.not-negative", ERROR,
            "''{0}'' must not be negative, but was {1}",
            "A value that may be zero is negative."),
    CONSTRAINT_PATTERN("constraint.pattern", ERROR,
            "''{0}'' must match {1}, but was ''{2}''",
            "A value does not have the required shape, such as a language tag or a format version."),
    CONSTRAINT_OTHER("constraint.other", ERROR,
            "''{0}'' {1}",
            "Any other structural constraint of the model."),

    // --- Identifiers and references ---------------------------------------------------------------
    ID_MALFORMED("id.malformed", ERROR,
            "Identifier must be lower-kebab-case (a-z, 0-9, single hyphens), but was ''{0}''",
            "Identifiers are how entries refer to each other. They are lower-case letters and digits "
                    + "separated by single hyphens, such as 'legs-indian-milking', so that they survive every "
                    + "tool and language unchanged."),
    ID_DUPLICATE("id.duplicate", ERROR,
            "{0} identifier ''{1}'' is already used at {2}",
            "Two entries of the same kind share an identifier, so references to it are ambiguous."),
    REFERENCE_UNRESOLVED("reference.unresolved", ERROR,
            "{0} ''{1}'' is not in the curriculum''s catalogue",
            "A week, routine or entry refers to a stroke, routine, technique, cue or source that the "
                    + "curriculum does not define."),

    // --- The schedule ------------------------------------------------------------------------------
    SCHEDULE_WEEK_OUT_OF_RANGE("schedule.week.out-of-range", ERROR,
            "Week number must be between 1 and 5, but was {0}",
            "The program has five weeks, numbered 1 to 5."),
    SCHEDULE_WEEK_DUPLICATE("schedule.week.duplicate", ERROR,
            "Week {0} appears more than once in the schedule",
            "Each of the weeks 1 to 5 appears exactly once."),
    SCHEDULE_WEEK_MISSING("schedule.week.missing", ERROR,
            "Week {0} is missing from the schedule",
            "Each of the weeks 1 to 5 appears exactly once.");

    private final String code;
    private final Severity defaultSeverity;
    private final String template;
    private final String description;

    IssueCode(String code, Severity defaultSeverity, String template, String description) {
        this.code = code;
        this.defaultSeverity = defaultSeverity;
        this.template = template;
        this.description = description;
    }

    /** The stable code, for example {@code schedule.week.out-of-range}. */
    public String code() {
        return code;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** The message template; {@code ''} stands for one quote, as in {@link java.text.MessageFormat}. */
    public String template() {
        return template;
    }

    /** One paragraph: what the rule checks and why. */
    public String description() {
        return description;
    }

    /** The message for the given arguments. */
    public String format(Object... arguments) {
        StringBuilder message = new StringBuilder(template.length() + 32);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '\'' && i + 1 < template.length() && template.charAt(i + 1) == '\'') {
                message.append('\'');
                i++;
            } else if (c == '{' && i + 2 < template.length() && template.charAt(i + 2) == '}'
                    && Character.isDigit(template.charAt(i + 1))) {
                int index = template.charAt(i + 1) - '0';
                message.append(index < arguments.length ? String.valueOf(arguments[index]) : "");
                i += 2;
            } else {
                message.append(c);
            }
        }
        return message.toString();
    }

    /** The constant with the given code, if any. */
    public static Optional<IssueCode> fromCode(String code) {
        for (IssueCode candidate : values()) {
            if (candidate.code.equals(code)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
