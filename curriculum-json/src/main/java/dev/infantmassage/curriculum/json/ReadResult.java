package dev.infantmassage.curriculum.json;

import static java.util.Objects.requireNonNull;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.validation.InvalidCurriculumException;
import dev.infantmassage.curriculum.validation.ValidationReport;
import java.util.Optional;

/**
 * What reading a curriculum file found: the curriculum, when the file could be bound to the model,
 * and the full report (syntax, structure, Bean Validation and curriculum rules), every issue with its
 * file, line, column and JSON Pointer.
 *
 * <p>The curriculum is present when the file is well-formed JSON and every value in it has the right
 * type and name; it may still break curriculum rules, which the report then lists. Immutable.
 *
 * @since 0.1.0
 */
public final class ReadResult {
    private final String source;
    private final Optional<Curriculum> curriculum;
    private final ValidationReport report;

    ReadResult(String source, Optional<Curriculum> curriculum, ValidationReport report) {
        this.source = requireNonNull(source, "source");
        this.curriculum = requireNonNull(curriculum, "curriculum");
        this.report = requireNonNull(report, "report");
    }

    /** {@return the file name or source name given to the reader, also set on every issue} */
    public String source() {
        return source;
    }

    /** {@return the curriculum, or empty when the content could not be bound to the model} */
    public Optional<Curriculum> curriculum() {
        return curriculum;
    }

    /** {@return every issue found, sorted by position} */
    public ValidationReport report() {
        return report;
    }

    /** {@return whether the report has errors (warnings do not count)} */
    public boolean hasErrors() {
        return report.hasErrors();
    }

    /**
     * {@return the curriculum, if it was read without errors}
     *
     * @throws InvalidCurriculumException carrying the report, when there is no curriculum or the report has errors
     */
    public Curriculum orElseThrow() {
        if (curriculum.isEmpty() || report.hasErrors()) {
            throw new InvalidCurriculumException("Cannot read curriculum '" + source + "'", report);
        }
        return curriculum.get();
    }

    @Override
    public String toString() {
        return "ReadResult{source=" + source + ", curriculum=" + (curriculum.isPresent() ? "present" : "absent")
                + ", report=" + report.issues().size() + " issues}";
    }
}
