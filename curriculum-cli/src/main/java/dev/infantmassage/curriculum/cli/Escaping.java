package dev.infantmassage.curriculum.cli;

/**
 * Makes text quoted from a file safe for a terminal line: control characters (newline, carriage
 * return, escape, the C1 range) and the Unicode line and paragraph separators become visible escapes,
 * so a file can neither start a forged {@code file:line:col:} line nor send escape sequences.
 */
final class Escaping {
    private Escaping() {}

    static String line(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(c);
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    private static String replacement(char c) {
        if (!Character.isISOControl(c) && c != '\u2028' && c != '\u2029') {
            return null;
        }
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format("\\u%04x", (int) c);
        };
    }
}
