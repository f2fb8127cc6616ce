package dev.infantmassage.curriculum.json.internal;

import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The canonical text of a tree: two-space indent, {@code "\n"} line ends, {@code ": "} after names,
 * one value per line, {@code {}} and {@code []} for empty containers, a trailing newline. Hand-written
 * so that the canonical bytes do not depend on a Jackson version's pretty-printer or escapes, and so
 * that a lone surrogate an author wrote as {@code \ud800} is written back escaped instead of being lost
 * (Jackson's encoder passes it through, and UTF-8 cannot hold it).
 */
public final class JsonText {
    private JsonText() {}

    public static String write(JsonNode root) {
        StringBuilder out = new StringBuilder(4096);
        value(root, out, 0);
        return out.append('\n').toString();
    }

    private static void value(JsonNode node, StringBuilder out, int depth) {
        switch (node.getNodeType()) {
            case OBJECT -> object(node, out, depth);
            case ARRAY -> array(node, out, depth);
            case STRING -> string(node.stringValue(), out);
            case NUMBER -> {
                if (node.isFloatingPointNumber() && !node.isBigDecimal() && !Double.isFinite(node.doubleValue())) {
                    // JSON has no NaN or infinity; an application's extension value is kept as text.
                    string(node.numberValue().toString(), out);
                } else {
                    out.append(node.numberValue().toString());
                }
            }
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            default -> string(node.asString(), out);
        }
    }

    private static void object(JsonNode node, StringBuilder out, int depth) {
        if (node.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        Iterator<Map.Entry<String, JsonNode>> entries = node.properties().iterator();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            indent(out, depth + 1);
            string(entry.getKey(), out);
            out.append(": ");
            value(entry.getValue(), out, depth + 1);
            out.append(entries.hasNext() ? ",\n" : "\n");
        }
        indent(out, depth);
        out.append('}');
    }

    private static void array(JsonNode node, StringBuilder out, int depth) {
        if (node.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        for (int i = 0; i < node.size(); i++) {
            indent(out, depth + 1);
            value(node.get(i), out, depth + 1);
            out.append(i + 1 < node.size() ? ",\n" : "\n");
        }
        indent(out, depth);
        out.append(']');
    }

    private static void indent(StringBuilder out, int depth) {
        out.append("  ".repeat(depth));
    }

    /** A JSON string: quotes, backslashes, control characters and lone surrogates escaped; the rest as is. */
    /** {@code text} as a JSON string literal, lone surrogates escaped. */
    public static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        string(text, out);
        return out.toString();
    }

    static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    boolean lone = Character.isHighSurrogate(c)
                            ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                            : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
                    if (c < 0x20 || lone) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
