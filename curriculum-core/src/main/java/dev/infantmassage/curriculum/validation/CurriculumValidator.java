package dev.infantmassage.curriculum.validation;

import static java.util.Objects.requireNonNull;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.internal.BeanConstraints;
import dev.infantmassage.curriculum.internal.IssueCollector;
import dev.infantmassage.curriculum.internal.rules.CurriculumRules;
import java.util.function.Predicate;

/**
 * Checks a curriculum against its structural constraints (Jakarta Bean Validation) and the
 * curriculum rules, and reports every problem in one pass: never fail-fast, never an exception for
 * bad content.
 *
 * <pre>{@code
 * ValidationReport report = CurriculumValidator.create().validate(curriculum);
 * report.issues().forEach(System.out::println);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; make one and reuse it. The work is linear in the size
 * of the curriculum.
 *
 * @since 0.1.0
 */
public final class CurriculumValidator {
    private static final CurriculumValidator DEFAULT = new CurriculumValidator(ValidationOptions.defaults());

    private final ValidationOptions options;

    private CurriculumValidator(ValidationOptions options) {
        this.options = options;
    }

    /** {@return a validator that reports every code at its default severity} */
    public static CurriculumValidator create() {
        return DEFAULT;
    }

    /**
     * {@return a validator that ignores or re-levels codes as {@code options} say}
     *
     * @param options the codes to ignore or re-level
     */
    public static CurriculumValidator create(ValidationOptions options) {
        return new CurriculumValidator(requireNonNull(options, "options"));
    }

    /** {@return the options this validator applies to every report} */
    public ValidationOptions options() {
        return options;
    }

    /**
     * {@return every problem in {@code curriculum}, sorted}
     *
     * @param curriculum the curriculum to check
     */
    public ValidationReport validate(Curriculum curriculum) {
        requireNonNull(curriculum, "curriculum");
        return validate(curriculum, location -> false);
    }

    /**
     * Every problem in {@code curriculum}, sorted, except those at the locations {@code alreadyReported}
     * accepts. For a reader that put neutral stand-ins where values could not be read and has reported
     * those places itself: findings about the stand-ins are left out before they are built.
     *
     * @param curriculum the curriculum to check
     * @param alreadyReported the locations whose findings to leave out
     * @return the findings elsewhere
     */
    public ValidationReport validate(Curriculum curriculum, Predicate<IssueLocation> alreadyReported) {
        requireNonNull(curriculum, "curriculum");
        requireNonNull(alreadyReported, "alreadyReported");
        IssueCollector issues = new IssueCollector(options, alreadyReported);
        BeanConstraints.check(curriculum, issues);
        CurriculumRules.check(curriculum, issues);
        return issues.toReport();
    }
}
