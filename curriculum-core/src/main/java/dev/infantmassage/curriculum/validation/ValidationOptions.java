package dev.infantmassage.curriculum.validation;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How to tune validation: codes to ignore, and codes to report at another severity.
 *
 * <pre>{@code
 * ValidationOptions options = ValidationOptions.builder()
 *         .addIgnored(IssueCode.ID_MALFORMED)
 *         .putSeverityOverride(IssueCode.JSON_UNKNOWN_PROPERTY, Severity.WARNING)
 *         .build();
 * }</pre>
 *
 * <p>Codes that stop the file being read ({@link IssueCode#isAdjustable()} is false) can be neither
 * ignored nor re-levelled.
 */
@Value.Immutable
public abstract class ValidationOptions {
    private static final ValidationOptions DEFAULTS = builder().build();

    /** Codes that are never reported. */
    public abstract Set<IssueCode> getIgnored();

    /** Codes reported at another severity than their default. */
    public abstract Map<IssueCode, Severity> getSeverityOverrides();

    /** {@return every code at its default severity} */
    public static ValidationOptions defaults() {
        return DEFAULTS;
    }

    /** {@return the severity {@code code} is reported at, or empty when it is ignored} */
    public Optional<Severity> severityOf(IssueCode code) {
        if (getIgnored().contains(code)) {
            return Optional.empty();
        }
        return Optional.of(getSeverityOverrides().getOrDefault(code, code.defaultSeverity()));
    }

    /** {@return the issue as these options report it: re-levelled, or empty when its code is ignored} */
    public Optional<Issue> apply(Issue issue) {
        return severityOf(issue.getCode())
                .map(severity -> severity == issue.getSeverity() ? issue : issue.withSeverity(severity));
    }

    @Value.Check
    void check() {
        for (IssueCode code : getIgnored()) {
            requireAdjustable(code);
        }
        for (IssueCode code : getSeverityOverrides().keySet()) {
            requireAdjustable(code);
        }
    }

    private static void requireAdjustable(IssueCode code) {
        if (!code.isAdjustable()) {
            throw new IllegalArgumentException("Code '" + code.code()
                    + "' must not be ignored or re-levelled: it stops the file being read");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ValidationOptions}. */
    public static final class Builder extends ImmutableValidationOptions.Builder {}
}
