package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.validation.Severity;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * Colours for terminal output, in picocli's styles; every method returns the text unchanged when colour
 * is off. Whether it is on is {@link Terminal}'s answer, not picocli's {@code Ansi.AUTO}: the launcher
 * knows whether standard output itself is a terminal, which Java 17 cannot ask. Text is wrapped, never
 * parsed as picocli markup, so nothing quoted from a file can turn into styles.
 */
final class Ansi {
    private final boolean enabled;

    Ansi(boolean enabled) {
        this.enabled = enabled;
    }

    String bold(String text) {
        return wrap(text, Style.bold);
    }

    String dim(String text) {
        return wrap(text, Style.faint);
    }

    String severity(Severity severity, String text) {
        return switch (severity) {
            case ERROR -> wrap(text, Style.bold, Style.fg_red);
            case WARNING -> wrap(text, Style.bold, Style.fg_yellow);
            case INFO -> wrap(text, Style.bold, Style.fg_cyan);
        };
    }

    private String wrap(String text, Style... styles) {
        return enabled ? Style.on(styles) + text + Style.reset.on() : text;
    }
}
