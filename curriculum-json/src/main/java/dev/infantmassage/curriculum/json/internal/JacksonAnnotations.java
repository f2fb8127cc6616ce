package dev.infantmassage.curriculum.json.internal;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.cfg.PackageVersion;

/**
 * Jackson 3's databind still uses the Jackson 2 annotations jar, and needs a recent one: with an older
 * {@code jackson-annotations} (a Jackson 2 app's, or Spring Boot 3's BOM) the first mapper fails with a
 * bare {@code NoClassDefFoundError}. This check says so in one sentence instead, when the module is made.
 * {@code CurriculumJson} does not need the annotations at all: it uses only Jackson's parser, generator
 * and tree.
 */
public final class JacksonAnnotations {
    /** The oldest version with every annotation Jackson 3.2's databind loads ({@code JsonSerializeAs} came in 2.21). */
    public static final String MINIMUM = "2.21";

    private static final String NEWEST_ADDED = "com.fasterxml.jackson.annotation.JsonSerializeAs";
    private static final String ALWAYS_THERE = "com.fasterxml.jackson.annotation.JsonProperty";

    private JacksonAnnotations() {}

    /** Throws an {@link IllegalStateException} naming the needed version when the annotations on the class path are too old. */
    public static void check() {
        ClassLoader loader = JacksonAnnotations.class.getClassLoader();
        if (find(NEWEST_ADDED, loader) != null) {
            return;
        }
        Class<?> present = find(ALWAYS_THERE, loader);
        String found =
                present == null ? "none is on the class path" : "version " + version(present) + " is on the class path";
        throw new IllegalStateException("Jackson " + PackageVersion.VERSION + " needs"
                + " com.fasterxml.jackson.core:jackson-annotations " + MINIMUM + " or newer, but " + found
                + "; set jackson-annotations to " + MINIMUM + " or newer in your dependency management"
                + " (with Spring Boot 3, the jackson-bom.version property), or read and write through"
                + " CurriculumJson, which does not need it");
    }

    private static String version(Class<?> type) {
        String version = type.getPackage().getImplementationVersion();
        return version == null ? "unknown" : "'" + version + "'";
    }

    private static @Nullable Class<?> find(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
