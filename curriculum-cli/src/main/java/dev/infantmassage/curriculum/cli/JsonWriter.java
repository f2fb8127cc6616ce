package dev.infantmassage.curriculum.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Writes indented JSON text for the report formats, strings escaped by Jackson's encoder. Small on
 * purpose: the CLI writes a few fixed shapes, some of them with their inner containers on one line,
 * which no Jackson pretty-printer does, and it keeps Jackson's generators out of the start-up path.
 */
final class JsonWriter {
    private final StringBuilder out = new StringBuilder(4096);
    /** One entry per open container: whether it already holds a value. */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    private final int inlineDepth;
    private boolean afterName;

    /** A writer that puts containers nested deeper than {@code inlineDepth} on one line. */
    JsonWriter(int inlineDepth) {
        this.inlineDepth = inlineDepth;
    }

    JsonWriter beginObject() {
        return begin('{');
    }

    JsonWriter endObject() {
        return end('}');
    }

    JsonWriter beginArray() {
        return begin('[');
    }

    JsonWriter endArray() {
        return end(']');
    }

    JsonWriter name(String name) {
        separate();
        quote(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    JsonWriter value(String value) {
        separate();
        quote(value);
        return this;
    }

    JsonWriter value(long value) {
        separate();
        out.append(value);
        return this;
    }

    JsonWriter value(boolean value) {
        separate();
        out.append(value);
        return this;
    }

    JsonWriter nullValue() {
        separate();
        out.append("null");
        return this;
    }

    /** {@code "name": value} in one call. */
    JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    /** The text written so far, with a final newline. */
    String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("Unclosed JSON container");
        }
        return out.append('\n').toString();
    }

    private JsonWriter begin(char bracket) {
        separate();
        out.append(bracket);
        open.push(new boolean[1]);
        return this;
    }

    private JsonWriter end(char bracket) {
        int depth = open.size();
        if (open.pop()[0]) {
            newline(depth, depth - 1);
        }
        out.append(bracket);
        return this;
    }

    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        boolean[] container = open.peek();
        if (container == null) {
            return;
        }
        if (container[0]) {
            out.append(',');
        }
        container[0] = true;
        newline(open.size(), open.size());
    }

    /** A line break indented {@code indent} levels inside a container at {@code depth}, or a space when inline. */
    private void newline(int depth, int indent) {
        if (depth > inlineDepth) {
            out.append(' ');
            return;
        }
        out.append('\n');
        for (int i = 0; i < indent; i++) {
            out.append("  ");
        }
    }

    private void quote(String text) {
        out.append('"')
                .append(JsonStringEncoder.getInstance().quoteAsCharArray(text))
                .append('"');
    }
}
