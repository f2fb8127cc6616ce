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
 *
 * <p>By default a report lists every issue. {@link #getMaxIssues()} caps the list: a tool that shows
 * only the first issues (a command line, an editor) then pays for the issues it shows, not for every
 * one of a million found, while the counts stay exact.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ValidationOptions {
    private static final ValidationOptions DEFAULTS = builder().build();

    /** {@return codes that are never reported} */
    public abstract Set<IssueCode> getIgnored();

    /** {@return codes reported at another severity than their default} */
    public abstract Map<IssueCode, Severity> getSeverityOverrides();

    /**
     * {@return the most issues a report lists; by default {@link Integer#MAX_VALUE}, that is all of them} When
     * more are found, the report lists, in report order, the first ones found (when reading a file: the
     * first that reading and the first that the rules found, each stopping at the cap, then the first
     * of those in file order) and only counts the others:
     * {@link ValidationReport#count(Severity)} and {@link ValidationReport#hasErrors()} still cover every
     * issue, and {@link ValidationReport#omitted()} says how many are not listed. The issues beyond the
     * cap get no message, no pointer and no position, which is what makes a file with a million
     * mistakes quick to check.
     */
    @Value.Default
    public int getMaxIssues() {
        return Integer.MAX_VALUE;
    }

    /** {@return every code at its default severity, every issue listed} */
    public static ValidationOptions defaults() {
        return DEFAULTS;
    }

    /**
     * {@return the severity {@code code} is reported at, or empty when it is ignored}
     *
     * @param code an issue code
     */
    public Optional<Severity> severityOf(IssueCode code) {
        if (getIgnored().contains(code)) {
            return Optional.empty();
        }
        return Optional.of(getSeverityOverrides().getOrDefault(code, code.defaultSeverity()));
    }

    /**
     * {@return the issue as these options report it: re-levelled, or empty when its code is ignored}
     *
     * @param issue an issue at its default severity
     */
    public Optional<Issue> apply(Issue issue) {
        return severityOf(issue.getCode())
                .map(severity -> severity == issue.getSeverity() ? issue : issue.withSeverity(severity));
    }

    /**
     * {@return these options with {@code stronger}'s over them} A code {@code stronger} ignores is
     * ignored; a code it re-levels is reported at its level, also when these options ignore it. The
     * issue cap stays this one's. A command line's {@code --ignore} and {@code --severity} over a
     * project config's rules, for instance.
     *
     * @param stronger the options that win where both speak of a code
     * @since 0.1.0
     */
    public ValidationOptions overriddenBy(ValidationOptions stronger) {
        java.util.Objects.requireNonNull(stronger, "stronger");
        if (stronger.getIgnored().isEmpty() && stronger.getSeverityOverrides().isEmpty()) {
            return this;
        }
        Set<IssueCode> ignored = new java.util.LinkedHashSet<>(getIgnored());
        ignored.removeAll(stronger.getSeverityOverrides().keySet());
        ignored.addAll(stronger.getIgnored());
        Map<IssueCode, Severity> severities = new java.util.LinkedHashMap<>(getSeverityOverrides());
        severities.putAll(stronger.getSeverityOverrides());
        return builder()
                .addAllIgnored(ignored)
                .putAllSeverityOverrides(severities)
                .maxIssues(getMaxIssues())
                .build();
    }

    @Value.Check
    void check() {
        if (getMaxIssues() < 0) {
            throw new IllegalArgumentException("Max issues must not be negative, but was " + getMaxIssues());
        }
        for (IssueCode code : getIgnored()) {
            requireAdjustable(code);
        }
        for (IssueCode code : getSeverityOverrides().keySet()) {
            requireAdjustable(code);
        }
    }

    private static void requireAdjustable(IssueCode code) {
        if (!code.isAdjustable()) {
            throw new IllegalArgumentException(
                    "Code '" + code.code() + "' must not be ignored or re-levelled: it stops the file being read");
        }
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link ValidationOptions}.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableValidationOptions.Builder {}
}
