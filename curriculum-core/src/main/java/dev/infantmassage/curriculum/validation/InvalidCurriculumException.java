package dev.infantmassage.curriculum.validation;

import static java.util.Objects.requireNonNull;

/**
 * Thrown by the few calls that need a valid curriculum to go on, such as loading the built-in one.
 * Carries the full report.
 */
public final class InvalidCurriculumException extends CurriculumException {
    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    public InvalidCurriculumException(String message, ValidationReport report) {
        super(message + ": " + requireNonNull(report, "report").count(Severity.ERROR) + " errors, first: "
                + report.issues().stream()
                        .filter(Issue::isError)
                        .findFirst()
                        .map(Issue::toString)
                        .orElse("none"));
        this.report = report;
    }

    public ValidationReport report() {
        return report;
    }
}
