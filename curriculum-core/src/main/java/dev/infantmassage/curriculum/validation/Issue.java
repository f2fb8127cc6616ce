package dev.infantmassage.curriculum.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found in a curriculum: its severity, stable code, location and a one-sentence message.
 * When the curriculum came from a file, the issue also knows the file and the line and column there.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Issue {
    /** {@return how serious the issue is} */
    public abstract Severity getSeverity();

    /** {@return the stable code of what was found} */
    public abstract IssueCode getCode();

    /** {@return where in the document: render it with {@link IssueLocation#toPointer()}} */
    public abstract IssueLocation getLocation();

    /** {@return one English sentence naming the offending value and what was expected} */
    public abstract String getMessage();

    /** {@return the values the message was made from, for tools that render their own text} */
    public abstract List<String> getArguments();

    /** {@return the file the curriculum was read from, when there was one} */
    public abstract Optional<String> getFile();

    /** {@return the line, from 1, when the reader knows it} */
    public abstract Optional<Integer> getLine();

    /** {@return the column, from 1, when the reader knows it} */
    public abstract Optional<Integer> getColumn();

    /**
     * {@return an issue with the code's default severity and its message for {@code arguments}}
     *
     * @param code what was found
     * @param location where in the document it was found
     * @param arguments the message template's arguments, {@code {0}} first
     */
    public static Issue of(IssueCode code, IssueLocation location, Object... arguments) {
        return builder()
                .severity(code.defaultSeverity())
                .code(code)
                .location(location)
                .message(code.format(arguments))
                .arguments(Arrays.stream(arguments).map(String::valueOf).toList())
                .build();
    }

    /**
     * {@return a copy at the given line and column}
     *
     * @param line the line, from 1
     * @param column the column, from 1
     */
    public Issue atPosition(int line, int column) {
        return builder().from(this).line(line).column(column).build();
    }

    /**
     * {@return a copy that names the file it was found in}
     *
     * @param file the file the curriculum was read from
     */
    public Issue inFile(String file) {
        return builder().from(this).file(file).build();
    }

    /**
     * {@return a copy with another severity}
     *
     * @param severity the severity of the copy
     */
    public Issue withSeverity(Severity severity) {
        return builder().from(this).severity(severity).build();
    }

    /** {@return whether the issue's severity is {@link Severity#ERROR}} */
    public boolean isError() {
        return getSeverity() == Severity.ERROR;
    }

    /** {@code file:line:column: severity: message [code] at pointer}, as editors parse it. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        getFile().ifPresent(file -> text.append(file).append(':'));
        getLine().ifPresent(line -> text.append(line).append(':'));
        getColumn().ifPresent(column -> text.append(column).append(':'));
        if (text.length() > 0) {
            text.append(' ');
        }
        return text.append(getSeverity().code())
                .append(": ")
                .append(getMessage())
                .append(" [")
                .append(getCode().code())
                .append("] at ")
                .append(getLocation().toPointer())
                .toString();
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link Issue}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableIssue.Builder {}
}
