package dev.infantmassage.curriculum.cli;

/**
 * The Java heap ran out while reading an input: the tool's limit, not a problem of the file, so it
 * ends the run with exit code 3 and one line that says how to give the tool more memory.
 */
final class InsufficientMemory extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InsufficientMemory(String input, OutOfMemoryError cause) {
        super(message(input), cause);
    }

    /** The one line reported; {@code input} is empty when the input is not known. */
    static String message(String input) {
        long heapMiB = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return "out of memory" + (input.isEmpty() ? "" : " while checking '" + input + "'") + " with a heap of "
                + heapMiB + " MiB; give the tool more, e.g. CURRICULUM_JAVA_OPTS=-Xmx256m (docs/cli.md, Memory)";
    }
}
