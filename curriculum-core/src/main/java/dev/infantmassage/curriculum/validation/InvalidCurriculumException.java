package dev.infantmassage.curriculum.validation;

import static java.util.Objects.requireNonNull;

/**
 * Thrown by the few calls that need a valid curriculum to go on, such as loading the built-in one.
 * Carries the full report.
 *
 * @since 0.1.0
 */
public final class InvalidCurriculumException extends CurriculumException {
    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    /**
     * Creates an exception for a curriculum whose report has errors; the message ends with the number of errors and the
     * first one.
     *
     * @param message what was being done, for example {@code "Cannot read curriculum 'week-plan.json'"}
     * @param report the report with the errors
     */
    public InvalidCurriculumException(String message, ValidationReport report) {
        super(message + ": " + requireNonNull(report, "report").count(Severity.ERROR) + " errors, first: "
                + report.issues().stream()
                        .filter(Issue::isError)
                        .findFirst()
                        .map(Issue::toString)
                        .orElse("none"));
        this.report = report;
    }

    /** {@return the report that made the curriculum invalid} */
    public ValidationReport report() {
        return report;
    }
}
