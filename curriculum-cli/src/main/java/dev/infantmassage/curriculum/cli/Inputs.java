package dev.infantmassage.curriculum.cli;

import dev.infantmassage.curriculum.json.PathPattern;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Turns command-line paths into inputs: files as they are (any name), directories searched
 * recursively for {@value #SUFFIX} files in sorted order, {@code -} for standard input. Paths that
 * do not exist or cannot be listed become problems; the rest are still read.
 *
 * <p>A search skips what a checkout holds but an author does not write: hidden directories
 * ({@code .git}, ...), {@code target/} build output, and whatever the {@code .gitignore} files of the
 * directories searched and of their parents up to the repository's root leave out. Exclude patterns
 * (matched against paths relative to the working directory) leave out files and directories, named
 * on the command line or found.
 */
final class Inputs {
    /** The file-name suffix directories are searched for; the schema's editor association uses it too. */
    static final String SUFFIX = ".curriculum.json";

    private Inputs() {}

    /** The inputs found and the problems met, both in command-line order. */
    record Expansion(List<Input> inputs, List<String> problems) {}

    static Expansion expand(List<String> arguments) {
        return expand(arguments, List.of(), Configs.none());
    }

    static Expansion expand(List<String> arguments, List<PathPattern> excludes, Configs configs) {
        Exclusions exclusions = new Exclusions(excludes, configs);
        Set<Input> inputs = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                inputs.add(Input.stdin());
                continue;
            }
            Path path;
            try {
                path = Path.of(argument);
            } catch (InvalidPathException e) {
                problems.add("cannot read '" + argument.replace("\0", "\\0") + "': not a valid path");
                continue;
            }
            if (argument.isEmpty()) {
                problems.add("cannot read '': the path is empty");
                continue;
            }
            if (Files.isDirectory(path)) {
                if (exclusions.excluded(path, true)) {
                    continue;
                }
                List<Path> found = search(path, problems, exclusions);
                if (found.isEmpty()) {
                    problems.add("no *" + SUFFIX + " files in directory '" + argument + "'");
                }
                found.forEach(file -> inputs.add(Input.file(file)));
            } else if (Files.isRegularFile(path)) {
                if (!exclusions.excluded(path, false)) {
                    inputs.add(Input.file(path.normalize()));
                }
            } else if (Files.exists(path)) {
                problems.add(notRegular(argument));
            } else {
                problems.add("cannot read '" + argument + "': "
                        + (Files.isSymbolicLink(path)
                                ? "the symbolic link points nowhere"
                                : "no such file or directory"));
            }
        }
        return new Expansion(List.copyOf(inputs), List.copyOf(problems));
    }

    /** Whether {@code argument} names an existing directory; false for {@code -} and invalid paths. */
    static boolean isDirectory(String argument) {
        try {
            return !argument.isEmpty() && !argument.equals("-") && Files.isDirectory(Path.of(argument));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The curriculum files under {@code directory}, sorted, skipping what a search skips (see the class). */
    static List<Path> search(Path directory, List<String> problems, Exclusions exclusions) {
        List<Path> found = new ArrayList<>();
        Gitignores ignores = Gitignores.above(directory);
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(directory)) {
                        Path name = dir.getFileName();
                        boolean skipped = name != null
                                && (name.toString().startsWith(".")
                                        || name.toString().equals("target"));
                        if (skipped || ignores.ignored(dir, true) || exclusions.excluded(dir, true)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                    }
                    ignores.enter(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException e) {
                    ignores.leave();
                    if (e != null) {
                        problems.add("cannot read '" + dir + "': " + describe(e));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!attributes.isDirectory()
                            && !file.getFileName().toString().equals(".gitignore")
                            && !ignores.ignored(file, false)
                            && exclusions.searched(file)) {
                        if (Files.isRegularFile(file)) {
                            found.add(file.normalize());
                        } else if (!Files.isDirectory(file)) {
                            problems.add(notRegular(file.toString()));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!(e instanceof FileSystemLoopException)) {
                        problems.add("cannot read '" + file + "': " + describe(e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add("cannot read '" + directory + "': " + describe(e));
        }
        found.sort(null);
        return found;
    }

    /**
     * The exclude patterns of a run, matched against paths relative to the working directory (paths
     * outside it are matched from the file system's root), and the project configs' include and exclude.
     * A path inside an excluded directory is excluded too.
     */
    static final class Exclusions {
        private final List<PathPattern> patterns;
        private final Configs configs;
        private final Path workingDirectory = Path.of("").toAbsolutePath();

        Exclusions(List<PathPattern> patterns, Configs configs) {
            this.patterns = List.copyOf(patterns);
            this.configs = configs;
        }

        /** Whether a search checks {@code file}: the config's include (by default the suffix), less what is excluded. */
        boolean searched(Path file) {
            return configs.at(file).includes(file) && !excluded(file, false);
        }

        boolean excluded(Path path, boolean directory) {
            if (configs.at(path).excludes(path, directory)) {
                return true;
            }
            if (patterns.isEmpty()) {
                return false;
            }
            Path absolute = path.toAbsolutePath().normalize();
            String relative = absolute.startsWith(workingDirectory)
                    ? PathPattern.slashed(workingDirectory.relativize(absolute))
                    : PathPattern.slashed(
                            absolute.getRoot() == null
                                    ? absolute
                                    : absolute.getRoot().relativize(absolute));
            return !relative.isEmpty() && PathPattern.excludes(patterns, relative, directory);
        }
    }

    /** Reads an exclude pattern; one that matches nothing ({@code !}, {@code /}) is a usage error. */
    static final class PatternConverter implements ITypeConverter<PathPattern> {
        @Override
        public PathPattern convert(String value) {
            try {
                return PathPattern.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a pattern: it matches nothing");
            }
        }
    }

    /** Why a FIFO, socket or device is not read: opening a FIFO would wait for a writer for ever. */
    private static String notRegular(String path) {
        return "cannot read '" + path
                + "': not a regular file (a FIFO, socket or device); use - to read standard input";
    }

    /** A short, stack-trace-free reason for an I/O failure. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
