package dev.infantmassage.curriculum.internal;

import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * Runs the model's Jakarta Bean Validation constraints with Hibernate Validator and turns each
 * violation into an issue located by the JSON names of its path.
 *
 * <p>The work is linear in the size of the curriculum. Hibernate Validator gathers the violations of
 * one {@code validate} call in a hash set, and the hash of a violation leaves out the index of a list
 * element: the violations of equal values in one list (a stand-in repeated for every unreadable
 * element, {@code ["", "", ...]}, one instance added many times) all collide, and the set grows in
 * quadratic time. So each object is validated on its own, without cascading, the walk down the
 * {@code @Valid} properties is done here, and the constraints on the elements of lists of plain values
 * ({@code List<@NotBlank String>}) are checked here element by element.
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
                    .traversableResolver(new OwnWalk())
                    .buildValidatorFactory();
        }
    }

    /** What the walk needs to know about one class: how to reach its nested values. */
    private record Plan(List<Nested> nested) {}

    /** A property the walk descends into, or whose elements it checks itself. */
    private record Nested(
            String name, Method getter, boolean cascaded, List<ConstraintDescriptor<?>> elementConstraints) {}

    private static final Map<Class<?>, Plan> PLANS = new ConcurrentHashMap<>();

    private static final Map<String, java.util.regex.Pattern> REGEXES = new ConcurrentHashMap<>();

    /** Properties whose elements are checked here are unreachable for Hibernate Validator. */
    private static final Map<Class<?>, Set<String>> OWN_ELEMENTS = new ConcurrentHashMap<>();

    /** Never cascades (the walk does), and leaves the element-checked properties to the walk. */
    private static final class OwnWalk implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node node, Class<?> rootType, Path path, ElementType type) {
            Set<String> own = bean == null ? null : OWN_ELEMENTS.get(bean.getClass());
            return own == null || !own.contains(node.getName());
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node node, Class<?> rootType, Path path, ElementType type) {
            return false;
        }
    }

    /** Checks {@code root}'s constraints, cascading, and reports each violation. */
    public static void check(Object root, IssueCollector issues) {
        walk(root, IssueLocation.root(), issues);
    }

    private static void walk(Object bean, IssueLocation at, IssueCollector issues) {
        Plan plan = plan(bean.getClass());
        for (ConstraintViolation<Object> violation : Holder.VALIDATOR.validate(bean)) {
            IssueLocation location = locationOf(at, violation.getPropertyPath());
            report(
                    violation.getConstraintDescriptor(),
                    location,
                    violation.getInvalidValue(),
                    violation.getMessage(),
                    issues);
        }
        for (Nested nested : plan.nested()) {
            Object value = get(nested.getter(), bean);
            IssueLocation location = at.property(nested.name());
            if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    visit(nested, list.get(i), location.index(i), issues);
                }
            } else if (value instanceof Optional<?> optional) {
                if (optional.isPresent()) {
                    visit(nested, optional.get(), location, issues);
                }
            } else if (value != null) {
                visit(nested, value, location, issues);
            }
        }
    }

    private static void visit(Nested nested, @Nullable Object value, IssueLocation location, IssueCollector issues) {
        if (value == null) {
            return;
        }
        for (ConstraintDescriptor<?> constraint : nested.elementConstraints()) {
            if (!holds(constraint.getAnnotation(), value)) {
                report(constraint, location, value, String.valueOf(constraint.getMessageTemplate()), issues);
            }
        }
        if (nested.cascaded()) {
            walk(value, location, issues);
        }
    }

    /** The element constraints the walk checks itself; the model's tests keep this list complete. */
    private static boolean holds(Annotation constraint, Object value) {
        if (constraint instanceof NotBlank) {
            return !value.toString().isBlank();
        }
        if (constraint instanceof Pattern pattern) {
            return REGEXES.computeIfAbsent(pattern.regexp(), java.util.regex.Pattern::compile)
                    .matcher(value.toString())
                    .matches();
        }
        throw new IllegalStateException("Unsupported list element constraint "
                + constraint.annotationType().getSimpleName());
    }

    private static void report(
            ConstraintDescriptor<?> descriptor,
            IssueLocation location,
            @Nullable Object value,
            String message,
            IssueCollector issues) {
        String field = location.lastProperty().orElse("value");
        Annotation constraint = descriptor.getAnnotation();
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
            issues.report(IssueCode.CONSTRAINT_OTHER, location, field, message);
        }
    }

    private static Plan plan(Class<?> type) {
        Plan known = PLANS.get(type);
        if (known != null) {
            return known;
        }
        BeanDescriptor descriptor = Holder.VALIDATOR.getConstraintsForClass(type);
        List<Nested> nested = new ArrayList<>();
        Set<String> own = new HashSet<>();
        for (PropertyDescriptor property : descriptor.getConstrainedProperties()) {
            boolean cascaded = property.isCascaded();
            List<ConstraintDescriptor<?>> elementConstraints = new ArrayList<>();
            for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                cascaded |= element.isCascaded();
                if (isList(property.getElementClass())) {
                    elementConstraints.addAll(element.getConstraintDescriptors());
                }
            }
            if (!elementConstraints.isEmpty()) {
                if (property.hasConstraints()) {
                    throw new IllegalStateException("Property " + property.getPropertyName()
                            + " has constraints on both the list and its elements");
                }
                own.add(property.getPropertyName());
            }
            if (cascaded || !elementConstraints.isEmpty()) {
                nested.add(new Nested(
                        property.getPropertyName(),
                        getter(type, property.getPropertyName()),
                        cascaded,
                        List.copyOf(elementConstraints)));
            }
        }
        OWN_ELEMENTS.put(type, Set.copyOf(own));
        Plan plan = new Plan(List.copyOf(nested));
        PLANS.put(type, plan);
        return plan;
    }

    private static boolean isList(Class<?> type) {
        return List.class.isAssignableFrom(type);
    }

    /** The property's accessor, taken from a public class so it can be called on the generated one. */
    private static Method getter(Class<?> type, String property) {
        String suffix = property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
        for (Class<?> at = type; at != null; at = at.getSuperclass()) {
            if (Modifier.isPublic(at.getModifiers())) {
                for (String prefix : List.of("get", "is", "has")) {
                    try {
                        return at.getMethod(prefix + suffix);
                    } catch (NoSuchMethodException e) {
                        // try the next prefix
                    }
                }
            }
        }
        throw new IllegalStateException("No accessor for property " + property + " of " + type.getName());
    }

    private static @Nullable Object get(Method getter, Object bean) {
        try {
            return getter.invoke(bean);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
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
    static IssueLocation locationOf(IssueLocation at, Path path) {
        IssueLocation location = at;
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
