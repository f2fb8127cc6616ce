package dev.infantmassage.curriculum.json.internal;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.Extensible;
import dev.infantmassage.curriculum.LocalizedText;
import dev.infantmassage.curriculum.PropertyNames;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Writes the Java source of {@code ReferenceProgram}: the reference curriculum as builder calls, so an app's
 * first {@code ReferenceCurricula.fiveWeekProgram()} runs compiled code instead of deriving the format by
 * reflection, parsing and binding (most of a second in a fresh JVM before, a few tens of milliseconds after).
 * Every value the curriculum holds is written; a value too large for one method gets a method of its own,
 * as a Java method's code is limited to 64 KiB.
 */
final class ReferenceProgramSource {
    static final String CLASS_NAME = "ReferenceProgram";
    private static final int METHOD_LIMIT = 1500;

    private final Map<String, String> methods = new LinkedHashMap<>();

    private ReferenceProgramSource() {}

    static String of(Curriculum curriculum) {
        ReferenceProgramSource source = new ReferenceProgramSource();
        String root = source.value(curriculum, "curriculum");
        StringBuilder text = new StringBuilder();
        text.append("package dev.infantmassage.curriculum.json.internal;\n\n")
                .append("import dev.infantmassage.curriculum.*;\n")
                .append("import java.util.LinkedHashMap;\n")
                .append("import java.util.List;\n")
                .append("import java.util.Map;\n")
                .append("import tools.jackson.databind.node.StringNode;\n\n")
                .append("/**\n")
                .append(
                        " * The reference curriculum as compiled code, generated from {@code five-week-program.curriculum.json}\n")
                .append(
                        " * by {@code ReferenceProgramSourceTest}, which fails when the two differ. Do not edit: after\n")
                .append(" * changing the file, regenerate with {@code -Dreference.program.update=true}.\n")
                .append(" */\n")
                .append("public final class ")
                .append(CLASS_NAME)
                .append(" {\n    private ")
                .append(CLASS_NAME)
                .append("() {}\n\n")
                .append("    /** {@return the reference curriculum, built anew} */\n")
                .append("    public static Curriculum curriculum() {\n        return ")
                .append(root)
                .append(";\n    }\n");
        source.methods.forEach((name, body) -> text.append('\n').append(body));
        text.append("\n    private static LocalizedText text(String... languagesAndTexts) {\n")
                .append("        Map<String, String> texts = new LinkedHashMap<>();\n")
                .append("        for (int i = 0; i < languagesAndTexts.length; i += 2) {\n")
                .append("            texts.put(languagesAndTexts[i], languagesAndTexts[i + 1]);\n")
                .append("        }\n")
                .append("        return LocalizedText.of(texts);\n")
                .append("    }\n}\n");
        return text.toString();
    }

    /** The expression of {@code value}; {@code path} names the method it gets when it is too large. */
    private String value(Object value, String path) {
        if (value instanceof String text) {
            return literal(text);
        }
        if (value instanceof Integer || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
        }
        if (value instanceof LocalizedText text) {
            List<String> parts = new ArrayList<>();
            text.toMap().forEach((language, words) -> {
                parts.add(literal(language));
                parts.add(literal(words));
            });
            return "text(" + String.join(", ", parts) + ")";
        }
        if (value instanceof Collection<?> items) {
            List<String> parts = new ArrayList<>();
            int i = 0;
            for (Object item : items) {
                parts.add(value(item, path + i++));
            }
            return "List.of(" + String.join(", ", parts) + ")";
        }
        return object(value, path);
    }

    private String object(Object value, String path) {
        Class<?> type = modelType(value.getClass());
        Method builderFactory = method(type, "builder");
        Class<?> builder = builderFactory.getReturnType();
        StringBuilder expression = new StringBuilder(type.getSimpleName()).append(".builder()");
        for (Method accessor : ModelFormat.accessors(type)) {
            Object property = invoke(accessor, value);
            if (property instanceof Optional<?> optional) {
                if (optional.isEmpty()) {
                    continue;
                }
                property = optional.get();
            }
            String name = PropertyNames.nameOfAccessor(accessor.getName());
            if (!hasSetter(builder, name)) {
                continue;
            }
            String camel = path + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            expression
                    .append("\n                .")
                    .append(name)
                    .append('(')
                    .append(value(property, camel))
                    .append(')');
        }
        if (value instanceof Extensible extensible) {
            extensible.getExtensions().forEach((key, extension) -> {
                if (!(extension instanceof JsonNode node) || !node.isString()) {
                    throw new IllegalStateException("only text extensions are written, but " + path + " has " + key);
                }
                expression
                        .append("\n                .putExtension(")
                        .append(literal(key))
                        .append(", StringNode.valueOf(")
                        .append(literal(node.stringValue()))
                        .append("))");
            });
        }
        expression.append("\n                .build()");
        if (expression.length() <= METHOD_LIMIT || path.equals("curriculum")) {
            return expression.toString();
        }
        methods.put(
                path,
                "    private static " + type.getSimpleName() + " " + path + "() {\n        return " + expression
                        + ";\n    }\n");
        return path + "()";
    }

    /** The model type of an Immutables implementation: its abstract superclass. */
    private static Class<?> modelType(Class<?> implementation) {
        Class<?> type = implementation;
        while (type.getSimpleName().startsWith("Immutable")) {
            type = type.getSuperclass();
        }
        return type;
    }

    private static boolean hasSetter(Class<?> builder, String name) {
        for (Method method : builder.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 1) {
                return true;
            }
        }
        return false;
    }

    private static Method method(Class<?> type, String name) {
        try {
            return type.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no " + name + "()", e);
        }
    }

    private static Object invoke(Method method, Object target) {
        try {
            return method.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Java string literal, everything outside printable ASCII escaped, so the source is plain ASCII. */
    static String literal(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        literal.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return literal.append('"').toString();
    }
}
