package dev.infantmassage.curriculum.internal;

import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.util.Map;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs the model's Jakarta Bean Validation constraints with Hibernate Validator and turns each
 * violation into an issue located by the JSON names of its path.
 *
 * <p>The factory is costly to build, so one is built lazily, once, and shared: Hibernate Validator's
 * validators are thread-safe. {@link ParameterMessageInterpolator} spares the Expression Language jars
 * and the start-up they cost; messages come from {@link IssueCode} anyway.
 */
public final class BeanConstraints {
    private BeanConstraints() {}

    private static final class Holder {
        @SuppressWarnings("resource") // lives as long as the class loader
        static final Validator VALIDATOR = buildFactory().getValidator();

        private static ValidatorFactory buildFactory() {
            return Validation.byProvider(HibernateValidator.class)
                    .configure()
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory();
        }
    }

    /** Checks {@code root}'s constraints, cascading, and reports each violation. */
    public static void check(Object root, IssueCollector issues) {
        for (ConstraintViolation<Object> violation : Holder.VALIDATOR.validate(root)) {
            IssueLocation location = locationOf(violation.getPropertyPath());
            String field = location.lastProperty().orElse("value");
            Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
            Object value = violation.getInvalidValue();
            if (constraint instanceof NotBlank) {
                issues.report(IssueCode.CONSTRAINT_NOT_BLANK, location, field);
            } else if (constraint instanceof NotEmpty) {
                issues.report(IssueCode.CONSTRAINT_NOT_EMPTY, location, field);
            } else if (constraint instanceof Positive) {
                issues.report(IssueCode.CONSTRAINT_POSITIVE, location, field, value);
            } else if (constraint instanceof PositiveOrZero) {
                issues.report(IssueCode.CONSTRAINT_NOT_NEGATIVE, location, field, value);
            } else if (constraint instanceof Pattern pattern) {
                issues.report(IssueCode.CONSTRAINT_PATTERN, location, field, describe(pattern), value);
            } else {
                issues.report(IssueCode.CONSTRAINT_OTHER, location, field, violation.getMessage());
            }
        }
    }

    private static final Map<String, String> PATTERN_NAMES = Map.of(
            "\\d{1,4}\\.\\d{1,4}", "'major.minor', such as '1.0'",
            "https?://\\S+", "an http or https address",
            "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*", "a BCP 47 language tag, such as 'en' or 'sv-SE'");

    private static String describe(Pattern pattern) {
        return PATTERN_NAMES.getOrDefault(pattern.regexp(), "the pattern '" + pattern.regexp() + "'");
    }

    /**
     * A property path as a location. Hibernate Validator puts a list index on the node that follows
     * the list ({@code weeks[2].number}), so the index goes before that node's name; container element
     * nodes ({@code <list element>}) add only their index.
     */
    static IssueLocation locationOf(Path path) {
        IssueLocation location = IssueLocation.root();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    location = location.index(node.getIndex());
                } else if (node.getKey() != null) {
                    location = location.property(String.valueOf(node.getKey()));
                }
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                location = location.property(node.getName());
            }
        }
        return location;
    }
}
