package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.validation.Severity;

/** ANSI colours for terminal output; every method returns the text unchanged when colour is off. */
final class Ansi {
    private static final String RESET = "\u001b[0m";

    private final boolean enabled;

    Ansi(boolean enabled) {
        this.enabled = enabled;
    }

    String bold(String text) {
        return wrap("\u001b[1m", text);
    }

    String dim(String text) {
        return wrap("\u001b[2m", text);
    }

    String severity(Severity severity, String text) {
        return switch (severity) {
            case ERROR -> wrap("\u001b[1;31m", text);
            case WARNING -> wrap("\u001b[1;33m", text);
            case INFO -> wrap("\u001b[1;36m", text);
        };
    }

    private String wrap(String start, String text) {
        return enabled ? start + text + RESET : text;
    }
}
