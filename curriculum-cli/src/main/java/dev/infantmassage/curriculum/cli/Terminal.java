package dev.infantmassage.curriculum.cli;

import java.io.InputStream;
import java.util.Map;

/**
 * What the CLI knows about its surroundings: standard input, whether standard output and standard
 * error are terminals, and the environment. Tests pass their own.
 *
 * <p>Java 17 cannot ask whether one particular stream is a terminal; {@code System.console()} only
 * says that both standard input and output are. The {@code ./curriculum} launcher knows better
 * ({@code [ -t 1 ]}, {@code [ -t 2 ]}) and passes its answers as the system properties
 * {@code curriculum.stdout.tty} and {@code curriculum.stderr.tty}.
 */
record Terminal(
        InputStream stdin, boolean stdoutIsTerminal, boolean stderrIsTerminal, Map<String, String> environment) {
    Terminal {
        environment = Map.copyOf(environment);
    }

    static Terminal system() {
        boolean console = System.console() != null;
        return new Terminal(
                System.in,
                isTerminal("curriculum.stdout.tty", console),
                isTerminal("curriculum.stderr.tty", console),
                System.getenv());
    }

    /** A terminal-less surrounding with the given standard input, for tests and pipes. */
    static Terminal piped(InputStream stdin) {
        return new Terminal(stdin, false, false, Map.of());
    }

    /** Whether to colour standard output: on a terminal, unless {@code NO_COLOR} is set (no-color.org). */
    boolean colour(ColourMode mode) {
        return switch (mode) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO ->
                stdoutIsTerminal && environment.getOrDefault("NO_COLOR", "").isEmpty();
        };
    }

    private static boolean isTerminal(String property, boolean fallback) {
        String value = System.getProperty(property);
        return value == null ? fallback : Boolean.parseBoolean(value);
    }

    /** {@code --color}: {@code auto} (the default), {@code always} or {@code never}. */
    enum ColourMode {
        AUTO,
        ALWAYS,
        NEVER
    }
}
