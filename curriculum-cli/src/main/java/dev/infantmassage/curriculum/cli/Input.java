package dev.infantmassage.curriculum.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One curriculum to read: a file, standard input, or the built-in reference curriculum. */
record Input(Kind kind, String name, @Nullable Path path) {
    /** The name standard input goes by in reports. */
    static final String STDIN_NAME = "<stdin>";

    enum Kind {
        FILE,
        STDIN,
        REFERENCE
    }

    static Input file(Path path) {
        return new Input(Kind.FILE, path.toString(), path);
    }

    static Input stdin() {
        return new Input(Kind.STDIN, STDIN_NAME, null);
    }

    static Input reference(String resourceName) {
        return new Input(Kind.REFERENCE, resourceName, null);
    }

    Optional<Path> file() {
        return Optional.ofNullable(path);
    }
}
