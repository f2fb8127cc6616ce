package dev.infantmassage.curriculum.lsp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The strings of a JSON text with their paths and offsets, read by a tolerant scanner: an editor's text is
 * often half-typed, so nothing here fails; a broken part only ends the structure it is in.
 */
public final class JsonOutline {
    /** A string token: a property name ({@code key}) or a string value, at {@code path} (names and indexes). */
    public record Token(int start, int end, String value, boolean key, List<String> path) {
        /** The path with every array index written as {@code *}, for matching against patterns. */
        public String pattern() {
            StringBuilder text = new StringBuilder();
            for (String segment : path) {
                if (text.length() > 0) {
                    text.append('/');
                }
                text.append(isIndex(segment) ? "*" : segment);
            }
            return text.toString();
        }

        /** Whether {@code offset} lies inside the quotes, or just after the opening or before the closing one. */
        public boolean contains(int offset) {
            return offset > start && offset < end;
        }
    }

    /** Where the cursor is: in a string token, or between tokens where a name or a value of {@code path} is due. */
    public record Context(Optional<Token> token, boolean key, List<String> path) {}

    private final String text;
    private final List<Token> tokens;

    private JsonOutline(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
    }

    public static JsonOutline of(String text) {
        List<Token> tokens = new ArrayList<>();
        new Scanner(text, Integer.MAX_VALUE, tokens).run();
        return new JsonOutline(text, tokens);
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The string token that {@code offset} is in, if any. */
    public Optional<Token> tokenAt(int offset) {
        return tokens.stream().filter(token -> token.contains(offset)).findFirst();
    }

    /** The token that starts exactly at {@code offset}. */
    public Optional<Token> tokenStartingAt(int offset) {
        return tokens.stream().filter(token -> token.start() == offset).findFirst();
    }

    /** What is expected at {@code offset}. */
    public Context contextAt(int offset) {
        Optional<Token> inside = tokenAt(offset);
        if (inside.isPresent()) {
            Token token = inside.get();
            List<String> container =
                    token.key() ? token.path().subList(0, token.path().size() - 1) : token.path();
            return new Context(inside, token.key(), container);
        }
        Scanner scanner = new Scanner(text, offset, new ArrayList<>());
        scanner.run();
        return scanner.context();
    }

    /**
     * Where the string literal that starts at {@code start} ends: after its closing quote, or at the end
     * of its line when it is not closed there. Empty when no string starts at {@code start}.
     */
    public static OptionalInt stringEnd(String text, int start) {
        if (start < 0 || start >= text.length() || text.charAt(start) != '"') {
            return OptionalInt.empty();
        }
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                return OptionalInt.of(i + 1);
            }
            if (c == '\n' || c == '\r') {
                break;
            }
            i += c == '\\' ? 2 : 1;
        }
        return OptionalInt.of(Math.min(i, text.length()));
    }

    static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
    }

    private static final class Frame {
        final boolean object;
        String key = "";
        int index;
        boolean expectKey;
        boolean sawValue;

        Frame(boolean object) {
            this.object = object;
            this.expectKey = object;
        }
    }

    private static final class Scanner {
        private final String text;
        private final int stop;
        private final List<Token> tokens;
        private final List<Frame> stack = new ArrayList<>();
        private int at;

        Scanner(String text, int stop, List<Token> tokens) {
            this.text = text;
            this.stop = Math.min(stop, text.length());
            this.tokens = tokens;
        }

        void run() {
            while (at < stop) {
                char c = text.charAt(at);
                switch (c) {
                    case '{', '[' -> {
                        stack.add(new Frame(c == '{'));
                        at++;
                    }
                    case '}', ']' -> {
                        if (!stack.isEmpty()) {
                            stack.remove(stack.size() - 1);
                            markValue();
                        }
                        at++;
                    }
                    case ',' -> {
                        Frame top = top();
                        if (top != null) {
                            if (top.object) {
                                top.expectKey = true;
                            } else {
                                top.index++;
                            }
                            top.sawValue = false;
                        }
                        at++;
                    }
                    case ':' -> {
                        Frame top = top();
                        if (top != null && top.object) {
                            top.expectKey = false;
                        }
                        at++;
                    }
                    case '"' -> string();
                    default -> {
                        if (Character.isWhitespace(c)) {
                            at++;
                        } else {
                            while (at < stop
                                    && "{}[],:\"".indexOf(text.charAt(at)) < 0
                                    && !Character.isWhitespace(text.charAt(at))) {
                                at++;
                            }
                            markValue();
                        }
                    }
                }
            }
        }

        private void string() {
            int start = at;
            StringBuilder value = new StringBuilder();
            int i = at + 1;
            boolean closed = false;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '"') {
                    closed = true;
                    i++;
                    break;
                }
                if (c == '\n' || c == '\r') {
                    break;
                }
                if (c == '\\' && i + 1 < text.length()) {
                    i++;
                    char escaped = text.charAt(i);
                    switch (escaped) {
                        case 'n' -> value.append('\n');
                        case 't' -> value.append('\t');
                        case 'r' -> value.append('\r');
                        case 'b' -> value.append('\b');
                        case 'f' -> value.append('\f');
                        case 'u' -> {
                            if (i + 4 < text.length()) {
                                try {
                                    value.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                                    i += 4;
                                } catch (NumberFormatException e) {
                                    value.append('u');
                                }
                            }
                        }
                        default -> value.append(escaped);
                    }
                    i++;
                    continue;
                }
                value.append(c);
                i++;
            }
            int end = closed ? i : i + 1;
            Frame top = top();
            boolean key = top != null && top.object && top.expectKey;
            List<String> path;
            if (key) {
                top.key = value.toString();
                path = new ArrayList<>(path());
            } else {
                path = path();
                markValue();
            }
            tokens.add(new Token(start, end, value.toString(), key, List.copyOf(path)));
            at = Math.max(at + 1, Math.min(closed ? i : i, text.length()));
            if (at > stop && stop < text.length()) {
                at = stop;
            }
        }

        private void markValue() {
            Frame top = top();
            if (top != null) {
                top.sawValue = true;
            }
        }

        private Frame top() {
            return stack.isEmpty() ? null : stack.get(stack.size() - 1);
        }

        private List<String> path() {
            List<String> path = new ArrayList<>();
            for (Frame frame : stack) {
                path.add(frame.object ? frame.key : Integer.toString(frame.index));
            }
            return path;
        }

        Context context() {
            Frame top = top();
            if (top == null) {
                return new Context(Optional.empty(), false, List.of());
            }
            List<String> path = path();
            if (top.object && top.expectKey) {
                return new Context(Optional.empty(), true, path.subList(0, path.size() - 1));
            }
            return new Context(Optional.empty(), false, path);
        }
    }
}
