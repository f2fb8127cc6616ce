package dev.infantmassage.curriculum.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every model type.
 *
 * <p>Accessors are {@code getX()}/{@code isX()} because Hibernate Validator only treats those as
 * properties; builders and JSON names drop the prefix. Implementations stay package-private: callers
 * see {@code Stroke.builder()} and {@code Stroke.Builder}, never {@code ImmutableStroke}. Builders are
 * not strict so that {@code builder().from(value)} can make a changed copy.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        get = {"get*", "is*"},
        init = "*",
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
        overshadowImplementation = true,
        jdkOnly = true,
        depluralize = true,
        depluralizeDictionary = {"advisory:advisories", "benefit:benefits"},
        defaults = @Value.Immutable(copy = false))
public @interface CurriculumStyle {}
