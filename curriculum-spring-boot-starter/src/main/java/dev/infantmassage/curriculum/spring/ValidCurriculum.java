package dev.infantmassage.curriculum.spring;

import dev.infantmassage.curriculum.spring.internal.ValidCurriculumValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated text (or bytes) is a curriculum document without errors, read as {@link
 * dev.infantmassage.curriculum.json.CurriculumJson} reads a file: with the app's {@code CurriculumJson}
 * bean in Spring (so the {@code curriculum.*} limits and validation options apply), the defaults
 * elsewhere. Each error is one violation whose message is the issue's, followed by its code and JSON
 * Pointer: {@code Property 'colour' is not allowed in the curriculum [json.unknown-property] at /colour}.
 * {@code null} is valid, as for the standard constraints.
 *
 * <pre>{@code
 * ValidationReport upload(@RequestBody @ValidCurriculum String body) { ... }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = ValidCurriculumValidator.class)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidCurriculum {
    /** {@return the message when no issue says more} */
    String message() default "The curriculum has errors";

    /** {@return the validation groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};
}
