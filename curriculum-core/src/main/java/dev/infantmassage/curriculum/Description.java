package dev.infantmassage.curriculum;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a model type or property means to an author of curriculum files: the one text the JSON
 * Schema, {@code docs/format.md} and this Javadoc share. Plain sentences that name properties by
 * their JSON names, in single quotes.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Description {
    /** The description of an entry's {@code id}. */
    String ID = "The identifier other entries use to refer to this one: lower-kebab-case, unique in its catalogue.";

    /** The description of an entry's {@code sources}. */
    String SOURCES = "The identifiers of the citations (top-level 'sources') that support this entry.";

    /** {@return one or more sentences} */
    String value();
}
