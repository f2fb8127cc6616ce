package dev.infantmassage.curriculum;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How the model's properties are named in curriculum files and in issue locations: an accessor's
 * name without {@code get} or {@code is}, decapitalised ({@code getContactRegions} is
 * {@code contactRegions}). The reader, the writer, the schema and the rules all name properties
 * this way, so renaming an accessor renames its property everywhere at once.
 *
 * <p>Code that points into a file names properties by accessor reference, checked by the compiler:
 * {@code IssueLocation.root().property(PropertyNames.nameOf(Curriculum::getStrokes)).index(0)} is
 * {@code /strokes/0}.
 *
 * @since 0.1.0
 */
public final class PropertyNames {
    /**
     * A model accessor written as a method reference, such as {@code WeekPlan::getNewStrokes}.
     *
     * @param <T> the model type
     * @param <R> the property's type
     * @since 0.1.0
     */
    @FunctionalInterface
    public interface Accessor<T, R> extends Function<T, R>, Serializable {}

    /** Each method reference compiles to a class of its own: resolve it once. */
    private static final Map<Class<?>, String> BY_REFERENCE = new ConcurrentHashMap<>();

    private PropertyNames() {}

    /**
     * The property name of an accessor reference.
     *
     * @param accessor a reference to a model accessor, such as {@code Stroke::getContactRegions}
     * @param <T> the model type
     * @return its JSON name, such as {@code contactRegions}
     * @throws IllegalArgumentException if {@code accessor} is a lambda rather than a method reference
     */
    public static <T> String nameOf(Accessor<T, ?> accessor) {
        return BY_REFERENCE.computeIfAbsent(accessor.getClass(), type -> resolve(accessor));
    }

    /**
     * The property name of a model accessor.
     *
     * @param accessor a model type's accessor, such as {@code Stroke.getContactRegions()}
     * @return its JSON name, such as {@code contactRegions}
     */
    public static String nameOf(Method accessor) {
        return nameOfAccessor(accessor.getName());
    }

    /**
     * The property name of an accessor given by its method name.
     *
     * @param accessorName a method name such as {@code getContactRegions} or {@code isPatchTestRequired}
     * @return its JSON name, such as {@code contactRegions}
     */
    public static String nameOfAccessor(String accessorName) {
        String bare = accessorName;
        for (String prefix : new String[] {"get", "is"}) {
            if (accessorName.length() > prefix.length()
                    && accessorName.startsWith(prefix)
                    && Character.isUpperCase(accessorName.charAt(prefix.length()))) {
                bare = accessorName.substring(prefix.length());
                break;
            }
        }
        return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
    }

    private static String resolve(Accessor<?, ?> accessor) {
        SerializedLambda lambda = LambdaCapture.of(accessor);
        int kind = lambda.getImplMethodKind();
        if ((kind != MethodHandleInfo.REF_invokeVirtual && kind != MethodHandleInfo.REF_invokeInterface)
                || lambda.getImplMethodName().startsWith("lambda$")) {
            throw new IllegalArgumentException("Not an accessor reference: " + lambda.getImplMethodName());
        }
        return nameOfAccessor(lambda.getImplMethodName());
    }

    /**
     * Serialization's own view of a method reference: writing it replaces it by its {@link SerializedLambda},
     * which this stream keeps. Serialization needs no access to the reference's class, so this works for
     * references made in any module, unlike calling {@code writeReplace} by reflection.
     */
    private static final class LambdaCapture extends ObjectOutputStream {
        private @Nullable SerializedLambda captured;

        private LambdaCapture() throws IOException {
            super(OutputStream.nullOutputStream());
            enableReplaceObject(true);
        }

        static SerializedLambda of(Accessor<?, ?> accessor) {
            try (LambdaCapture capture = new LambdaCapture()) {
                capture.writeObject(accessor);
                if (capture.captured == null) {
                    throw new IllegalArgumentException("Not a method reference: " + accessor);
                }
                return capture.captured;
            } catch (IOException e) {
                throw new IllegalArgumentException("Not a method reference: " + accessor, e);
            }
        }

        @Override
        protected Object replaceObject(Object object) {
            if (object instanceof SerializedLambda lambda && captured == null) {
                captured = lambda;
            }
            return object;
        }
    }
}
